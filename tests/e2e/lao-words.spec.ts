import { expect, test } from '@playwright/test';
import { laoWords } from '../../src/lib/lao/word-list';
import { pagesToVisit } from '../support/site-pages';

/**
 * Lao line breaking and line height as a reader sees them, on every Lao page at three phone widths. Words
 * from content/settings/lao-words.yaml (loanwords and key terms the browser's dictionary splits in two, like
 * ການຄ້າ|ມະນຸດ) must each sit on one line wherever they appear: headings, cards, menus and text.
 */
const WIDTHS = [320, 360, 414];
const words = laoWords();
const laoPages = pagesToVisit().filter((path) => path.startsWith('/lo/'));

/** Each visible occurrence of a listed word drawn on more than one line: "word (n lines) in <tag>". */
function splitWords(list: readonly string[]): string[] {
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

test('no listed Lao word is split across lines at 320, 360 or 414 px, on any Lao page', async ({ page }) => {
  test.setTimeout(laoPages.length * 4_000 + 30_000);
  expect(words.length).toBeGreaterThan(0);
  const split: string[] = [];
  for (const path of laoPages) {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 740 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 740 });
      for (const where of await page.evaluate(splitWords, words)) split.push(`${path} at ${width} px: ${where}`);
    }
  }
  expect(split).toEqual([]);
});

test('the check finds a split word when words may break', async ({ page }) => {
  // Guards the test above: with the page's no-break spans undone, a narrow heading splits ການຄ້າມະນຸດ.
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/lo/about/');
  await page.evaluate(() => {
    const probe = document.createElement('h2');
    probe.style.width = '4.5em';
    probe.textContent = 'ການຄ້າມະນຸດການຄ້າມະນຸດການຄ້າມະນຸດ';
    document.querySelector('main')!.prepend(probe);
  });
  expect((await page.evaluate(splitWords, words)).some((where) => where.startsWith('ການຄ້າມະນຸດ'))).toBe(true);
});

test('Lao text keeps tall lines whatever size utilities say: ≥1.7 for text, ≥1.5 for headings', async ({ page }) => {
  const short: string[] = [];
  for (const path of ['/lo/', '/lo/about/', '/lo/stories/', '/lo/16-days/', '/lo/posters/', '/lo/help/']) {
    await page.goto(path);
    short.push(
      ...(await page.evaluate(() => {
        const found: string[] = [];
        for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
          const ownLao = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /[\u0E80-\u0EFF]/u.test(node.textContent ?? ''));
          if (!ownLao || element.closest('[lang]')?.getAttribute('lang') !== 'lo' || !element.getClientRects().length) continue;
          const style = getComputedStyle(element);
          const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
          const minimum = element.closest('h1, h2, h3, h4, h5, h6') ? 1.5 : 1.7;
          if (!(ratio >= minimum - 0.001)) found.push(`${location.pathname} <${element.tagName.toLowerCase()} class="${element.className}"> ${ratio.toFixed(2)}`);
        }
        return found;
      })),
    );
  }
  expect(short).toEqual([]);
});
