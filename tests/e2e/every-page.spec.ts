/**
 * Every page a reader can reach, visited once (see pagesToVisit): it declares its language and links to its
 * counterpart, asks nothing of any host but the site's own, keeps nothing in the browser, sends the security
 * headers with a Content-Security-Policy (header and <meta>, which both apply) that agrees with itself and
 * blocks nothing the page needs, offers the quick exit, passes axe (WCAG 2.2 AA, no serious or critical
 * violation) and, in Lao, splits none of the words in content/settings/lao-words.yaml across lines at 320,
 * 360 or 414 px (loanwords and key terms the browser's dictionary splits, like ການຄ້າ|ມະນຸດ). Checks of one
 * page each belong here rather than in a spec of their own that loads every page again. The tests of a
 * worker share one page (tests/support/reused-page.ts), cleared between them.
 */
import { expect, type Page } from '@playwright/test';
import { parseCsp, uncoveredDirectives } from '../../src/lib/security-headers';
import { laoWords } from '../../src/lib/lao/word-list';
import { axeViolations } from '../support/axe';
import { exitUrl } from '../support/exit-site';
import { splitWordsAtPhoneWidths } from '../support/lao-lines';
import { test } from '../support/reused-page';
import { pagesToVisit } from '../support/site-pages';

const pages = pagesToVisit();
const words = laoWords();

test('both languages are built, the same pages in each, the safety page among them', () => {
  const lo = pages.filter((p) => p.startsWith('/lo/'));
  expect(lo.length).toBeGreaterThan(1);
  expect(pages.filter((p) => p.startsWith('/en/')).map((p) => p.replace('/en/', '/lo/'))).toEqual(lo);
  expect(pages).toEqual(expect.arrayContaining(['/lo/safety/', '/en/safety/', '/', '/404.html']));
  expect(words.length, 'content/settings/lao-words.yaml lists no word to keep whole').toBeGreaterThan(0);
});

/** Pages (reused from test to test, see reused-page.ts) that already report CSP violations to the console. */
const reportingViolations = new WeakSet<Page>();

/** Requests and policy complaints, from before the page loads. */
async function watch(page: Page) {
  const requested: string[] = [];
  const complaints: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy|Permissions[ -]Policy|Refused to/i.test(message.text())) complaints.push(message.text());
  });
  if (!reportingViolations.has(page)) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: CSP violation of ${event.violatedDirective} by ${event.blockedURI}`));
    });
    reportingViolations.add(page);
  }
  return { requested, complaints };
}

for (const path of pages) {
  test(`${path}: language, own host only, nothing stored, security headers, quick exit, axe${path.startsWith('/lo/') ? ', Lao words whole' : ''}`, async ({ readerPage: page, baseURL }) => {
    const ownHost = new URL(baseURL!).host;
    const { requested, complaints } = await watch(page);
    const response = await page.goto(path);
    // The root page sends a browser on to its language: check where it lands.
    if (path === '/') await page.waitForURL(/\/(lo|en)\/$/);
    const landed = new URL(page.url()).pathname;
    const locale = landed.split('/')[1] === 'en' ? 'en' : 'lo';

    await test.step('declares its language and links to the same page in the other one', async () => {
      if (!/^\/(lo|en)\//.test(path)) return;
      const other = locale === 'lo' ? 'en' : 'lo';
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator(`link[rel=alternate][hreflang=${other}]`)).toHaveAttribute('href', new RegExp(`/${other}/`));
      await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);
      const switcher = page.getByTestId('language-switcher');
      await expect(switcher).toHaveAttribute('lang', other);
      await expect(switcher).toHaveAttribute('href', path.replace(`/${locale}/`, `/${other}/`));
    });

    await test.step('sends the security headers, and its <meta> policy agrees with them', async () => {
      const headers = response!.headers();
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-frame-options']).toBe('DENY');
      const headerPolicy = headers['content-security-policy'] ?? '';
      expect(parseCsp(headerPolicy).get('frame-ancestors')).toEqual(["'none'"]);
      for (const directive of ['script-src', 'style-src']) expect(parseCsp(headerPolicy).get(directive)).not.toContain("'unsafe-inline'");
      const metaPolicy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(metaPolicy).toBeTruthy();
      expect(uncoveredDirectives(metaPolicy!, headerPolicy)).toEqual([]);
      await expect(page.locator('meta[name=referrer]')).toHaveAttribute('content', 'no-referrer');
    });

    await test.step('offers the quick exit and the safety advice', async () => {
      await expect(page.getByTestId('quick-exit-link')).toHaveAttribute('href', exitUrl);
      await expect(page.locator(`quick-exit a[href="/${locale}/safety/"]`)).toHaveCount(1);
    });

    // Before scrolling: axe judges a target half under the sticky quick-exit bar by the part still showing,
    // which depends on where the page happens to stop.
    await test.step('axe finds no serious or critical WCAG 2.2 AA violation', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('asks nothing of other hosts and keeps nothing, even once scrolled to the end', async () => {
      // Anything loaded lazily is loaded too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).host !== ownHost)).toEqual([]);
      expect(complaints).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
      // Links to other sites tell them nothing about the reader.
      const external = await page.locator('a[href^="http"], a[href^="//"]').evaluateAll((links) =>
        links.filter((a) => new URL((a as HTMLAnchorElement).href).host !== location.host).map((a) => `${(a as HTMLAnchorElement).href} rel="${a.getAttribute('rel') ?? ''}"`),
      );
      for (const link of external) expect(link).toMatch(/rel="(?=[^"]*\bnoopener\b)(?=[^"]*\bnoreferrer\b)[^"]*"/);
    });

    // Last: it changes the viewport's width.
    if (path.startsWith('/lo/')) {
      await test.step('splits no listed Lao word across lines at 320, 360 or 414 px', async () => {
        expect(await splitWordsAtPhoneWidths(page, words), `${path}: listed Lao words split across lines`).toEqual([]);
      });
    }
  });
}
