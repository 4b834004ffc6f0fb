/**
 * Text from the index shown as the author wrote it: the separators put between Lao syllables for the
 * indexer (see segment.ts) are taken out again. Pagefind stores page text with every space as an ASCII
 * space, so a space next to Lao text is kept only if the indexer's copy tagged it as authored (SPACE_MARK).
 * Written without regex look-behind, which older Safari cannot parse.
 */
import { isLaoChar } from './syllables';
import { SPACE_MARK, WORD_SEPARATOR } from './segment';

const TAG = /^<\/?mark>/;

function isGap(char: string): boolean {
  return char === ' ' || char === WORD_SEPARATOR;
}

/**
 * Removes the artificial spaces from a Pagefind excerpt (text with <mark> tags) or title. Marks stay;
 * adjacent marks merge. Text without Lao is returned with only the invisible marks removed.
 */
export function cleanLaoDisplay(text: string): string {
  if (!/[\u0E80-\u0EFF]/.test(text)) return text.replaceAll(SPACE_MARK, '').replaceAll(WORD_SEPARATOR, ' ');
  // Split into tags and single characters, so neighbours can be found across <mark> tags.
  const parts: string[] = [];
  for (let index = 0; index < text.length; ) {
    const tag = TAG.exec(text.slice(index, index + 7));
    if (tag) {
      parts.push(tag[0]);
      index += tag[0].length;
    } else {
      const char = String.fromCodePoint(text.codePointAt(index)!);
      parts.push(char);
      index += char.length;
    }
  }
  const isTag = (part: string) => part.length > 1 && part.startsWith('<');
  const neighbour = (from: number, step: 1 | -1) => {
    for (let at = from; at >= 0 && at < parts.length; at += step) {
      const part = parts[at]!;
      if (!isTag(part) && !isGap(part)) return part;
    }
    return undefined;
  };
  const out: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!isGap(part)) {
      out.push(part);
      continue;
    }
    // A run of gaps: keep one space if it is authored (tagged) or lies between non-Lao text.
    let end = index;
    while (end + 1 < parts.length && (isGap(parts[end + 1]!) || isTag(parts[end + 1]!))) end++;
    const run = parts.slice(index, end + 1);
    const before = neighbour(index - 1, -1);
    const after = neighbour(end + 1, 1);
    const authored = before === SPACE_MARK;
    const keep = authored || !(isLaoChar(before) || isLaoChar(after));
    // The run starts with a gap: the space (if any) comes first, then the tags in it.
    if (keep && before !== undefined && after !== undefined) out.push(' ');
    out.push(...run.filter(isTag));
    index = end;
  }
  return out
    .join('')
    .replaceAll(SPACE_MARK, '')
    .replaceAll('</mark><mark>', '')
    .replaceAll('<mark></mark>', '');
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A cleaned excerpt as text runs, each marked or not, for building DOM nodes with textContent: the page
 * text in a Pagefind excerpt is not HTML-escaped, so it must never be inserted as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of cleanLaoDisplay(excerpt).split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') parts.push({ text: piece, mark });
  }
  return parts;
}
