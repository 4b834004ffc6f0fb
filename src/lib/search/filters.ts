/**
 * The search filters of an entry's page: its content type (the collection) and its topics. Values are ids,
 * the same in both languages; the search page shows their names in the reader's language.
 */
export interface EntryFilters {
  type: string;
  topics: string[];
}

/** Reads a content entry ({ collection, data: { topics } }); undefined for anything else. */
export function entryFilters(entry: unknown): EntryFilters | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { collection, data } = entry as { collection?: unknown; data?: unknown };
  if (typeof collection !== 'string') return undefined;
  const topics = (data as { topics?: unknown } | undefined)?.topics;
  return {
    type: collection,
    topics: Array.isArray(topics) ? topics.filter((topic): topic is string => typeof topic === 'string') : [],
  };
}
