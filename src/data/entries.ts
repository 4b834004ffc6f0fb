/**
 * Content queries for pages: published entries of a collection, paired across languages. Drafts appear in
 * `astro dev` only, never in a production build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { localizeEntries, type LocalizedEntry } from '../lib/localized-entries';

export type LocalizedCollection = 'stories' | 'materials' | 'updates' | 'campaigns' | 'videos' | 'posters' | 'pages';

export type Localized<C extends LocalizedCollection> = LocalizedEntry<CollectionEntry<C>>;

export async function publishedEntries<C extends LocalizedCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all.filter((entry) => import.meta.env.DEV || !entry.data.draft);
}

/** Every page of a collection in every language (fallbacks included), for getStaticPaths. */
export async function localizedPaths<C extends LocalizedCollection>(collection: C) {
  return localizeEntries(await publishedEntries(collection)).map((item) => ({
    params: { locale: item.locale, slug: item.slug },
    props: { item },
  }));
}

/** Entries listed under one language, newest first when they are dated. */
export async function entriesIn<C extends LocalizedCollection>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  const items = localizeEntries(await publishedEntries(collection)).filter((item) => item.locale === locale);
  const time = (item: Localized<C>) => {
    const data = item.entry.data as { date?: Date };
    return data.date?.getTime() ?? 0;
  };
  return items.sort((a, b) => time(b) - time(a) || a.slug.localeCompare(b.slug));
}
