/**
 * Pairs translations and fills gaps. Entries are filed as `<collection>/<locale>/<slug>`; a slug that exists
 * in one language only is still published in the other, with the content of the language it has
 * (principle 3 in docs/architecture.md). Pure: tests give it plain objects.
 */
import { isLocale, locales, otherLocale, type Locale } from '../i18n/locales';

export interface EntryRef {
  /** Entry id as the glob loader generates it: 'en/fake-job-offers'. */
  id: string;
}

export interface LocalizedEntry<E extends EntryRef> {
  /** Language of the page this entry is published under. */
  locale: Locale;
  /** Language the content is actually written in. */
  contentLocale: Locale;
  slug: string;
  entry: E;
  /** True when the page shows the other language's content because this one is missing. */
  isFallback: boolean;
  /** The same slug exists in the other language too (real translation, not a fallback). */
  translated: boolean;
}

/** Splits 'lo/stories/x' into locale and slug; the locale folder is validated by the loader first. */
export function parseEntryId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf('/');
  const locale = id.slice(0, slash);
  if (slash < 1 || !isLocale(locale)) {
    throw new Error(`Entry "${id}" is not inside a language folder (${locales.join(', ')}).`);
  }
  return { locale, slug: id.slice(slash + 1) };
}

/** Every slug in every locale, real or fallback, ready for getStaticPaths. */
export function localizeEntries<E extends EntryRef>(entries: readonly E[]): LocalizedEntry<E>[] {
  const bySlug = new Map<string, Partial<Record<Locale, E>>>();
  for (const entry of entries) {
    const { locale, slug } = parseEntryId(entry.id);
    const versions = bySlug.get(slug) ?? {};
    versions[locale] = entry;
    bySlug.set(slug, versions);
  }
  const result: LocalizedEntry<E>[] = [];
  for (const [slug, versions] of bySlug) {
    for (const locale of locales) {
      const own = versions[locale];
      const other = versions[otherLocale(locale)];
      const entry = own ?? other;
      if (!entry) continue;
      result.push({
        locale,
        contentLocale: own ? locale : otherLocale(locale),
        slug,
        entry,
        isFallback: !own,
        translated: Boolean(own && other),
      });
    }
  }
  return result;
}

/** The entries published under one locale. */
export function entriesFor<E extends EntryRef>(
  entries: readonly E[],
  locale: Locale,
): LocalizedEntry<E>[] {
  return localizeEntries(entries).filter((item) => item.locale === locale);
}
