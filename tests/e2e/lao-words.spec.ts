import { expect, test } from '@playwright/test';
import { laoWords } from '../../src/lib/lao/word-list';
import { splitWords } from '../support/lao-lines';

/**
 * Lao line breaking and line height as a reader sees them. That no listed word is split across lines at 320,
 * 360 or 414 px is checked on every Lao page where every-page.spec.ts visits it; here, that the check can fail,
 * and the line heights.
 */
const words = laoWords();

test('the check finds a split word when words may break', async ({ page }) => {
  // Guards the check every-page.spec.ts makes on each Lao page: with the page's no-break spans undone, a narrow heading splits ການຄ້າມະນຸດ.
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
