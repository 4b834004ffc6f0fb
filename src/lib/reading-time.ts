/**
 * Reading time from the words of a text. Lao is written without spaces between words, so words are found
 * with Intl.Segmenter (ICU's Lao dictionary), which gives the same counts in Node and in browsers.
 */
import { localeTags, type Locale } from '../i18n/locales';

/** A common estimate for reading on screen; no published Lao figure exists, so both languages use it. */
export const WORDS_PER_MINUTE = 200;

const segmenters = new Map<Locale, Intl.Segmenter>();

export function countWords(text: string, locale: Locale): number {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(localeTags[locale], { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Whole minutes, at least one. */
export function readingMinutes(text: string, locale: Locale): number {
  return Math.max(1, Math.round(countWords(text, locale) / WORDS_PER_MINUTE));
}
