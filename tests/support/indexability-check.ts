/**
 * Checks a built site against src/lib/indexability.ts: for every HTML page, whether the sitemap lists it,
 * whether it tells search engines noindex, and whether the search index holds it, are what the table says.
 * Used over dist/ (tests/site) and over fixture builds (tests/build).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { indexability, pageFacts, type Indexability } from '../../src/lib/indexability';
import { pagePath } from '../../src/lib/quality/links';
import { listFiles } from '../../src/lib/quality/site-files';
import { hasSearchBody } from '../../src/lib/search/indexable';
import { indexedPages } from './search-bundle';
import { sitemapPaths } from './site-pages';

export interface PageListing {
  path: string;
  /** What the table says, from the page's path and what its HTML states (pageFacts). */
  decision: Indexability;
  inSitemap: boolean;
  noindex: boolean;
  inSearch: boolean;
  /** Its layout marks a main content for search (data-pagefind-body). */
  searchBody: boolean;
}

const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

/** How each HTML page of a built site is listed, in path order. */
export function pageListings(dir: string): PageListing[] {
  const listed = new Set(sitemapPaths(dir));
  const searched = new Set(indexedPages(path.join(dir, 'pagefind')).map((page) => page.url));
  return listFiles(dir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => {
      const html = readFileSync(path.join(dir, file), 'utf8');
      const page = pagePath(file);
      return {
        path: page,
        decision: indexability(page, pageFacts(html)),
        inSitemap: listed.has(page),
        noindex: NOINDEX.test(html),
        inSearch: searched.has(page),
        searchBody: hasSearchBody(html),
      };
    });
}

/** Each way a page's listing differs from the table, as "path (rule): what is wrong". */
export function listingProblems(listings: readonly PageListing[]): string[] {
  return listings.flatMap((page) => {
    const expected = page.decision;
    const problems: string[] = [];
    if (page.inSitemap !== expected.sitemap) problems.push(page.inSitemap ? 'is in the sitemap' : 'is missing from the sitemap');
    if (page.noindex !== (expected.robots === 'noindex')) problems.push(page.noindex ? 'tells search engines noindex' : 'lacks <meta name="robots" content="noindex">');
    if (page.inSearch !== expected.search) {
      problems.push(page.inSearch ? 'is in the search index' : page.searchBody ? 'is missing from the search index' : 'marks no main content for search (data-pagefind-body)');
    }
    return problems.map((problem) => `${page.path} (${expected.name}): ${problem}`);
  });
}
