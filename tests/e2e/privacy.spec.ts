/**
 * Every page, in both languages: it asks nothing of any host but the site's own, keeps nothing in the browser,
 * sends the security headers, and its Content-Security-Policy (header and <meta>, which both apply) agrees
 * with itself and blocks nothing the page needs.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site-pages';
import { exitUrl } from '../support/exit-site';
import { parseCsp, uncoveredDirectives } from '../../src/lib/security-headers';

const pages = [...sitemapPaths(), '/', '/404.html'];

test('the sitemap has pages in both languages, the safety page among them', () => {
  expect(pages).toEqual(expect.arrayContaining(['/lo/safety/', '/en/safety/']));
});

for (const path of pages) {
  test(`${path}: only the site's own host, nothing stored, security headers and no CSP violation`, async ({ page, context, baseURL }) => {
    const ownHost = new URL(baseURL!).host;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const complaints: string[] = [];
    page.on('console', (message) => {
      if (/Content[ -]Security[ -]Policy|Permissions[ -]Policy|Refused to/i.test(message.text())) complaints.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: CSP violation of ${event.violatedDirective} by ${event.blockedURI}`));
    });

    const response = await page.goto(path);
    // The root page sends a browser on to its language; wait for where it lands.
    await page.waitForLoadState('networkidle');
    // Scroll to the end so anything loaded lazily is loaded too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    const elsewhere = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).host !== ownHost);
    expect(elsewhere).toEqual([]);
    expect(complaints).toEqual([]);

    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);

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

    // The quick exit and the safety advice are on every page.
    await expect(page.getByTestId('quick-exit-link')).toHaveAttribute('href', exitUrl);
    const locale = new URL(page.url()).pathname.split('/')[1] || 'lo';
    await expect(page.locator(`quick-exit a[href="/${['lo', 'en'].includes(locale) ? locale : 'lo'}/safety/"]`)).toHaveCount(1);

    // Links to other sites tell them nothing about the reader.
    const external = await page.locator('a[href^="http"], a[href^="//"]').evaluateAll((links) =>
      links.filter((a) => new URL((a as HTMLAnchorElement).href).host !== location.host).map((a) => `${(a as HTMLAnchorElement).href} rel="${a.getAttribute('rel') ?? ''}"`),
    );
    for (const link of external) expect(link).toMatch(/rel="(?=[^"]*\bnoopener\b)(?=[^"]*\bnoreferrer\b)[^"]*"/);
  });
}
