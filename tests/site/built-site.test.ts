/**
 * Gates over the built site (dist/), whatever sections it has: every page is valid HTML under the
 * project's ruleset and has one h1; every link resolves (and the link scan's tag reader, src/lib/start-tags.ts,
 * reads every page as htmlparser2 does); the sitemap is valid, with language alternates
 * that pair up (which pages it lists: indexability.test.ts); every feed is valid. The build runs the link
 * check too (and stops on a broken link); it is repeated here so that `npm test` reports it with the other
 * gates.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLinkProblem, scanPage } from '../../src/lib/quality/links';
import { checkBuiltSite, listFiles } from '../../src/lib/quality/site-files';
import { checkFeed, checkPageAlternates, checkSitemaps, isSitemapFile } from '../../src/lib/quality/sitemap-feeds';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers';
import { forEachStartTag, type Attributes } from '../../src/lib/start-tags';
import { htmlProblems } from '../support/html-validation';
import { parserScan, parserStartTags } from '../support/parser-scan';

const dist = path.resolve(import.meta.dirname, '../../dist');
if (!existsSync(path.join(dist, 'sitemap-index.xml'))) throw new Error('dist/ has no sitemap-index.xml: build the site first (npm run build).');

const files = listFiles(dist);
const read = (file: string) => (existsSync(path.join(dist, file)) ? readFileSync(path.join(dist, file), 'utf8') : undefined);
const htmlFiles = files.filter((file) => file.endsWith('.html'));
const feeds = files.filter((file) => file.endsWith('.xml') && !isSitemapFile(file));
/** The site's own address, as the build wrote it (SITE_URL, or the local default), with its path if it has one. */
const origin = /<loc>([^<]+)<\/loc>/.exec(read('sitemap-index.xml')!)![1]!.replace(/[^/]*$/, '');

describe('links', () => {
  it('every internal link, anchor, image, srcset candidate, stylesheet, script and download resolves; external addresses are well-formed; nothing loads from another host', () => {
    expect(checkBuiltSite(dist, origin).problems.map(formatLinkProblem)).toEqual([]);
  });

  it(`the link scan reads every page (${htmlFiles.length}) as htmlparser2 does: the same start tags, references and ids`, () => {
    const differing = htmlFiles.filter((file) => {
      const html = read(file)!;
      const tags: [string, Attributes][] = [];
      forEachStartTag(html, (name, attributes) => tags.push([name, { ...attributes }]));
      const scan = scanPage(html);
      const reference = parserScan(html);
      return !isDeepStrictEqual(tags, parserStartTags(html)) || !isDeepStrictEqual(scan.refs, reference.refs) || !isDeepStrictEqual([...scan.ids], [...reference.ids]);
    });
    expect(differing).toEqual([]);
  });
});

describe('HTML', () => {
  it(`every page (${htmlFiles.length}) is valid under .htmlvalidate.json`, async () => {
    const problems: string[] = [];
    for (const file of htmlFiles) problems.push(...(await htmlProblems(read(file)!, file)));
    expect(problems).toEqual([]);
  });

  it('every page has exactly one h1 (the ruleset lets the help-line strip’s h2 come first)', () => {
    const counts = htmlFiles.map((file) => `${file}: ${(read(file)!.match(/<h1[\s>]/g) ?? []).length}`);
    expect(counts.filter((line) => !line.endsWith(': 1'))).toEqual([]);
  });
});

describe('sitemap', () => {
  let sitemap: ReturnType<typeof checkSitemaps>;
  beforeAll(() => {
    sitemap = checkSitemaps(read, new Set(files), origin);
  });

  it('is well-formed, lists only pages of the site, once each, with language alternates that pair up', () => {
    expect(sitemap.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
  });

  it('is announced in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}sitemap-index.xml`);
  });

  it('pages name their translations in their head, both ways', () => {
    const pages = new Map(htmlFiles.filter((file) => file !== 'index.html' && file !== '404.html').map((file) => [file, read(file)!]));
    expect(checkPageAlternates(pages, origin).map((problem) => problem.message)).toEqual([]);
  });
});

describe('feeds', () => {
  it(`every feed (${feeds.length ? feeds.join(', ') : 'none yet'}) is well-formed RSS 2.0 or Atom with dated, titled items whose links resolve`, () => {
    expect(feeds.flatMap((feed) => checkFeed(feed, read(feed)!, new Set(files), origin)).map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
  });
});

describe('styles', () => {
  it('every CSS variable a stylesheet, a page or a script uses is defined by a stylesheet', () => {
    // Tailwind writes a theme variable only where it is used (tokens.css is inlined into the utilities),
    // so a `var(--color-x)` written by hand must still find its definition.
    const stylesheets = files.filter((file) => file.endsWith('.css')).map((file) => read(file)!);
    const defined = new Set(stylesheets.flatMap((css) => [...css.matchAll(/(?:^|[{;\s])(--[\w-]+)\s*:|@property\s+(--[\w-]+)/g)].map((m) => m[1] ?? m[2])));
    const users = files.filter((file) => /\.(css|html|m?js)$/.test(file) && !file.startsWith('admin/'));
    const undefinedVars = users.flatMap((file) =>
      [...read(file)!.matchAll(/var\(\s*(--[\w-]+)\s*([,)])/g)].filter((m) => m[2] === ')' && !defined.has(m[1]!)).map((m) => `${file}: ${m[1]}`),
    );
    expect(defined.size).toBeGreaterThan(10);
    expect([...new Set(undefinedVars)]).toEqual([]);
  });
});

describe('caching', () => {
  const rules = parseHeadersFile(read('_headers') ?? '');
  const immutable = (file: string) => /\bimmutable\b/.test(headersFor(rules, `/${file}`)['cache-control'] ?? '');

  it('files named by a hash of their content (styles, scripts, fonts, pictures, the search index) are kept for a year', () => {
    const hashed = files.filter((file) => /^_astro\/|^pagefind\/(index|fragment|filter)\//.test(file));
    expect(hashed.length).toBeGreaterThan(10);
    expect(hashed.filter((file) => !immutable(file))).toEqual([]);
    // Safe only because each name changes with its content.
    expect(hashed.filter((file) => !/[._-][A-Za-z0-9_-]{7,}\.[a-z0-9_]+$/.test(path.basename(file)))).toEqual([]);
  });

  it('pages, feeds and files under stable names are not, so a new build is seen at once', () => {
    const stable = files.filter((file) => !/^_astro\/|^pagefind\/(index|fragment|filter)\//.test(file));
    expect(stable.filter(immutable)).toEqual([]);
    expect(stable).toEqual(expect.arrayContaining(['lo/index.html', 'pagefind/pagefind.js']));
  });
});
