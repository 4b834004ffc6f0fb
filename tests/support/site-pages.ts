/** Reads the built site's pages, as the tests should visit them: the fixture site the e2e tests serve. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pagePath } from '../../src/lib/quality/links';
import { listFiles } from '../../src/lib/quality/site-files';
import { e2eDist as dist } from './e2e-site';

/** Paths of every page in the sitemap of a built site (dist-e2e by default), e.g. '/lo/about/'. */
export function sitemapPaths(dir = dist): string[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name)) : [];
  const paths = files.flatMap((name) =>
    [...readFileSync(path.join(dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
  );
  if (paths.length === 0) throw new Error(`No pages in ${path.relative(process.cwd(), dir) || dir}/sitemap-*.xml: build the site first (npm run build:e2e).`);
  return paths.sort();
}

/** Paths of every HTML page in dist-e2e/, listed in the sitemap or not: '/', '/404.html', '/lo/about/'… */
export function allPagePaths(): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map(pagePath)
    .sort();
}

/**
 * The pages a browser visits to check every page: each one in the sitemap, and of the pages kept out of it
 * (the language chooser, 404, poster filter and print pages: thousands of one template as posters grow),
 * the first of each kind, a kind being its language, section and the name before its last part
 * (/lo/posters/audience/hotels/language/en/size/a4/ is of lo·posters·size). Their HTML is checked statically
 * on every page by the site checks.
 */
export function pagesToVisit(): string[] {
  const listed = sitemapPaths();
  const inSitemap = new Set(listed);
  const kinds = new Map<string, string>();
  // /admin/ is the staff's CMS, a third-party app for signed-in staff only (tests/e2e/cms.spec.ts).
  for (const page of allPagePaths().filter((path) => !inSitemap.has(path) && !path.startsWith('/admin/'))) {
    const parts = page.split('/').filter(Boolean);
    const kind = [parts[0], parts[1], parts.at(-2)].join('·');
    if (!kinds.has(kind)) kinds.set(kind, page);
  }
  return [...listed, ...kinds.values()].sort();
}

/**
 * One page of each kind among pagesToVisit(): a kind being the language, the section and the depth
 * (/lo/stories/ and /lo/stories/fake-job-offers/ are two kinds), for checks of the page layout that every
 * template must pass but that need not visit every page.
 */
export function onePagePerKind(): string[] {
  const kinds = new Map<string, string>();
  for (const page of pagesToVisit()) {
    const parts = page.split('/').filter(Boolean);
    const kind = [parts[0] ?? '', parts[1] ?? '', parts.length].join('·');
    if (!kinds.has(kind)) kinds.set(kind, page);
  }
  return [...kinds.values()];
}
