/**
 * Keeps listed Lao words on one line. Lao has no spaces, so browsers (ICU) and the poster renderer break
 * lines between dictionary words, and loanwords and key terms come apart: ການຄ້າ|ມະນຸດ, ສາຍ|ດ່ວນ.
 * The list is content/settings/lao-words.yaml (read by ./word-list.ts); these functions take it as an
 * argument, so they stay pure and any code (pages, cards, posters, PDFs) can use them.
 *
 * On web pages each word is wrapped in <span class="nowrap">: the text stays exactly as written, so copy and
 * paste and search see the same characters. Where no markup exists (Pango text for posters and PDFs),
 * `joinLaoWords` puts U+2060 WORD JOINER between the word's characters instead.
 */

export const NOWRAP_CLASS = 'nowrap';
const WORD_JOINER = '\u2060';
/** Vowel and tone marks that may follow a listed word without starting a new syllable. */
const TRAILING_MARKS = '[\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECE]*';

const patterns = new WeakMap<readonly string[], RegExp | null>();

/** One regular expression for the whole list, longest word first so ການຄ້າມະນຸດ wins over ຄ້າມະນຸດ. */
function patternFor(words: readonly string[]): RegExp | null {
  if (patterns.has(words)) return patterns.get(words)!;
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  const escaped = sorted.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = escaped.length ? new RegExp(`(?:${escaped.join('|')})${TRAILING_MARKS}`, 'gu') : null;
  patterns.set(words, pattern);
  return pattern;
}

export interface TextPart {
  text: string;
  /** True for a listed word: never break a line inside it. */
  keep: boolean;
}

/** The text cut into listed words (keep) and the rest, in order; joined, the parts give the text back. */
export function laoWordParts(text: string, words: readonly string[]): TextPart[] {
  const pattern = patternFor(words);
  if (!pattern) return [{ text, keep: false }];
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index), keep: false });
    parts.push({ text: match[0], keep: true });
    from = match.index + match[0].length;
  }
  if (from < text.length || parts.length === 0) parts.push({ text: text.slice(from), keep: false });
  return parts;
}

/** For renderers without markup (posters, PDFs): WORD JOINER between the characters of each listed word. */
export function joinLaoWords(text: string, words: readonly string[]): string {
  return laoWordParts(text, words)
    .map((part) => (part.keep ? [...part.text].join(WORD_JOINER) : part.text))
    .join('');
}

/** Elements whose content is not running text a reader sees wrapped (or cannot hold a <span>). */
const TOKEN = /<!--[\s\S]*?-->|<(script|style|template|textarea|title|svg|option|noscript)\b[\s\S]*?<\/\1\s*>|<[^>]*>|[^<]+/gi;
const LAO = /[\u0E80-\u0EFF]/u;

/**
 * A whole HTML document or fragment with each listed word in its text wrapped in <span class="nowrap">.
 * Tags, attributes, comments, scripts, styles and the <title> are left as they are.
 */
export function keepLaoWordsInHtml(html: string, words: readonly string[]): string {
  const pattern = patternFor(words);
  // Most English pages have Lao (the language switcher) but no listed word: nothing to cut into tokens.
  if (!pattern || !LAO.test(html) || html.search(pattern) < 0) return html;
  let out = '';
  for (const match of html.matchAll(TOKEN)) {
    const token = match[0];
    out += token.startsWith('<') || !LAO.test(token) ? token : wrapText(token, words);
  }
  return out;
}

function wrapText(text: string, words: readonly string[]): string {
  return laoWordParts(text, words)
    .map((part) => (part.keep ? `<span class="${NOWRAP_CLASS}">${part.text}</span>` : part.text))
    .join('');
}
