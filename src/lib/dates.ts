import { localeTags, type Locale } from '../i18n/locales';

/** The campaign and programme run in Laos: dates are shown and computed in Laos time. */
export const LAOS_TIME_ZONE = 'Asia/Vientiane';

/** '25 November 2025' / '25 ພະຈິກ 2025' (Lao month names come from ICU). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: LAOS_TIME_ZONE,
  }).format(date);
}

/** YYYY-MM-DD in Laos time, for <time datetime>. */
export function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LAOS_TIME_ZONE }).format(date);
}
