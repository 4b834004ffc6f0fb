import { expect, test } from '@playwright/test';

// Every page's language, alternates and switcher address are checked in every-page.spec.ts; here the switcher is used.
for (const path of ['/lo/', '/en/about/', '/lo/stories/fake-job-offers/']) {
  test(`the language switcher on ${path} leads to the same page in the other language`, async ({ page }) => {
    const locale = path.split('/')[1]!;
    const other = locale === 'lo' ? 'en' : 'lo';
    await page.goto(path);
    await page.getByTestId('language-switcher').click();
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
