/**
 * Every page of the built site is listed as src/lib/indexability.ts says: in the sitemap ⇔ no noindex
 * (the language chooser excepted, see its rule) ⇔ in the search index, unless a rule keeps it out of search
 * with its reason (lists, the stable 16 Days page).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listingProblems, pageListings, type PageListing } from '../support/indexability-check';

const dist = path.resolve(import.meta.dirname, '../../dist');

describe('indexability of the built site', () => {
  let pages: PageListing[];
  beforeAll(() => {
    pages = pageListings(dist);
  });

  it('lists, indexes and searches every page as the indexability table says', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(listingProblems(pages)).toEqual([]);
  });

  it('keeps out of search only what a rule keeps out, each page in the sitemap being indexable', () => {
    const counts = (filter: (page: PageListing) => boolean) => pages.filter(filter).length;
    expect(counts((page) => page.inSitemap && page.noindex)).toBe(0);
    expect(counts((page) => page.inSearch && !page.inSitemap)).toBe(0);
    expect(counts((page) => page.inSearch)).toBeGreaterThan(0);
  });
});
