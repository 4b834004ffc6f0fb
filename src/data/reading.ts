/**
 * The reading collections (stories, materials, news) as cards for listings, topic pages, related links,
 * the home page and the feed: one shape, so every list looks and behaves the same.
 */
import type { ImageMetadata } from 'astro';
import { locales, type Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/urls';
import type { UiKey } from '../i18n/ui';
import { paginate, pageParam, type Page } from '../lib/pagination';
import { markdownToPlainText } from '../lib/plain-text';
import { readingMinutes } from '../lib/reading-time';
import { relatedTo } from '../lib/related';
import { oncePerBuild } from './once-per-build';
import { entriesIn, type Localized } from './entries';

export const readingCollections = ['stories', 'materials', 'updates'] as const;
export type ReadingCollection = (typeof readingCollections)[number];

/** Entries per listing page. */
export const PAGE_SIZE = 6;

export interface Card {
  /** Unique across collections: 'stories/fake-job-offers'. */
  key: string;
  collection: ReadingCollection;
  slug: string;
  href: string;
  title: string;
  description: string;
  date: Date;
  topics: string[];
  cover?: { src: ImageMetadata; alt: string } | undefined;
  /** Interface string naming what the entry is: Story, Guide, Checklist, News… */
  kindLabel: UiKey;
  minutes: number;
  /** Language the entry is written in (differs from the page's when the translation is missing). */
  contentLocale: Locale;
  isFallback: boolean;
}

export const listingPath = (collection: ReadingCollection, locale: Locale) => localizedPath(locale, collection);
export const entryPath = (collection: ReadingCollection, locale: Locale, slug: string) =>
  localizedPath(locale, `${collection}/${slug}`);

/** Per language, by the body itself: a key made by joining the two would keep a copy of every body. */
const minutesByText = new Map<Locale, Map<string, number>>();

/**
 * Reading time of an entry's body, counted in the language it is written in. Remembered by text: every
 * page's related entries list all entries as cards, and counting words (Lao needs a word segmenter) for
 * each on every page made the build quadratic (1,000 stories per language: over 10 minutes, now 2 min 45 s).
 */
export function entryMinutes(body: string | undefined, contentLocale: Locale): number {
  const text = body ?? '';
  let known = minutesByText.get(contentLocale);
  if (!known) minutesByText.set(contentLocale, (known = new Map()));
  let minutes = known.get(text);
  if (minutes === undefined) {
    minutes = readingMinutes(markdownToPlainText(text), contentLocale);
    known.set(text, minutes);
  }
  return minutes;
}

export function toCard<C extends ReadingCollection>(collection: C, item: Localized<C>): Card {
  const data = item.entry.data;
  const kindLabel: UiKey = 'kind' in data ? `entryKind.${data.kind}` : `entryKind.${collection}`;
  return {
    key: `${collection}/${item.slug}`,
    collection,
    slug: item.slug,
    href: entryPath(collection, item.locale, item.slug),
    title: data.title,
    description: data.description,
    date: data.date,
    topics: data.topics,
    cover: data.cover,
    kindLabel,
    minutes: entryMinutes(item.entry.body, item.contentLocale),
    contentLocale: item.contentLocale,
    isFallback: item.isFallback,
  };
}

export async function cardsIn(collection: ReadingCollection, locale: Locale): Promise<Card[]> {
  return (await entriesIn(collection, locale)).map((item) => toCard(collection, item));
}

/** Every reading entry listed under a language, newest first; callers get their own copy of the list. */
export async function allCardsIn(locale: Locale): Promise<Card[]> {
  return [...(await sharedCardsIn(locale))];
}

/** The list itself, for callers that only read it: every entry page asks for it (related entries). */
const sharedCardsIn = oncePerBuild(async (locale: Locale): Promise<readonly Card[]> => {
  const lists = await Promise.all(readingCollections.map((collection) => cardsIn(collection, locale)));
  return lists.flat().sort((a, b) => b.date.getTime() - a.date.getTime() || a.key.localeCompare(b.key));
});

/**
 * The best `limit + 1` entries for a set of topics, made once per build: entries with the same topics share
 * the list (its own entry may be in it), instead of each page ranking every entry of its language again.
 */
const relatedForTopics = oncePerBuild(async (query: string): Promise<readonly Card[]> => {
  const [locale, limit, ...topics] = query.split('\u0000') as [Locale, string, ...string[]];
  return relatedTo({ key: '', topics }, await sharedCardsIn(locale), Number(limit) + 1);
});

/** Up to three entries from any reading collection that share topics with this one. */
export async function relatedCards(key: string, topics: readonly string[], locale: Locale, limit = 3): Promise<Card[]> {
  const best = await relatedForTopics([locale, limit, ...[...new Set(topics)].sort()].join('\u0000'));
  return best.filter((card) => card.key !== key).slice(0, limit);
}

/** getStaticPaths of a paginated listing: /<locale>/<collection>/, then /2/, /3/… */
export async function listingPaths(collection: ReadingCollection) {
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const cards = await cardsIn(collection, locale);
      const numeric = cards.find((card) => /^\d+$/.test(card.slug) && !card.isFallback);
      if (numeric) {
        throw new Error(
          `content/${collection}/${locale}/${numeric.slug}.mdx: a file name made only of digits would take the address of page ${numeric.slug} of the listing. Rename it with words, e.g. ${collection === 'updates' ? 'world-day-2025' : 'fake-job-offers'}.mdx.`,
        );
      }
      return paginate(cards, PAGE_SIZE).map((page) => ({
        params: { locale, page: pageParam(page.current) },
        props: { page },
      }));
    }),
  );
  return perLocale.flat();
}

export type ListingProps = { page: Page<Card> };
