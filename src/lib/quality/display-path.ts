import path from 'node:path';

/** A path as a staff member recognises it: relative to the project when inside it ('content/…'). */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
