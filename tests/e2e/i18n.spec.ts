import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site-pages';

const pages = sitemapPaths();

test('both languages are built', () => {
  expect(pages.filter((p) => p.startsWith('/lo/')).length).toBeGreaterThan(1);
  expect(pages.filter((p) => p.startsWith('/en/')).length).toBe(pages.filter((p) => p.startsWith('/lo/')).length);
});

for (const path of pages) {
  test(`${path} declares its language and links to its counterpart`, async ({ page }) => {
    const locale = path.split('/')[1]!;
    const other = locale === 'lo' ? 'en' : 'lo';
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator(`link[rel=alternate][hreflang=${other}]`)).toHaveAttribute('href', new RegExp(`/${other}/`));
    await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);

    const switcher = page.getByTestId('language-switcher');
    await expect(switcher).toHaveAttribute('lang', other);
    await switcher.click();
    await expect(page).toHaveURL(path.replace(`/${locale}/`, `/${other}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
  });
}

test.describe('the language chooser at /', () => {
  test.describe('a browser that prefers Lao', () => {
    test.use({ locale: 'lo-LA' });
    test('goes to /lo/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/lo\/$/);
    });
  });
  test.describe('a browser that prefers English', () => {
    test.use({ locale: 'en-US' });
    test('goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers both languages as links that work', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/en\/$/);
      await page.goto('/');
      await page.getByRole('link', { name: 'ພາສາລາວ' }).click();
      await expect(page).toHaveURL(/\/lo\/$/);
    });
  });
});

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/lo/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[lang=lo] h1')).toBeVisible();
  await expect(page.locator('section[lang=en]')).toContainText('Page not found');
});
