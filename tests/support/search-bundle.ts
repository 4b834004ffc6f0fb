/** Reads a built Pagefind bundle back: which pages each language's index holds, and what it stored. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  language: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page in the bundle, from its fragment files (gzip, a 12-byte signature, then JSON). */
export function indexedPages(bundleDir: string): IndexedPage[] {
  const dir = path.join(bundleDir, 'fragment');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const data = JSON.parse(gunzipSync(readFileSync(path.join(dir, name))).subarray(12).toString('utf8')) as Omit<IndexedPage, 'language'>;
      return { ...data, language: name.split('_')[0]! };
    });
}

/** The languages of the bundle and their page counts, from pagefind-entry.json. */
export function bundleLanguages(bundleDir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]));
}

/** Every file of a bundle with its bytes, for comparing two builds. */
export function bundleFiles(bundleDir: string, dir = bundleDir): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, bundleFiles(bundleDir, full));
    else files[path.relative(bundleDir, full)] = readFileSync(full).toString('base64');
  }
  return files;
}
