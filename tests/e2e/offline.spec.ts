/**
 * Reading offline (service worker /sw.js): a page read once opens again without a connection, the help and
 * safety pages open without ever having been visited, any other page shows the offline page in its language,
 * and the quick exit leaves nothing kept behind. Pages are found by kind in the built site's sitemap.
 */
import { expect, test, type Page } from '@playwright/test';
import { routeExitSite } from '../support/exit-site';
import { sitemapPaths } from '../support/site-pages';

test.use({ serviceWorkers: 'allow' });

const stories = (locale: string) => sitemapPaths().filter((path) => new RegExp(`^/${locale}/stories/(?!page/)[^/]+/$`).test(path));

/** Waits until the service worker runs the page and has kept `path` (the page itself, or a precached one). */
async function kept(page: Page, path: string) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(async (wanted) => Boolean(await caches.match(wanted)), path), { timeout: 30_000 }).toBe(true);
}

test('a story read once opens again offline, styled, and an unread one shows the offline page in its language', async ({ page, context }) => {
  const [read, unread] = stories('lo');
  await page.goto(read!);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await kept(page, read!);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  // The stylesheet came from the kept copy too: the page looks as it did online.
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');

  await page.goto(unread!);
  await expect(page.getByTestId('offline-page')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'lo');
  // Calling needs no internet: the help lines are there as links.
  await expect(page.getByTestId('helpline-list').getByRole('link').first()).toHaveAttribute('href', /^tel:/);

  await page.goto(stories('en')[1]!);
  await expect(page.getByTestId('offline-page')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the help and safety pages open offline without having been visited', async ({ page, context }) => {
  await page.goto('/en/');
  for (const path of ['/lo/help/', '/en/help/', '/lo/safety/', '/en/safety/']) await kept(page, path);
  await context.setOffline(true);
  for (const path of ['/lo/help/', '/en/safety/']) {
    await page.goto(path);
    await expect(page.getByTestId('offline-page')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('quick-exit-link')).toBeVisible();
  }
});

test('the quick exit deletes the pages kept for offline reading', async ({ page }) => {
  await routeExitSite(page);
  const [story] = stories('en');
  await page.goto(story!);
  await kept(page, story!);
  await page.getByTestId('quick-exit-link').click();
  await expect(page).not.toHaveURL(new RegExp(story!));

  // Back on the site in another page (the exit replaced this one): the story read before is not kept.
  const again = await page.context().newPage();
  await again.goto('/en/offline/');
  await expect.poll(() => again.evaluate(async (path) => Boolean(await caches.match(path)), story!)).toBe(false);
});
