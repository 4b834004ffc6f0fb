/** Reading a built site from disk for the checks in this folder. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks, scanPage, type LinkProblem, type PageScan } from './links';

/** Every file below a folder, as sorted paths relative to it with forward slashes. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Reads the built site and checks its links; pages are read one at a time, so memory stays flat. */
export function checkBuiltSite(outDir: string, origin: string): { problems: LinkProblem[]; pages: number } {
  const files = listFiles(outDir);
  const pages = new Map<string, PageScan>();
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, scanPage(readFileSync(path.join(outDir, file), 'utf8')));
  }
  return checkScannedSite(pages, files, origin);
}

/** Checks the links of pages already scanned (by the build's one pass over its pages) against the files there are now. */
export function checkScannedSite(pages: ReadonlyMap<string, PageScan>, files: readonly string[], origin: string): { problems: LinkProblem[]; pages: number } {
  return { problems: checkLinks(pages, new Set(files), origin), pages: pages.size };
}
