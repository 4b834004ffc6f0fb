import { describe, expect, it } from 'vitest';
import { pageParam, pagePath, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  it('splits items into pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((page) => [page.current, page.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('gives an empty listing one empty page, so the listing page still exists', () => {
    expect(paginate([], 6)).toEqual([{ items: [], current: 1, total: 1 }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });
});

describe('page addresses', () => {
  it('puts page 1 at the listing path and page n under it', () => {
    expect(pagePath('/lo/stories/', 1)).toBe('/lo/stories/');
    expect(pagePath('/lo/stories/', 2)).toBe('/lo/stories/2/');
    expect(pagePath('/en/updates', 3)).toBe('/en/updates/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });
});
