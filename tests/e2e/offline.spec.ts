/**
 * Reading offline (service worker /sw.js): a page read once opens again without a connection, the help and
 * safety pages open without ever having been visited, any other page shows the offline page in its language,
 * and the quick exit leaves nothing kept behind. Pages are found by kind in the built site's sitemap.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, systemChromium } from '../support/browser';
import { routeExitSite } from '../support/exit-site';
import { sitemapPaths } from '../support/site-pages';

test.use({ serviceWorkers: 'allow' });

const stories = (locale: string) => sitemapPaths().filter((path) => new RegExp(`^/${locale}/stories/(?!page/)[^/]+/$`).test(path));

/** Waits until the service worker runs the page and has kept `path` (the page itself, or a precached one). */
async function kept(page: Page, path: string) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(async (wanted) => Boolean(await caches.match(wanted)), path), { timeout: 30_000 }).toBe(true);
}

/** The header's logo (an image of the site's mark) has loaded. */
const logoShown = (page: Page) =>
  page.getByTestId('site-home').locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

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
  await expect.poll(() => logoShown(page)).toBe(true);

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
    await expect.poll(() => logoShown(page)).toBe(true);
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

/**
 * Turns on "save data" (navigator.connection.saveData) in every service worker the browser starts, before
 * its first line runs. Chromium's data-saver switch is gone from desktop builds, and the page-level override
 * (Emulation.setDataSaverOverride on the page) does not reach workers, so the override is sent to each worker
 * target as it starts: the browser's DevTools endpoint pauses new targets (waitForDebuggerOnStart) until then.
 * Playwright's CDP sessions cannot address a child target, hence the plain WebSocket.
 */
async function saveDataInServiceWorkers(userDataDir: string): Promise<WebSocket> {
  const portFile = path.join(userDataDir, 'DevToolsActivePort');
  await expect.poll(() => existsSync(portFile)).toBe(true);
  const [port, browserPath] = readFileSync(portFile, 'utf8').trim().split('\n');
  const socket = new WebSocket(`ws://127.0.0.1:${port}${browserPath}`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  let id = 0;
  const send = (method: string, params: object = {}, sessionId?: string) =>
    socket.send(JSON.stringify({ id: ++id, method, params, ...(sessionId ? { sessionId } : {}) }));
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(String(data)) as { method?: string; params?: { sessionId: string; targetInfo: { type: string } } };
    if (message.method !== 'Target.attachedToTarget' || !message.params) return;
    const { sessionId, targetInfo } = message.params;
    if (targetInfo.type === 'service_worker') send('Emulation.setDataSaverOverride', { dataSaverEnabled: true }, sessionId);
    send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  });
  // Wait for the browser's answer: a worker started before auto-attach is on would install without the
  // override (a busy machine made that happen).
  const autoAttach = id + 1; // the id send() gives its next message
  const answered = new Promise<void>((resolve) =>
    socket.addEventListener('message', ({ data }) => {
      if ((JSON.parse(String(data)) as { id?: number }).id === autoAttach) resolve();
    }),
  );
  send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  await answered;
  return socket;
}

test('a phone that asks to save data gets only the offline pages in advance, not the help and safety pages', async ({ playwright, baseURL }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'save-data-'));
  const executablePath = systemChromium();
  const context = await playwright.chromium.launchPersistentContext(userDataDir, {
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, '--remote-debugging-port=0'],
    baseURL,
    serviceWorkers: 'allow',
    viewport: { width: 360, height: 740 },
  });
  const devtools = await saveDataInServiceWorkers(userDataDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/en/');
    // kept() waits for the worker to be active, so its install (the precaching) has finished.
    for (const path of ['/lo/offline/', '/en/offline/']) await kept(page, path);
    const [worker] = context.serviceWorkers();
    expect(await worker!.evaluate(() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(true);
    for (const path of ['/lo/help/', '/en/help/', '/lo/safety/', '/en/safety/']) {
      expect(await page.evaluate(async (wanted) => Boolean(await caches.match(wanted)), path), path).toBe(false);
    }
    // Offline, the help page the phone did not keep shows the offline page, with the help lines to call.
    await context.setOffline(true);
    await page.goto('/en/help/');
    await expect(page.getByTestId('offline-page')).toBeVisible();
  } finally {
    devtools.close();
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
