import { expect, test } from '@playwright/test';

test('Lao text is drawn with the self-hosted Noto Sans Lao on a phone without a Lao font of its own', async ({ page }, testInfo) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(new URL(request.url()).pathname);
  });
  await page.goto('/lo/about/');
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests.some((path) => /^\/_astro\/noto-sans-lao-lao-\d+-normal\.[\w-]+\.woff2$/.test(path))).toBe(true);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Noto Sans Lao' && face.status === 'loaded').length,
  );
  expect(loaded).toBeGreaterThan(0);
  // The heading's glyphs come from that font, not a system fallback.
  const heading = page.getByRole('heading', { level: 1 });
  expect(await heading.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Sans Lao"?/);
  await testInfo.attach('lao-about', { body: await page.screenshot(), contentType: 'image/png' });
});

test('Lao lines are tall enough for vowel and tone marks', async ({ page }) => {
  await page.goto('/lo/about/');
  const ratio = await page.locator('main p').first().evaluate((el) => {
    const style = getComputedStyle(el);
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  });
  expect(ratio).toBeGreaterThanOrEqual(1.75);
});

test('English pages fetch no web font, not even for the language switch written in Lao', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto('/en/about/');
  await expect(page.getByTestId('language-switcher')).toHaveText('ພາສາລາວ');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);
});
