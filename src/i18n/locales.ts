/** The site's languages. Lao first: most readers read Lao. */
export const locales = ['lo', 'en'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'lo';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'lo' ? 'en' : 'lo';
}

/** Names of each language written in that language, for the switcher and the chooser. */
export const localeNames: Record<Locale, string> = {
  lo: 'ພາສາລາວ',
  en: 'English',
};

/** BCP 47 tags for Intl formatting: British English writes dates as 25 November 2025. */
export const localeTags: Record<Locale, string> = {
  lo: 'lo-LA',
  en: 'en-GB',
};

/** Open Graph locale codes. */
export const ogLocales: Record<Locale, string> = {
  lo: 'lo_LA',
  en: 'en_GB',
};
