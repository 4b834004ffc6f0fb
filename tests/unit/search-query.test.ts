import { describe, expect, it } from 'vitest';
import { combineResults, planSearch } from '../../src/lib/search/query';
import { indexDecision, indexedDocument } from '../../src/lib/search/indexable';
import { entryFilters } from '../../src/lib/search/filters';

describe('planSearch', () => {
  it('searches a Lao compound typed without spaces by its syllables, which must stand together', () => {
    expect(planSearch('ການຄ້າມະນຸດ')).toEqual({
      terms: 'ການ ຄ້າ ມະ ນຸດ',
      required: ['"ການ ຄ້າ ມະ ນຸດ"'],
      phrase: undefined,
      stems: ['"ການ ຄ້າ ມະ"'],
    });
  });

  it('requires each Lao run typed without spaces, and prefers pages with the whole query together', () => {
    expect(planSearch('ແຮງງານ ລາວ')).toEqual({ terms: 'ແຮງ ງານ ລາວ', required: ['"ແຮງ ງານ"'], phrase: '"ແຮງ ງານ ລາວ"', stems: [] });
  });

  it('keeps the syllables before a half-typed one, to rank pages that have them together first', () => {
    expect(planSearch('ຈິດສຳນ')?.stems).toEqual(['"ຈິດ ສຳ"']);
    expect(planSearch('ຈິດສ')?.stems).toEqual([]);
  });

  it('requires nothing of English, but prefers pages with the words together', () => {
    expect(planSearch('human trafficking')).toEqual({ terms: 'human trafficking', required: [], phrase: '"human trafficking"', stems: [] });
    expect(planSearch(' trafficking ')).toEqual({ terms: 'trafficking', required: [], phrase: undefined, stems: [] });
  });

  it('has nothing to search for in blanks or punctuation', () => {
    expect(planSearch('   ')).toBeUndefined();
    expect(planSearch('?!')).toBeUndefined();
  });
});

describe('combineResults', () => {
  const ranked = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const ids = (results: { id: string }[]) => results.map((r) => r.id);

  it('keeps only pages with every required run, whole-phrase matches first, each group in Pagefind order', () => {
    const combined = combineResults(ranked, [new Set(['b', 'c', 'd']), new Set(['a', 'c', 'd'])], new Set(['d']));
    expect(ids(combined.results)).toEqual(['d', 'c']);
    expect(combined.exact).toBe(true);
  });

  it('offers the loose matches, as partial, when no page has a required run', () => {
    const combined = combineResults(ranked, [new Set<string>()], new Set());
    expect(ids(combined.results)).toEqual(['a', 'b', 'c', 'd']);
    expect(combined.exact).toBe(false);
  });

  it('puts partial matches that have every stem first, then the rest, each in Pagefind order', () => {
    const combined = combineResults(ranked, [new Set<string>()], new Set(), [new Set(['c', 'd', 'x'])]);
    expect(ids(combined.results)).toEqual(['c', 'd', 'a', 'b']);
    expect(combined.exact).toBe(false);
  });

  it('ignores the stems when a page has every required run', () => {
    expect(ids(combineResults(ranked, [new Set(['b'])], new Set(), [new Set(['a'])]).results)).toEqual(['b']);
  });

  it('keeps Pagefind order, phrase matches first, when nothing is required', () => {
    expect(ids(combineResults(ranked, [], new Set(['c'])).results)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('indexDecision', () => {
  const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}" dir="ltr"><head></head><body><header>menu</header>${body}</body></html>`;

  it('indexes the main content of a page in its language', () => {
    const html = page('lo', '<main><article data-content-locale="lo" data-pagefind-body>…</article></main>');
    expect(indexDecision('/lo/stories/fake-job-offers/', html)).toEqual({ index: true, language: 'lo', bodyStart: html.indexOf('<article') });
  });

  it('hands the indexer the language, the title and the page from its main content on', () => {
    const html = page('lo', '<nav>ເມນູ</nav><main><article data-pagefind-body><h1>ຫົວຂໍ້</h1></article></main>').replace('<head>', '<head><title>ຫົວຂໍ້ | ເວັບ</title>');
    const decision = indexDecision('/lo/stories/x/', html);
    if (!decision.index) throw new Error('expected the page to be indexed');
    const indexed = indexedDocument(html, decision);
    expect(indexed.html).not.toContain('ເມນູ');
    expect(indexed.html).toMatch(/^<!DOCTYPE html><html lang="lo"><head><title>ຫົວຂໍ້ \| ເວັບ<\/title><\/head><body><article data-pagefind-body><h1>ຫົວຂໍ້<\/h1>/);
    expect(indexed.html.slice(indexed.bodyStart)).toMatch(/^<article data-pagefind-body>/);
  });

  it('refuses a page with a Pagefind attribute before its main content, which the indexer would not be given', () => {
    const html = page('en', '<p data-pagefind-meta="author:x">x</p><main><article data-pagefind-body><h1>T</h1></article></main>');
    const decision = indexDecision('/en/stories/x/', html);
    if (!decision.index) throw new Error('expected the page to be indexed');
    expect(() => indexedDocument(html, decision)).toThrow(/data-pagefind- attribute stands before/);
  });

  it('leaves out the home page, lists and the search page, which show other pages', () => {
    expect(indexDecision('/en/search/', page('en', '<main><h1>Search</h1></main>'))).toEqual({ index: false, reason: 'list' });
    expect(indexDecision('/en/', page('en', '<main data-pagefind-body><h1>Home</h1></main>'))).toEqual({ index: false, reason: 'list' });
  });

  it('leaves out a searchable page whose layout marks no main content', () => {
    expect(indexDecision('/en/about/', page('en', '<main><h1>About</h1></main>'))).toEqual({ index: false, reason: 'no-search-body' });
  });

  it('leaves out a page standing in for a missing translation', () => {
    const html = page('lo', '<p role="note" data-testid="fallback-notice">…</p><article lang="en" data-content-locale="en" data-fallback="true">…</article>');
    expect(indexDecision('/lo/stories/only-in-english/', html)).toEqual({ index: false, reason: 'untranslated-fallback' });
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
