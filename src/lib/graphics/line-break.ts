/**
 * Where a line of print may break. Lao has no spaces between words, so breaks come from ICU's Lao dictionary
 * (Intl.Segmenter); then two rules take breaks away: words on the keep-together list stay whole, and a number
 * (a phone number like 1362) never starts a line on its own, it stays with the word before it.
 */
const LAO = /[\u0E80-\u0EFF]/u;
const NUMBER = /^[+(]?\d[\d\s\-–().]*$/u;

const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (lang: string, granularity: 'word' | 'grapheme'): Intl.Segmenter => {
  const key = `${lang} ${granularity}`;
  let seg = segmenters.get(key);
  if (!seg) segmenters.set(key, (seg = new Intl.Segmenter(lang, { granularity })));
  return seg;
};

export interface BreakRules {
  lang: string;
  /** Words never split across lines (see keep-together.ts). */
  keepTogether?: readonly string[];
}

/** The text cut at every allowed break: pieces that join back into the text, each ending where a line may end. */
export function breakUnits(text: string, { lang, keepTogether = [] }: BreakRules): string[] {
  const segments = [...segmenter(lang, 'word').segment(text)];
  const breaks = new Set<number>();
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1]!.segment;
    const after = segments[i]!.segment;
    const afterSpace = /\s$/u.test(before) && !/^\s/u.test(after);
    const betweenLaoWords = LAO.test(before.slice(-1)) && LAO.test(after.charAt(0));
    if (afterSpace || betweenLaoWords) breaks.add(segments[i]!.index);
  }
  for (const word of keepTogether) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let b = at + 1; b < at + word.length; b++) breaks.delete(b);
    }
  }
  // A number joins the word before it; at the very start of the text, the word after it.
  for (const [i, { segment, index }] of segments.entries()) {
    if (!NUMBER.test(segment)) continue;
    if (index > 0 && breaks.has(index)) breaks.delete(index);
    else if (index === 0) {
      const next = segments.slice(i + 1).find((s) => breaks.has(s.index));
      if (next) breaks.delete(next.index);
    }
  }
  const cuts = [0, ...[...breaks].sort((a, b) => a - b), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end)).filter((unit) => unit !== '');
}

/**
 * Greedy line filling: as many units per line as fit in `width` (measured by the caller's shaper, so the
 * widths are the printed ones). A unit wider than a whole line is cut between characters, the last resort.
 */
export function wrapLines(text: string, width: number, measure: (s: string) => number, rules: BreakRules): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string): boolean => measure(s.trimEnd()) <= width;
  for (const unit of breakUnits(text.trim(), rules)) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    if (fits(unit)) {
      line = unit;
      continue;
    }
    for (const { segment } of segmenter(rules.lang, 'grapheme').segment(unit)) {
      if (line && !fits(line + segment)) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += segment;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
