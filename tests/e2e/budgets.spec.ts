/**
 * Page-weight budgets (tests/budgets.ts) on a phone: for each type of page in each language, the heaviest
 * page (estimated from dist/) is loaded in the browser and everything it downloads is counted, gzip.
 * Images are left out: they are lazy and sized per screen. The page may contact no host but the site's.
 * The browser here has Noto Sans Lao installed, as Android phones do: such a phone must download no font.
 */
import { expect, test } from '@playwright/test';
import { budgetFor, foreignHosts, overBudget, totalBytes, type Budget } from '../../src/lib/quality/budgets';
import { budgets } from '../budgets';
import { chromiumArgs, systemChromium } from '../support/browser';
import { deviceLaoFontEnv } from '../support/device-fonts';
import { measurePage, staticWeight } from '../support/page-weight';
import { sitemapPaths } from '../support/site-pages';

const executablePath = systemChromium();
test.use({ launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs, env: deviceLaoFontEnv() } });

/** The heaviest page of each type in each language: the one a budget is most likely to break on. */
const heaviest = new Map<string, { path: string; weight: number }>();
// (The root only forwards readers to /lo/ or /en/, which are measured.)
for (const path of sitemapPaths()) {
  const key = `${budgetFor(path, budgets).type} (${path.split('/')[1]})`;
  const weight = staticWeight(path);
  if ((heaviest.get(key)?.weight ?? -1) < weight) heaviest.set(key, { path, weight });
}

for (const [key, { path }] of heaviest) {
  test(`${key}: ${path} stays within its budget and contacts no other host`, async ({ page, baseURL }, testInfo) => {
    const measured = await measurePage(page, path);
    const budget = budgetFor(path, budgets);
    await testInfo.attach('weight', {
      body: JSON.stringify({ path, budget: budget.type, total: totalBytes(measured.weight), ...measured.weight, counted: measured.counted }, null, 2),
      contentType: 'application/json',
    });
    const kB = (bytes: number) => (bytes / 1000).toFixed(2);
    const { html, css, js, font } = measured.weight;
    // The margin, in the log: budgets are proposed from these figures (docs/performance.md).
    console.log(
      `${key} ${path}: ${kB(totalBytes(measured.weight))} of ${budget.totalKB} kB (HTML ${kB(html)}, CSS ${kB(css)}, JS ${kB(js)} of ${budget.jsKB}, fonts ${kB(font)})`,
    );
    expect(overBudget(path, measured.weight, budget), measured.counted.join('\n')).toEqual([]);
    // The phone's own Lao font wins over the site's copy (styles/fonts.css, local()).
    expect(measured.counted.filter((line) => line.startsWith('font'))).toEqual([]);
    expect(foreignHosts(measured.requests, baseURL!)).toEqual([]);
  });
}

test('the measurement catches a page over its budget and a request to another host', async ({ page, baseURL }) => {
  // A made-up page, served by the test itself: 30 kB of JavaScript that does not compress, and a script
  // from another host (answered here, so nothing leaves the machine).
  let seed = 1;
  const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
  await page.route('**/__probe/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!DOCTYPE html><html lang="en"><head><title>Probe</title><script src="/__probe/heavy.js"></script><script src="https://cdn.example.com/tracker.js"></script></head><body><p>Probe</p></body></html>',
    }),
  );
  await page.route('**/__probe/heavy.js', (route) => route.fulfill({ contentType: 'text/javascript', body: `window.noise = "${noise}";` }));
  await page.route('https://cdn.example.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  const measured = await measurePage(page, '/__probe/');
  const story: Budget = { type: 'story', pattern: /./, totalKB: 40, jsKB: 10 };
  expect(measured.weight.js).toBeGreaterThan(10_000);
  expect(overBudget('/__probe/', measured.weight, story)).toEqual([expect.stringContaining('of JavaScript (gzip); the budget is 10 kB')]);
  expect(foreignHosts(measured.requests, baseURL!)).toEqual(['cdn.example.com']);
});
