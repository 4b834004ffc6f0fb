import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import { listingProblems, pageListings } from '../support/indexability-check';

describe('a page that exists in English only', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('fallback');
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('is published under the Lao URL with the English content, marked as English, and a Lao notice', () => {
    const html = build.read('lo/only-in-english/index.html');
    expect(html).toContain('<html lang="lo"');
    expect(html).toMatch(/<article lang="en"[^>]*data-fallback="true"/);
    expect(html).toContain('This page exists in English only.');
    expect(html).toContain('ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາລາວເທື່ອ');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('is shown in English under the English URL without a notice', () => {
    const html = build.read('en/only-in-english/index.html');
    expect(html).toContain('<html lang="en"');
    expect(html).not.toContain('data-testid="fallback-notice"');
  });

  it('is kept out of the sitemap, search engines and the Lao search index under the Lao URL, and listed and searchable under the English one', () => {
    const pages = pageListings(build.outDir);
    const listing = (path: string) => {
      const page = pages.find((candidate) => candidate.path === path);
      return page && { rule: page.decision.name, inSitemap: page.inSitemap, noindex: page.noindex, inSearch: page.inSearch };
    };
    expect(listing('/lo/only-in-english/')).toEqual({ rule: 'untranslated-fallback', inSitemap: false, noindex: true, inSearch: false });
    expect(listing('/en/only-in-english/')).toEqual({ rule: 'page', inSitemap: true, noindex: false, inSearch: true });
  });

  it('leaves every page of the build listed as the indexability table says', () => {
    expect(listingProblems(pageListings(build.outDir))).toEqual([]);
  });
});
