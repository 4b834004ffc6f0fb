import { describe, expect, it } from 'vitest';
import { checkFeed, checkPageAlternates, checkSitemaps, isSitemapFile, parseXml } from '../../src/lib/quality/sitemap-feeds';

const origin = 'https://hub.example.org';
const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemap-0.xml</loc></sitemap></sitemapindex>`;
const url = (loc: string, alternates: Record<string, string>) =>
  `<url><loc>${origin}${loc}</loc>${Object.entries(alternates)
    .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${origin}${href}"/>`)
    .join('')}</url>`;
const urlset = (...urls: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>`;
const pageFiles = ['en/index.html', 'lo/index.html', 'en/about/index.html', 'lo/about/index.html'];

function sitemaps(sitemap: string, files = pageFiles, sitemapIndex = index) {
  const texts: Record<string, string> = { 'sitemap-index.xml': sitemapIndex, 'sitemap-0.xml': sitemap };
  return checkSitemaps((file) => texts[file], new Set([...files, 'sitemap-index.xml', 'sitemap-0.xml']), origin).problems.map(
    (problem) => `${problem.file}: ${problem.message}`,
  );
}

describe('checkSitemaps', () => {
  const good = [
    url('/en/', { en: '/en/', lo: '/lo/' }),
    url('/lo/', { en: '/en/', lo: '/lo/' }),
    url('/en/about/', { en: '/en/about/', lo: '/lo/about/' }),
    url('/lo/about/', { en: '/en/about/', lo: '/lo/about/' }),
  ];

  it('accepts a sitemap whose pages exist and whose alternates pair up', () => {
    expect(sitemaps(urlset(...good))).toEqual([]);
  });

  it('refuses XML that is not well-formed', () => {
    expect(sitemaps(urlset(...good).replace('</urlset>', ''))).toEqual([expect.stringMatching(/^sitemap-0\.xml: is not well-formed XML \(line 1: /)]);
    expect(sitemaps(urlset(...good), pageFiles, '<sitemapindex><sitemap>')).toEqual([expect.stringContaining('sitemap-index.xml: is not well-formed XML')]);
  });

  it('refuses a page that is not in the built site, and one listed twice', () => {
    expect(sitemaps(urlset(...good, url('/en/gone/', {}), good[0]!))).toEqual([
      'sitemap-0.xml: lists "https://hub.example.org/en/gone/" is not a page or file of the built site',
      'sitemap-0.xml: lists https://hub.example.org/en/ twice',
    ]);
  });

  it('refuses addresses on another host (a build without SITE_URL deployed elsewhere)', () => {
    expect(sitemaps(urlset(good[0]!.replace(origin, 'http://localhost:4321'), ...good.slice(1)))).toContainEqual(
      expect.stringContaining('is not on the site (https://hub.example.org): build with SITE_URL set to the public address'),
    );
  });

  it('refuses alternates that do not pair up', () => {
    expect(
      sitemaps(
        urlset(
          url('/en/', { en: '/en/', lo: '/lo/' }),
          url('/lo/', { en: '/en/about/', lo: '/lo/' }),
          url('/en/about/', { en: '/en/about/', lo: '/lo/about/' }),
          url('/lo/about/', { en: '/en/about/' }),
        ),
      ),
    ).toEqual([
      'sitemap: https://hub.example.org/en/ names https://hub.example.org/lo/ as its "lo" version, but https://hub.example.org/lo/ does not name https://hub.example.org/en/ back',
      'sitemap: https://hub.example.org/lo/ names https://hub.example.org/en/about/ as its "en" version, but https://hub.example.org/en/about/ does not name https://hub.example.org/lo/ back',
      'sitemap: https://hub.example.org/lo/about/ does not list itself among its language alternates',
    ]);
  });
});

describe('checkPageAlternates', () => {
  const head = (links: string) => `<!doctype html><html><head>${links}</head><body></body></html>`;
  it('accepts pages that name each other, ignoring x-default', () => {
    const pages = new Map([
      ['en/about/index.html', head('<link rel="alternate" hreflang="lo" href="/lo/about/"><link rel="alternate" hreflang="en" href="/en/about/"><link rel="alternate" hreflang="x-default" href="/">')],
      ['lo/about/index.html', head('<link rel="alternate" hreflang="lo" href="/lo/about/"><link rel="alternate" hreflang="en" href="/en/about/">')],
    ]);
    expect(checkPageAlternates(pages, origin)).toEqual([]);
  });
  it('refuses a page whose twin does not name it back', () => {
    const pages = new Map([
      ['en/about/index.html', head('<link rel="alternate" hreflang="lo" href="/lo/about/"><link rel="alternate" hreflang="en" href="/en/about/">')],
      ['lo/about/index.html', head('<link rel="alternate" hreflang="lo" href="/lo/about/"><link rel="alternate" hreflang="en" href="/en/">')],
    ]);
    expect(checkPageAlternates(pages, origin).map((problem) => problem.message)).toEqual([
      'https://hub.example.org/en/about/ names https://hub.example.org/lo/about/ as its "lo" version, but https://hub.example.org/lo/about/ does not name https://hub.example.org/en/about/ back',
      'https://hub.example.org/lo/about/ names https://hub.example.org/en/ as its "en" version, which is not in the pages',
    ]);
  });
});

describe('checkFeed', () => {
  const files = new Set(['en/updates/a/index.html', 'en/updates/index.html']);
  const rss = (items: string, channel = `<title>News</title><link>${origin}/en/updates/</link><description>Latest</description>`) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
  const item = (title: string, link: string, pubDate: string) => `<item><title>${title}</title><link>${link}</link><pubDate>${pubDate}</pubDate></item>`;
  const check = (xml: string) => checkFeed('en/rss.xml', xml, files, origin).map((problem) => problem.message);

  it('accepts an RSS 2.0 feed whose items have a title, a link on the site and a date', () => {
    expect(check(rss(item('A &amp; B', `${origin}/en/updates/a/`, 'Tue, 25 Nov 2025 00:00:00 GMT')))).toEqual([]);
  });

  it('refuses a feed without items, or items without title, working link or date', () => {
    expect(check(rss(''))).toEqual(['has no <item>: a feed readers subscribe to must list something']);
    expect(
      check(
        rss(
          item('', `${origin}/en/updates/a/`, 'Tue, 25 Nov 2025 00:00:00 GMT') +
            item('Gone', `${origin}/en/updates/gone/`, 'Tue, 25 Nov 2025 00:00:00 GMT') +
            item('Relative', '/en/updates/a/', 'Tue, 25 Nov 2025 00:00:00 GMT') +
            item('Undated', `${origin}/en/updates/a/`, '') +
            item('Badly dated', `${origin}/en/updates/a/`, '2025-11-25'),
        ),
      ),
    ).toEqual([
      'item 1 has no <title>',
      'item 2 ("Gone")\'s link: "https://hub.example.org/en/updates/gone/" is not a page or file of the built site',
      'item 3 ("Relative")\'s link "/en/updates/a/" is not an absolute address (https://…)',
      'item 4 ("Undated") has no <pubDate>',
      'item 5 ("Badly dated")\'s <pubDate> "2025-11-25" is not an RFC 822 date like "Tue, 25 Nov 2025 00:00:00 GMT"',
    ]);
  });

  it('refuses a channel without its title, link or description, and broken XML', () => {
    expect(check(rss(item('A', `${origin}/en/updates/a/`, 'Tue, 25 Nov 2025 00:00:00 GMT'), '<title>News</title>'))).toEqual([
      '<channel> has no <link>',
      '<channel> has no <description>',
    ]);
    expect(check('<rss version="2.0"><channel>')).toEqual([expect.stringContaining('is not well-formed XML')]);
  });

  it('checks Atom feeds too', () => {
    const atom = (entry: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>${entry}</feed>`;
    expect(check(atom(`<entry><title>A</title><link href="${origin}/en/updates/a/"/><updated>2025-11-25T00:00:00Z</updated></entry>`))).toEqual([]);
    expect(check(atom(`<entry><title>A</title><link href="${origin}/en/updates/a/"/></entry>`))).toEqual([
      'entry 1 ("A") has no <updated> date like 2025-11-25T00:00:00Z',
    ]);
  });
});

describe('helpers', () => {
  it('tells sitemaps from feeds', () => {
    expect(['sitemap-index.xml', 'sitemap-0.xml', 'en/rss.xml', 'lo/updates/rss.xml'].filter(isSitemapFile)).toEqual(['sitemap-index.xml', 'sitemap-0.xml']);
  });
  it('parses well-formed XML', () => {
    expect(parseXml('<a><b>1</b></a>')).toEqual({ data: { a: { b: 1 } } });
  });
});
