/**
 * Reads the ids of a settings list (topics, help lines) while the content model is being defined, so that
 * the schemas can reject an unknown id with the list of valid ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const cache = new Map<string, [string, ...string[]]>();

/** Every value of one field in a settings list, in file order; items without it are skipped. */
export function readSettingsValues(contentDir: string, file: string, field: string): unknown[] {
  const data: unknown = parse(readFileSync(path.join(contentDir, 'settings', file), 'utf8'));
  return Array.isArray(data)
    ? data.map((item: unknown) => (item as Record<string, unknown> | null)?.[field]).filter((value) => value !== undefined)
    : [];
}

export function readSettingsIds(contentDir: string, file: string): [string, ...string[]] {
  const filePath = path.join(contentDir, 'settings', file);
  const cached = cache.get(filePath);
  if (cached) return cached;
  const ids = readSettingsValues(contentDir, file, 'id').filter((id) => typeof id === 'string');
  const [first, ...rest] = ids;
  if (first === undefined) {
    throw new Error(`${filePath}: no entries with an "id" found. Add at least one "- id: ..." entry.`);
  }
  const result: [string, ...string[]] = [first, ...rest];
  cache.set(filePath, result);
  return result;
}
