/**
 * `test` with a `readerPage`: one browser page per worker, reused from test to test, for tests that only load a
 * page and look at it (every-page.spec.ts visits ~100). A fresh browser context and page per test cost more
 * than loading the page itself: 0.61 s against 0.22 s for the next page in a reused one (24 loads each,
 * load average 6–10). Between tests the page is put back as a new reader's would be, but for the HTTP cache:
 * the viewport the project sets, no cookies, no local or session storage, no listeners left by the test.
 * After a failed test Playwright starts a new worker, so a broken page is not reused.
 */
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<{ readerPage: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      // The project's `use` options, as the built-in `context` fixture would apply them.
      const { baseURL, viewport, locale, timezoneId, serviceWorkers, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, locale, timezoneId, serviceWorkers, userAgent, deviceScaleFactor, isMobile, hasTouch });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  readerPage: async ({ workerPage: page }, use, testInfo) => {
    const viewport = testInfo.project.use.viewport;
    if (viewport) await page.setViewportSize(viewport);
    await use(page);
    for (const event of ['request', 'response', 'console'] as const) page.removeAllListeners(event);
    await page.context().clearCookies();
    // The page is on the site after a passing test; about:blank (no storage to clear) throws, which is fine.
    await page.evaluate(() => [localStorage.clear(), sessionStorage.clear()]).catch(() => undefined);
  },
});
