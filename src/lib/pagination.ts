/** Splits a listing into numbered pages: page 1 at the listing's own path, page n at <path>n/. */
export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
}

export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive integer, got ${pageSize}`);
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => ({
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    current: index + 1,
    total,
  }));
}

/** The rest parameter of a [...page] route: undefined for page 1, so the first page has no number. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** '/lo/stories/' + 2 → '/lo/stories/2/'. */
export function pagePath(listingPath: string, page: number): string {
  const base = listingPath.endsWith('/') ? listingPath : `${listingPath}/`;
  return page === 1 ? base : `${base}${page}/`;
}
