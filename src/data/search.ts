/**
 * What the search page offers to filter by: the content types and topics that have pages in the reader's
 * language (a filter that can only find nothing is not offered).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { contentDir } from '../lib/content-dir';
import type { UiKey } from '../i18n/ui';
import { entryFilters } from '../lib/search/filters';
import { publishedEntries, type LocalizedCollection } from './entries';
import { getTopics } from './settings';

/** Content types in the order the filter lists them, with the name each has in the interface strings. */
export const searchTypes: ReadonlyArray<{ id: LocalizedCollection; label: UiKey }> = [
  { id: 'stories', label: 'search.type.stories' },
  { id: 'materials', label: 'search.type.materials' },
  { id: 'updates', label: 'search.type.updates' },
  { id: 'campaigns', label: 'search.type.campaigns' },
  { id: 'videos', label: 'search.type.videos' },
  { id: 'posters', label: 'search.type.posters' },
  { id: 'pages', label: 'search.type.pages' },
];

export async function searchFilterOptions(locale: Locale) {
  const own = await Promise.all(
    searchTypes.map(async (type) => ({
      ...type,
      // Entries written in this language: the pages its index holds (fallbacks are not indexed). A collection
      // with no folder yet is skipped without asking Astro, which would warn that it is empty.
      entries: existsSync(path.join(contentDir, type.id))
        ? (await publishedEntries(type.id)).filter((entry) => entry.id.startsWith(`${locale}/`))
        : [],
    })),
  );
  const usedTopics = new Set(own.flatMap(({ entries }) => entries.flatMap((entry) => entryFilters(entry)?.topics ?? [])));
  return {
    types: own.filter(({ entries }) => entries.length > 0).map(({ id, label }) => ({ id, label })),
    topics: (await getTopics()).filter((topic) => usedTopics.has(topic.id)).map((topic) => ({ id: topic.id, name: topic.name[locale] })),
  };
}
