import { en, type UiKey } from './en';
import { lo } from './lo';
import type { Locale } from './locales';

const strings: Record<Locale, Record<UiKey, string>> = { en, lo };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** Returns the translator for a language: t('helplines.call', { number: '1362' }). */
export function useTranslations(locale: Locale): Translate {
  const table = strings[locale];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      params && name in params ? String(params[name]) : match,
    );
}

export type { UiKey };
