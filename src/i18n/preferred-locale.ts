import { isLocale, type Locale } from './locales';

/** The first of the browser's languages that the site has; English when it has none of them. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
