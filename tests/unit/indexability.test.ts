import { describe, expect, it } from 'vitest';
import { indexability, indexabilityRules, pageFacts } from '@/lib/indexability';

const decided = (pathname: string, fallback = false) => {
  const { name, sitemap, robots, search } = indexability(pathname, { fallback });
  return `${name}: ${sitemap ? 'sitemap' : '-'} ${robots} ${search ? 'search' : '-'}`;
};

describe('indexability', () => {
  it('lists, indexes and searches entries, free-standing pages, campaign years and Get help', () => {
    for (const pathname of ['/lo/stories/fake-job-offers/', '/en/materials/signs-of-trafficking/', '/en/updates/2023-03-tourism-materials/', '/lo/about/', '/en/16-days/2025/', '/lo/help/', '/en/videos/my-video/', '/lo/posters/check-job-offers/']) {
      expect(decided(pathname), pathname).toBe('page: sitemap index search');
    }
  });

  it('lists the home page, the search page and lists of entries, which search leaves to the entries they list', () => {
    for (const pathname of ['/lo/', '/en/search/', '/lo/stories/', '/lo/stories/2/', '/en/materials/3/', '/en/updates/', '/lo/topics/', '/en/topics/online-safety/', '/lo/videos/', '/en/posters/']) {
      expect(decided(pathname), pathname).toBe('list: sitemap index -');
    }
  });

  it('lists the stable 16 Days address, and searches the year page it repeats instead', () => {
    expect(decided('/lo/16-days/')).toBe('campaign-now: sitemap index -');
    // Even when the campaign it shows stands in for a missing translation: the address itself is the site's.
    expect(decided('/en/16-days/', true)).toBe('campaign-now: sitemap index -');
  });

  it('hides a page standing in for a missing translation from the sitemap, search engines and search', () => {
    expect(decided('/lo/only-in-english/', true)).toBe('untranslated-fallback: - noindex -');
    expect(decided('/lo/16-days/2027/', true)).toBe('untranslated-fallback: - noindex -');
  });

  it('hides the 404 page, the editor, the offline page and the poster filter and print views', () => {
    for (const pathname of ['/404.html', '/404/']) expect(decided(pathname)).toBe('not-found: - noindex -');
    for (const pathname of ['/admin/', '/admin/index.html', '/admin/config.yml']) expect(decided(pathname)).toBe('admin: - noindex -');
    for (const pathname of ['/lo/offline/', '/en/offline/']) expect(decided(pathname)).toBe('offline: - noindex -');
    for (const pathname of ['/en/posters/audience/hotels/', '/lo/posters/size/a3/', '/lo/posters/help-lines/print/lo-a4/']) {
      expect(decided(pathname), pathname).toBe('poster-view: - noindex -');
    }
  });

  it('keeps the language chooser out of the sitemap and search, but lets search engines index it (x-default)', () => {
    expect(decided('/')).toBe('language-chooser: - index -');
  });

  it('does not mistake pages whose names merely look like a rule’s', () => {
    expect(decided('/en/administration/')).toBe('page: sitemap index search');
    expect(decided('/en/offline-safety/')).toBe('page: sitemap index search');
    expect(decided('/en/stories/2025-report/')).toBe('page: sitemap index search');
  });

  it('keeps the sitemap and robots in step: a listed page may be indexed, a hidden one is noindex, except the chooser', () => {
    for (const rule of indexabilityRules) {
      expect(rule.why.length, rule.name).toBeGreaterThan(20);
      if (rule.search) expect(rule.sitemap, `${rule.name}: searchable pages are listed`).toBe(true);
      if (rule.name !== 'language-chooser') expect(rule.sitemap, rule.name).toBe(rule.robots === 'index');
    }
    expect(new Set(indexabilityRules.map((rule) => rule.name)).size).toBe(indexabilityRules.length);
  });

  it('reads from a built page whether it stands in for a missing translation', () => {
    expect(pageFacts('<article lang="en" data-content-locale="en" data-fallback="true">')).toEqual({ fallback: true });
    expect(pageFacts('<article data-content-locale="lo" data-pagefind-body>')).toEqual({ fallback: false });
  });
});
