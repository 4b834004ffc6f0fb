/** Pictures: alt text and dimensions everywhere, modern formats at several sizes, lazy below the fold, no shift. */
import { expect, test } from '@playwright/test';
import { distHtml } from '../support/reading';
import { sitemapPaths } from '../support/site-pages';

const pages = sitemapPaths();

test('every image on every page has an alt attribute, a width and a height', () => {
  let covers = 0;
  for (const path of pages) {
    for (const [img] of distHtml(path).matchAll(/<img\b[^>]*>/g)) {
      // An alt attribute must be there; empty (decorative) is written by Astro as a bare `alt`.
      expect(img, path).toMatch(/\balt(="[^"]*")?[\s>/]/);
      expect(img, path).toMatch(/\bwidth="\d+"/);
      expect(img, path).toMatch(/\bheight="\d+"/);
      // Content pictures always describe themselves; only the decorative logo (the site's mark,
      // public/favicon.svg, published as /_astro/favicon.<hash>.svg) may have alt="".
      if (img.includes('/_astro/') && !/src="[^"]*\/_astro\/favicon\.[\w-]+\.svg"/.test(img)) {
        covers += 1;
        expect(img, path).toMatch(/\balt="[^"]+"/);
      }
    }
  }
  expect(covers).toBeGreaterThan(10);
});

test('a cover shown on several pages keeps the loading, sizes and text of each page', () => {
  // Its files are worked out once for the whole site (src/data/shared-image.ts); what each page says
  // about them is still its own.
  const coverIn = (path: string) => [...distHtml(path).matchAll(/<img\b[^>]*>/g)].map(([img]) => img).find((img) => img.includes('/fake-job-offers.'))!;
  const attribute = (img: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(img)?.[1];
  const [own, card, lao] = ['/en/stories/fake-job-offers/', '/en/topics/trafficking/', '/lo/stories/fake-job-offers/'].map(coverIn);
  expect(attribute(card!, 'srcset')).toBe(attribute(own!, 'srcset'));
  expect(attribute(lao!, 'srcset')).toBe(attribute(own!, 'srcset'));
  expect([attribute(own!, 'loading'), attribute(card!, 'loading')]).toEqual(['eager', 'lazy']);
  expect(attribute(card!, 'sizes')).not.toBe(attribute(own!, 'sizes'));
  expect(attribute(lao!, 'alt')).not.toBe(attribute(own!, 'alt'));
});

test('a cover is offered as AVIF and WebP at several widths', async ({ page }) => {
  await page.goto('/lo/stories/fake-job-offers/');
  const picture = page.locator('article header picture');
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif 320w, .*\.avif 640w/);
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('srcset', /\.webp 320w, .*\.webp 640w/);
  await expect(img).toHaveAttribute('sizes', /.+/);
  await expect(img).toHaveAttribute('loading', 'eager');
  // The phone chose an AVIF file.
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.currentSrc)).toMatch(/\.avif$/);
  const shown = await img.evaluate((el: HTMLImageElement) => ({ width: el.clientWidth, height: el.clientHeight }));
  expect(Math.abs(shown.width / shown.height - 1200 / 675)).toBeLessThan(0.02);
});

test('pictures further down a listing load lazily', async ({ page }) => {
  await page.goto('/en/stories/');
  const imgs = page.getByTestId('entry-card').locator('img');
  await expect(imgs.first()).toHaveAttribute('loading', 'eager');
  const loading = await imgs.evaluateAll((list) => list.slice(1).map((img) => img.getAttribute('loading')));
  expect(loading.length).toBeGreaterThan(3);
  expect(new Set(loading)).toEqual(new Set(['lazy']));
});

const viewports = [
  { name: 'phone', viewport: { width: 360, height: 740 } },
  // Wide enough that the cover is in the first screen, so a picture without dimensions would push the text.
  { name: 'tablet', viewport: { width: 768, height: 1024 } },
];

for (const { name, viewport } of viewports) {
  test.describe(`${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const locale of ['lo', 'en'] as const) {
      test(`${locale}: a story page does not shift while its font and pictures arrive on a slow connection`, async ({ page }, testInfo) => {
        await page.addInitScript(() => {
          (window as unknown as { shifts: number[] }).shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // A slow mobile connection, and the web font and pictures held back so they arrive after the first paint.
        await page.route(/\.(avif|webp|woff2)$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await route.continue();
        });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 40_000, uploadThroughput: 20_000 });
        await page.goto(`/${locale}/stories/fake-job-offers/`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await expect.poll(() => page.locator('article header img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        const inFirstScreen = await page.locator('article header img').evaluate((img) => img.getBoundingClientRect().top < window.innerHeight);
        // Then through the rest of the page, so anything loaded lazily arrives too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
        const cls = shifts.reduce((sum, value) => sum + value, 0);
        testInfo.annotations.push({ type: 'CLS', description: `${name} ${locale}: ${cls.toFixed(4)} (${shifts.length} shifts; cover in first screen: ${inFirstScreen})` });
        if (name === 'tablet') expect(inFirstScreen).toBe(true);
        expect(cls).toBeLessThan(0.01);
      });
    }
  });
}
