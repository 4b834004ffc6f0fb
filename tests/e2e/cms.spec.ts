/**
 * The CMS at /admin/: a staff member creates a news update in Lao and English and saves it; the two files it
 * writes pass the content check the build runs. The built config is used as it is, except that it saves to
 * Sveltia's test repository (files kept in the browser's private file system, which the test then reads)
 * instead of GitHub. Also: self-hosted, noindex, its own CSP, and kept out of the sitemap and search.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { parseHeadersFile, headersFor, parseCsp, metaCsp } from '../../src/lib/security-headers';
import { indexDecision } from '../../src/lib/search/indexable';
import { contentCheck } from '../support/content-schemas';

const dist = path.resolve(import.meta.dirname, '../../dist');

test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, locale: 'en-GB' });
// The CMS is a 2 MB script: on two shared cores under load it can take half a minute to start. Generous
// limits, no timing assertions.
test.describe.configure({ timeout: 300_000 });
const starting = { timeout: 150_000 };

/** Opens /admin/ and waits for the CMS to show its sign-in screen. */
async function openCms(page: Page) {
  const response = await page.goto('/admin/', { waitUntil: 'commit' });
  await expect(page.getByRole('button', { name: 'Work with Test Repository' })).toBeVisible(starting);
  return response;
}

/** Serves the built /admin/config.yml with the test repository as its backend. */
async function useTestRepository(page: Page) {
  await page.route(/\/admin\/config\.yml(\?|$)/, async (route) => {
    const response = await route.fetch();
    const config = parse(await response.text()) as Record<string, unknown>;
    config.backend = { name: 'test-repo' };
    await route.fulfill({ response, body: stringify(config) });
  });
}

/** A file the test repository saved: it lives in the origin private file system under sveltia-cms-test/. */
function savedFile(page: Page, file: string): Promise<string> {
  return page.evaluate(async (parts) => {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    return (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, file.split('/'));
}

test('a news update saved in the CMS in both languages passes the content check', async ({ page }) => {
  const blocked: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP blocked')) blocked.push(message.text());
  });
  await useTestRepository(page);
  await openCms(page);
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.goto('/admin/#/collections/updates/new', { waitUntil: 'commit' });

  await expect(page.getByRole('textbox', { name: 'Title' }).first()).toBeVisible(starting);
  await page.getByRole('textbox', { name: 'Title' }).first().fill('ກອງປະຊຸມໃໝ່');
  await page.getByRole('textbox', { name: 'Description' }).first().fill('ສະຫຼຸບສັ້ນໆ ກ່ຽວກັບກອງປະຊຸມ.');
  await page.getByRole('textbox', { name: 'Text' }).first().fill('ກອງປະຊຸມຈະຈັດຂຶ້ນໃນເດືອນໜ້າ.');
  await page.getByRole('button', { name: 'Today' }).first().click();
  await page.getByRole('combobox', { name: 'Topics' }).first().click();
  await page.getByRole('option', { name: /Human trafficking/ }).click();
  await page.getByRole('textbox', { name: 'Slug' }).fill('new-meeting');

  await page.getByRole('radio', { name: 'English' }).first().click();
  await page.getByRole('textbox', { name: 'Title' }).first().fill('A new meeting');
  await page.getByRole('textbox', { name: 'Description' }).first().fill('A short summary of the meeting.');
  await page.getByRole('textbox', { name: 'Text' }).first().fill('The meeting takes place next month.');

  await page.getByRole('button', { name: 'Save' }).click();
  // Saved: the editor closes and the entry is listed in the collection.
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0, starting);

  for (const language of ['lo', 'en']) {
    const file = `content/updates/${language}/new-meeting.mdx`;
    const text = await savedFile(page, file);
    expect(text).toContain(language === 'lo' ? 'ກອງປະຊຸມໃໝ່' : 'A new meeting');
    expect(text).toContain(language === 'lo' ? 'ກອງປະຊຸມຈະຈັດຂຶ້ນໃນເດືອນໜ້າ.' : 'The meeting takes place next month.');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^reviewNeeded: true$/m);
    expect(await contentCheck(file, text), `${file}:\n${text}`).toEqual([]);
  }
  // Only other hosts are refused (the CMS's update check and web fonts): nothing of the site is blocked.
  expect(blocked.filter((line) => /localhost|'self'|blob:|data:/.test(line))).toEqual([]);
});

test('the CMS is self-hosted, noindex, out of the sitemap and search, with its own CSP on /admin/ only', async ({ page, request }) => {
  const hosts = new Set<string>();
  page.on('requestfinished', (finished) => hosts.add(new URL(finished.url()).host));
  await useTestRepository(page);
  const response = await openCms(page);
  expect([...hosts]).toEqual([new URL(page.url()).host]);

  const html = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
  expect(html).toContain('<script src="sveltia-cms.js"></script>');
  expect((await request.get('/admin/sveltia-cms.js')).status()).toBe(200);

  const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
  const adminPolicy = parseCsp(headersFor(rules, '/admin/')['content-security-policy']!);
  const sitePolicy = parseCsp(headersFor(rules, '/en/')['content-security-policy']!);
  expect(response!.headers()['content-security-policy']).toBe(headersFor(rules, '/admin/')['content-security-policy']);
  expect(parseCsp(metaCsp(html)!).get('connect-src')).toEqual(adminPolicy.get('connect-src'));
  // The CMS's needs stay on /admin/: readers' pages allow no inline style, no GitHub API, no blob:.
  expect(adminPolicy.get('connect-src')).toContain('https://api.github.com');
  expect(sitePolicy.get('connect-src')).toEqual(["'self'"]);
  expect(sitePolicy.get('style-src')).not.toContain("'unsafe-inline'");
  expect(adminPolicy.get('script-src')).toEqual(["'self'"]);

  const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).not.toContain('/admin');
  // The search index leaves the CMS out (src/lib/indexability.ts).
  expect(indexDecision('/admin/', html)).toEqual({ index: false, reason: 'admin' });
});
