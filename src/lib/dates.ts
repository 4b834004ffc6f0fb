import { localeTags, type Locale } from '../i18n/locales';

/** The campaign and programme run in Laos: dates are shown and computed in Laos time. */
export const LAOS_TIME_ZONE = 'Asia/Vientiane';

/**
 * Formatters are made once and reused: making an Intl.DateTimeFormat costs far more than formatting with it,
 * and every built page dates its cards and checks the campaign day (at 3,000 stories per language, making
 * them afresh took a tenth of the build's time).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}\u0000${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(tag, options)));
  return made;
}

/** '25 November 2025' / '25 ພະຈິກ 2025' (Lao month names come from ICU). */
export function formatDate(date: Date, locale: Locale): string {
  return formatter(localeTags[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: LAOS_TIME_ZONE }).format(date);
}

/** YYYY-MM-DD in Laos time, for <time datetime>. */
export function isoDate(date: Date): string {
  return formatter('en-CA', { timeZone: LAOS_TIME_ZONE }).format(date);
}

/**
 * '25 November – 10 December 2026' / '25 ພະຈິກ – 10 ທັນວາ 2026'. Built by hand: ICU's formatRange writes
 * Lao ranges as numbers only (25/11 – 10/12/2026).
 */
export function formatDateRange(start: Date, end: Date, locale: Locale): string {
  if (isoDate(start).slice(0, 4) !== isoDate(end).slice(0, 4)) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  const dayMonth = formatter(localeTags[locale], { day: 'numeric', month: 'long', timeZone: LAOS_TIME_ZONE });
  return `${dayMonth.format(start)} – ${formatDate(end, locale)}`;
}
