/**
 * Pictures named in an entry's frontmatter ({ src, alt } fields such as cover, poster or artwork) must exist.
 * Astro's own error names only the missing path; this check runs while the entry is read, so the message
 * can name the entry file and the field too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface MissingImage {
  field: string;
  src: string;
  resolved: string;
}

/** Relative paths only: aliases and remote images are resolved (and reported) by Astro itself. */
const isRelative = (src: string) => src.startsWith('./') || src.startsWith('../');

export function missingImages(
  data: Record<string, unknown>,
  entryFile: string,
  exists: (file: string) => boolean = existsSync,
): MissingImage[] {
  const missing: MissingImage[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (!value || typeof value !== 'object' || !('src' in value)) continue;
    const src = (value as { src: unknown }).src;
    if (typeof src !== 'string' || !isRelative(src)) continue;
    const resolved = path.resolve(path.dirname(entryFile), src);
    if (!exists(resolved)) missing.push({ field: `${field}.src`, src, resolved });
  }
  return missing;
}

export function missingImageMessage(entryFile: string, missing: MissingImage[], cwd = process.cwd()): string {
  const file = path.relative(cwd, entryFile);
  return missing
    .map(
      ({ field, src, resolved }) =>
        `${file}: ${field} "${src}" does not exist (looked for ${path.relative(cwd, resolved)}). Put the picture there or fix the path; it is relative to the entry file.`,
    )
    .join('\n');
}
