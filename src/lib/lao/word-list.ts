/**
 * The project's list of Lao words never split across lines: content/settings/lao-words.yaml, one word per
 * "- " line. Read once per process; a mistake in the file stops the build with one message naming the file,
 * the line's position and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../content-dir';

export const LAO_WORDS_FILE = 'settings/lao-words.yaml';
/** Lao letters, vowels and tone marks only: no spaces, digits or other scripts. */
const LAO_WORD = /^[\u0E81-\u0EC6\u0EC8-\u0ECE\u0EDC-\u0EDF]+$/u;

/** The words of a lao-words.yaml text; `file` names it in error messages. */
export function parseLaoWords(text: string, file: string): string[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) {
    throw new Error(`${file}: expected a list of Lao words, one per line starting with "- ". Write each word as "- ຄຳສັບ".`);
  }
  return data.map((item: unknown, index) => {
    const word = typeof item === 'string' ? item.trim() : item;
    if (typeof word !== 'string' || !LAO_WORD.test(word)) {
      throw new Error(
        `${file}: word ${index + 1} (${JSON.stringify(item)}) is not one Lao word. Write Lao letters only, without spaces, digits or English.`,
      );
    }
    return word;
  });
}

const cache = new Map<string, readonly string[]>();

/** The list from a content folder: the one in use by default (CONTENT_DIR in tests). */
export function laoWords(dir = contentDir): readonly string[] {
  const file = path.join(dir, LAO_WORDS_FILE);
  let words = cache.get(file);
  if (!words) {
    if (!existsSync(file)) throw new Error(`${file} is missing. Restore it: a list of Lao words, one "- ຄຳສັບ" per line ([] for none).`);
    words = Object.freeze(parseLaoWords(readFileSync(file, 'utf8'), file));
    cache.set(file, words);
  }
  return words;
}
