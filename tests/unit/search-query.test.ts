import { describe, expect, it } from 'vitest';
import { planSearch, rankResults } from '../../src/lib/search/query';
import { indexDecision } from '../../src/lib/search/indexable';
import { entryFilters } from '../../src/lib/search/filters';

describe('planSearch', () => {
  it('searches a Lao compound by its syllables, and as a phrase', () => {
    expect(planSearch('ການຄ້າມະນຸດ')).toEqual({ terms: 'ການ ຄ້າ ມະ ນຸດ', phrase: '"ການ ຄ້າ ມະ ນຸດ"' });
  });

  it('needs no phrase for a single term', () => {
    expect(planSearch(' trafficking ')).toEqual({ terms: 'trafficking', phrase: undefined });
  });

  it('has nothing to search for in blanks or punctuation', () => {
    expect(planSearch('   ')).toBeUndefined();
    expect(planSearch('?!')).toBeUndefined();
  });
});

describe('rankResults', () => {
  const ranked = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  it('puts the phrase matches first, each group in Pagefind order', () => {
    expect(rankResults(ranked, new Set(['d', 'b'])).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('keeps Pagefind order when nothing matches the phrase', () => {
    expect(rankResults(ranked, new Set()).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('indexDecision', () => {
  const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}" dir="ltr"><head></head><body><header>menu</header>${body}</body></html>`;

  it('indexes the main content of a page in its language', () => {
    expect(indexDecision(page('lo', '<main><article data-content-locale="lo" data-pagefind-body>…</article></main>'))).toEqual({ index: true, language: 'lo' });
  });

  it('leaves out a page with no main content marked for search (home, lists, the search page)', () => {
    expect(indexDecision(page('en', '<main><h1>Search</h1></main>'))).toEqual({ index: false, reason: 'no-search-body' });
  });

  it('leaves out a page standing in for a missing translation', () => {
    const html = page('lo', '<p role="note" data-testid="fallback-notice">…</p><article lang="en" data-content-locale="en" data-fallback="true">…</article>');
    expect(indexDecision(html)).toEqual({ index: false, reason: 'untranslated-fallback' });
  });
});

describe('entryFilters', () => {
  it('reads the collection and topics of an entry', () => {
    expect(entryFilters({ id: 'lo/x', collection: 'stories', data: { title: 'x', topics: ['trafficking', 'safe-migration'] } })).toEqual({
      type: 'stories',
      topics: ['trafficking', 'safe-migration'],
    });
  });

  it('gives a type without topics for collections that have none', () => {
    expect(entryFilters({ id: 'en/about', collection: 'pages', data: { title: 'About' } })).toEqual({ type: 'pages', topics: [] });
  });

  it('ignores anything that is not a content entry', () => {
    expect(entryFilters({ id: 'x' })).toBeUndefined();
    expect(entryFilters(null)).toBeUndefined();
  });
});
