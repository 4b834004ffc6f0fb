/**
 * Interface strings of every area, merged. Each area declares its strings in src/i18n/strings/<area>.ts with
 * defineStrings (both languages, same keys); add a new area's file to `areas` below.
 */
import type { Locale } from './locales';
import site from './strings/site';
import safety from './strings/safety';
import videos from './strings/videos';
import reading from './strings/reading';
import campaign from './strings/campaign';
import posters from './strings/posters';
import search from './strings/search';

const areas = [site, safety, videos, reading, campaign, posters, search] as const;

// Distributes over the areas, so that the keys of every area are collected.
type KeysOf<A> = A extends { en: Record<infer K, string> } ? K : never;
export type UiKey = KeysOf<(typeof areas)[number]>;

const tables = Object.fromEntries(
  (['en', 'lo'] as const).map((locale) => [locale, Object.assign({}, ...areas.map((area) => area[locale]))]),
) as Record<Locale, Record<UiKey, string>>;

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** Returns the translator for a language: t('helplines.call', { number: '1362' }). */
export function useTranslations(locale: Locale): Translate {
  const table = tables[locale];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      params && name in params ? String(params[name]) : match,
    );
}

/** Every key, for tests that compare the languages. */
export const uiTables = tables;
