/**
 * Lao text prepared for the search index and for queries. Pagefind (1.x) splits words at white space only,
 * so an unbroken run of Lao would be one "word" and a word inside it could never be found. The copy of a
 * page handed to the indexer gets a separator between Lao syllables (see syllables.ts); readers' HTML is
 * never changed. Queries are split the same way, by the same code.
 *
 * What Pagefind does with the characters used here (measured with pagefind 1.6):
 * - it splits words at any Unicode white space, U+200A included, and stores page text with every run of
 *   white space turned into one ASCII space; it does not split at U+200B (it removes it and glues the words);
 * - it keeps U+2063 in stored text and still indexes the word before it, and a block of text ending in
 *   U+2063 gets no "." added at its end.
 * So the separators and the spaces an author typed look alike in excerpts: each authored space next to Lao
 * text is tagged with SPACE_MARK, and cleanLaoDisplay (display.ts) removes every untagged one.
 */
import { isLaoChar, isLaoSyllableChar, syllableStarts } from './syllables.ts';

/** Put between Lao syllables in the index copy; never occurs in authored prose. */
export const WORD_SEPARATOR = '\u200A';
/** Put before a space the author typed next to Lao text (index copy only). Invisible. */
export const SPACE_MARK = '\u2063';

const HAS_LAO = /[\u0E80-\u0EFF]/;

export function hasLao(text: string): boolean {
  return HAS_LAO.test(text);
}

const SPACE = /\s/;
function isSpace(char: string | undefined): boolean {
  return char !== undefined && (char === ' ' || char === SPACE_MARK || SPACE.test(char));
}

/**
 * The same text in one spelling: NFC orders combining marks, and ໍາ (two characters some keyboards type)
 * becomes ຳ. U+200B, which some writers put between Lao words, becomes a separator (same length, so
 * offsets into the text stay valid only when nothing else changes: callers normalise before they segment).
 */
export function normalizeLao(text: string): string {
  if (!hasLao(text)) return text.normalize('NFC');
  return text.normalize('NFC').replace(/\u0ECD\u0EB2/g, '\u0EB3').replace(/\u200B/g, WORD_SEPARATOR);
}

/** Which side of a boundary a character is on: syllable letters, other Lao (digits, ຯ), or anything else. */
function tokenClass(char: string): 'syllable' | 'lao' | 'other' {
  if (isLaoSyllableChar(char)) return 'syllable';
  if (isLaoChar(char)) return 'lao';
  return 'other';
}

/**
 * Offsets where the index copy needs a separator: between two Lao syllables, and where Lao text touches a
 * digit, a Latin word or punctuation with no space between (ປີ2023, ລາວ,ໄທ). Never next to white space.
 */
export function laoBreaks(text: string): number[] {
  const breaks: number[] = [];
  if (!hasLao(text)) return breaks;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (isLaoSyllableChar(char)) {
      let end = index + 1;
      while (end < text.length && isLaoSyllableChar(text[end])) end++;
      for (const start of syllableStarts(text.slice(index, end))) breaks.push(index + start);
      index = end;
    } else {
      index++;
    }
  }
  for (let at = 1; at < text.length; at++) {
    const before = text[at - 1]!;
    const after = text[at]!;
    if (!isLaoChar(before) && !isLaoChar(after)) continue;
    if (isSpace(before) || isSpace(after)) continue;
    const left = tokenClass(before);
    const right = tokenClass(after);
    // Lao digits stay together (໒໐໒໓), as do runs of Latin and punctuation.
    if (left !== right || (left === 'lao' && !(/\p{N}/u.test(before) && /\p{N}/u.test(after)))) breaks.push(at);
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/**
 * Where SPACE_MARK goes: before every run of authored white space with Lao text on either side. A run made
 * of separators only is ours, and a run already tagged is left alone, so segmenting twice changes nothing.
 */
export function authoredSpaceMarks(text: string): number[] {
  const marks: number[] = [];
  if (!hasLao(text)) return marks;
  for (const match of text.matchAll(/\s+/g)) {
    const at = match.index;
    const run = match[0];
    if (run.replaceAll(WORD_SEPARATOR, '') === '') continue;
    const before = text[at - 1];
    if (before === SPACE_MARK) continue;
    if (isLaoChar(before) || isLaoChar(text[at + run.length])) marks.push(at);
  }
  return marks;
}

/** Insertions [offset, string], ascending, that segmentForIndex makes; for callers that map them onto HTML. */
export function indexInsertions(text: string): Array<[number, string]> {
  const insertions: Array<[number, string]> = [
    ...authoredSpaceMarks(text).map((at): [number, string] => [at, SPACE_MARK]),
    ...laoBreaks(text).map((at): [number, string] => [at, WORD_SEPARATOR]),
  ];
  return insertions.sort((a, b) => a[0] - b[0]);
}

export function applyInsertions(text: string, insertions: ReadonlyArray<readonly [number, string]>): string {
  let out = '';
  let from = 0;
  for (const [at, value] of insertions) {
    out += text.slice(from, at) + value;
    from = at;
  }
  return out + text.slice(from);
}

/**
 * Text for the search index: a separator between Lao syllables, SPACE_MARK before authored spaces next to
 * Lao. Text without Lao comes back unchanged (except NFC). Idempotent.
 */
export function segmentForIndex(text: string): string {
  const normalized = normalizeLao(text);
  return applyInsertions(normalized, indexInsertions(normalized));
}

/**
 * A reader's query as Pagefind search terms: Lao split into syllables, everything separated by one space.
 * 'ການຄ້າມະນຸດ' → ['ການ', 'ຄ້າ', 'ມະ', 'ນຸດ']; 'fake jobs' → ['fake', 'jobs'].
 */
export function queryTerms(query: string): string[] {
  const normalized = normalizeLao(query);
  const split = applyInsertions(normalized, laoBreaks(normalized).map((at): [number, string] => [at, ' ']));
  return split.split(/\s+/).filter((term) => term !== '' && /[\p{L}\p{N}]/u.test(term));
}
