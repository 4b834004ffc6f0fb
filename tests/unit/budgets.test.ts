import { describe, expect, it } from 'vitest';
import { budgetFor, foreignHosts, overBudget, weightKind, type Budget } from '../../src/lib/quality/budgets';
import { budgets } from '../budgets';
import { splitInlineScripts } from '../support/page-weight';

const story: Budget = { type: 'story', pattern: /^\/(lo|en)\/stories\/[^/]+\/$/, totalKB: 40, jsKB: 10 };
const any: Budget = { type: 'page', pattern: /./, totalKB: 30, jsKB: 5 };

describe('budgets', () => {
  it('applies the first budget whose pattern matches the path', () => {
    expect(budgetFor('/lo/stories/fake-job-offers/', [story, any]).type).toBe('story');
    expect(budgetFor('/lo/stories/', [story, any]).type).toBe('page');
    expect(() => budgetFor('/x/', [story])).toThrow('No budget matches /x/');
  });

  it('passes a page within its budget', () => {
    expect(overBudget('/lo/stories/x/', { html: 8000, css: 7000, js: 2000, font: 20000 }, story)).toEqual([]);
  });

  it('fails a page over its total or its JavaScript budget, saying by how much and where the bytes are', () => {
    expect(overBudget('/lo/stories/x/', { html: 9000, css: 8000, js: 12500, font: 20000 }, story)).toEqual([
      '/lo/stories/x/ (story) weighs 49.5 kB gzip before images (HTML 9.0, CSS 8.0, JS 12.5, fonts 20.0); the budget is 40 kB',
      '/lo/stories/x/ (story) loads 12.5 kB of JavaScript (gzip); the budget is 10 kB',
    ]);
  });

  it('sorts responses into HTML, CSS, JS and fonts; images are not counted', () => {
    expect(weightKind('document', 'http://localhost/lo/')).toBe('html');
    expect(weightKind('stylesheet', 'http://localhost/_astro/a.css')).toBe('css');
    expect(weightKind('script', 'http://localhost/_astro/a.js')).toBe('js');
    expect(weightKind('fetch', 'http://localhost/pagefind/wasm.lo.pagefind')).toBeUndefined();
    expect(weightKind('fetch', 'http://localhost/pagefind/pagefind.js')).toBe('js');
    expect(weightKind('font', 'http://localhost/_astro/lao.woff2')).toBe('font');
    expect(weightKind('image', 'http://localhost/_astro/cover.webp')).toBeUndefined();
  });

  it('names every host other than the site’s own', () => {
    expect(
      foreignHosts(
        ['http://localhost:4409/lo/', 'data:image/png;base64,AA', 'https://www.youtube-nocookie.com/embed/x', 'https://fonts.gstatic.com/a.woff2', 'https://fonts.gstatic.com/b.woff2'],
        'http://localhost:4409',
      ),
    ).toEqual(['fonts.gstatic.com', 'www.youtube-nocookie.com']);
  });

  it('the project budgets end with a catch-all, and every content page may load at most 5 kB of JavaScript', () => {
    expect(budgets.at(-1)?.pattern.test('/anything/')).toBe(true);
    for (const budget of budgets.filter((candidate) => candidate.type !== 'search')) expect(budget.jsKB).toBeLessThanOrEqual(5);
  });

  it('a story in Lao gets its own budget, and an English one its own', () => {
    const lao = budgetFor('/lo/stories/fake-job-offers/', budgets);
    expect(lao.type).toBe('story');
    expect(budgetFor('/en/stories/fake-job-offers/', budgets).totalKB).toBeLessThan(lao.totalKB);
    expect(budgetFor('/en/stories/page/2/', budgets).type).not.toBe('story');
  });

  it('counts inline scripts as JavaScript, not JSON data blocks', () => {
    expect(
      splitInlineScripts('<p>a</p><script>go()</script><script type="module">run()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>'),
    ).toEqual({ html: '<p>a</p><script type="application/ld+json">{}</script><script src="/x.js"></script>', scripts: 'go()run()' });
  });
});
