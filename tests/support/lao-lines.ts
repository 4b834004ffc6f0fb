/**
 * Lao line breaking as a reader sees it: words from content/settings/lao-words.yaml (loanwords and key terms
 * the browser's dictionary splits in two, like ການຄ້າ|ມະນຸດ) must each sit on one line wherever they appear.
 */
import type { Page } from '@playwright/test';

/** The phone widths every Lao page is checked at. */
export const LAO_LINE_WIDTHS = [320, 360, 414];

/** Each visible occurrence of a listed word drawn on more than one line: "word (n lines) in <tag>". Runs in the page. */
export function splitWords(list: readonly string[]): string[] {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(sorted.join('|'), 'gu');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      // One rectangle per line box the word touches (zero-width ones at a line's edge do not count).
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (tops.size > 1) found.push(`${match[0]} (${tops.size} lines) in <${node.parentElement?.tagName.toLowerCase()}>`);
    }
  }
  return found;
}

/** The listed words split across lines on the loaded page at each of LAO_LINE_WIDTHS: "at 320 px: word (2 lines) in <h2>". */
export async function splitWordsAtPhoneWidths(page: Page, words: readonly string[]): Promise<string[]> {
  const height = page.viewportSize()?.height ?? 740;
  await page.evaluate(() => document.fonts.ready);
  const split: string[] = [];
  for (const width of LAO_LINE_WIDTHS) {
    await page.setViewportSize({ width, height });
    for (const where of await page.evaluate(splitWords, words)) split.push(`at ${width} px: ${where}`);
  }
  return split;
}
