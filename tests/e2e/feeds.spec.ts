/** The news feed of each language: valid RSS 2.0 listing that language's news, announced by every page. */
import { expect, test } from '@playwright/test';
import { distHtml, entryPaths } from '../support/reading';
import { sitemapPaths } from '../support/site-pages';
import { headingText } from '../support/html-text';

const pages = sitemapPaths();

for (const locale of ['lo', 'en'] as const) {
  test(`${locale}: /${locale}/rss.xml is valid RSS 2.0 and lists the news, newest first`, async ({ page, request, baseURL }) => {
    const response = await request.get(`/${locale}/rss.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();

    await page.goto('/en/');
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const text = (el: Element | Document, selector: string) => el.querySelector(selector)?.textContent ?? null;
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        title: text(doc, 'channel > title'),
        link: text(doc, 'channel > link'),
        description: text(doc, 'channel > description'),
        language: text(doc, 'channel > language'),
        items: [...doc.querySelectorAll('channel > item')].map((item) => ({
          title: text(item, 'title'),
          link: text(item, 'link'),
          guid: text(item, 'guid'),
          pubDate: text(item, 'pubDate'),
          description: text(item, 'description'),
        })),
      };
    }, xml);

    expect(feed.parseError).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect(feed.title).toBeTruthy();
    expect(feed.description).toBeTruthy();
    expect(feed.link).toMatch(/^https?:\/\//);
    expect(feed.language).toBe(locale === 'lo' ? 'lo-LA' : 'en-GB');

    const news = entryPaths(pages, 'updates', locale);
    expect(news.length).toBeGreaterThanOrEqual(4);
    expect(feed.items.map((item) => new URL(item.link!).pathname).sort()).toEqual([...news].sort());
    const times = feed.items.map((item) => Date.parse(item.pubDate!));
    expect(times.every((time) => !Number.isNaN(time))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of feed.items) {
      // RFC 822 dates, as RSS 2.0 requires: "Wed, 11 Jan 2023 00:00:00 GMT".
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.guid).toBe(item.link);
      const itemPath = new URL(item.link!).pathname;
      expect((await request.get(new URL(itemPath, baseURL).href)).status()).toBe(200);
      // The item's title is the news page's heading.
      expect(headingText(distHtml(itemPath))).toBe(item.title);
    }
  });
}

test('every page announces the feed in its own language', () => {
  for (const path of pages) {
    const locale = path.split('/')[1];
    const links = [...distHtml(path).matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(links, path).toEqual([`/${locale}/rss.xml`]);
  }
});
