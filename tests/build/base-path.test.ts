/**
 * A site published under a path, as GitHub Pages publishes a project site (https://org.github.io/repo/):
 * built as the deploy workflow builds it (`npm run build:release` with SITE_URL), every link, asset, feed,
 * sitemap entry, canonical, search result and QR code leads to an address under /hub/ that exists, and a
 * reader can search it when it is served under /hub/. A release build without a public address stops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLinkProblem, scanPage } from '../../src/lib/quality/links';
import { checkBuiltSite, listFiles } from '../../src/lib/quality/site-files';
import { checkFeed, checkSitemaps, isSitemapFile } from '../../src/lib/quality/sitemap-feeds';
import { chromiumArgs, systemChromium } from '../support/browser';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import { indexedPages } from '../support/search-bundle';
import { hasPreviewStamp } from '../support/preview-stamp';

const site = 'https://example.org/hub/';

describe('a release build published under /hub/', () => {
  let build: FixtureBuild;
  let files: string[];
  const html = () => files.filter((file) => file.endsWith('.html'));

  beforeAll(() => {
    build = buildFixture('base-path', { args: ['--release'], env: { SITE_URL: site } });
    files = build.ok ? listFiles(build.outDir) : [];
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain(`Building for ${site}`);
  });

  it('writes every href, src and srcset of every page under /hub/, and each leads to a file of the build', () => {
    const outside: string[] = [];
    for (const file of html()) {
      for (const ref of scanPage(build.read(file)).refs) {
        if (ref.url.startsWith('/') && !ref.url.startsWith('/hub/')) outside.push(`${file}: <${ref.tag} ${ref.attr}="${ref.url}">`);
      }
    }
    expect(html().length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
    expect(checkBuiltSite(build.outDir, site).problems.map(formatLinkProblem)).toEqual([]);
  });

  it('turns a link staff wrote from the root (/en/about/) into one under /hub/', () => {
    expect(build.read('en/links/index.html')).toContain('href="/hub/en/about/"');
    expect(build.read('lo/links/index.html')).toContain('href="/hub/lo/about/"');
  });

  it('gives canonical and language addresses under /hub/', () => {
    const page = build.read('en/links/index.html');
    expect(page).toContain('<link rel="canonical" href="https://example.org/hub/en/links/">');
    expect(page).toContain('<link rel="alternate" hreflang="lo" href="https://example.org/hub/lo/links/">');
    expect(page).toContain('<link rel="alternate" hreflang="x-default" href="https://example.org/hub/">');
  });

  it('lists sitemap pages and feed items under /hub/ that exist, and announces the sitemap there', () => {
    const read = (file: string) => (files.includes(file) ? build.read(file) : undefined);
    const sitemap = checkSitemaps(read, new Set(files), site);
    expect(sitemap.problems).toEqual([]);
    expect(sitemap.entries.map((entry) => entry.loc)).toContain('https://example.org/hub/en/links/');
    expect(sitemap.entries.filter((entry) => !entry.loc.startsWith(site))).toEqual([]);
    const feeds = files.filter((file) => file.endsWith('.xml') && !isSitemapFile(file));
    expect(feeds).toEqual(['en/rss.xml', 'lo/rss.xml']);
    expect(feeds.flatMap((feed) => checkFeed(feed, build.read(feed), new Set(files), site))).toEqual([]);
    expect(build.read('en/rss.xml')).toContain('<link>https://example.org/hub/en/updates/news-under-a-path/</link>');
    expect(build.read('robots.txt')).toContain('Sitemap: https://example.org/hub/sitemap-index.xml');
  });

  it('indexes pages for search at their addresses under /hub/', () => {
    const urls = indexedPages(path.join(build.outDir, 'pagefind')).map((page) => page.url);
    expect(urls).toContain('/hub/en/links/');
    expect(urls.filter((url) => !url.startsWith('/hub/'))).toEqual([]);
  });

  it('prints a QR code that opens the poster’s page under /hub/, with no preview stamp', async () => {
    const png = readFileSync(path.join(build.outDir, 'posters/scan-me-en.png'));
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe('https://example.org/hub/en/posters/scan-me/');
    expect(await hasPreviewStamp(png)).toBe(false);
    const pdf = await PDFDocument.load(readFileSync(path.join(build.outDir, 'posters/scan-me-en-a4.pdf')));
    expect(pdf.getSubject()).toBe('https://example.org/hub/en/posters/scan-me/');
  });

  describe('served under /hub/', () => {
    let server: ChildProcess | undefined;
    let origin = '';

    beforeAll(async () => {
      server = spawn(process.execPath, ['scripts/serve.mjs', build.outDir, '0', '/hub/'], { stdio: ['ignore', 'pipe', 'inherit'] });
      origin = await new Promise<string>((resolve, reject) => {
        server!.stdout!.on('data', (chunk: Buffer) => {
          const address = /at (http:\/\/localhost:\d+)\/hub\//.exec(chunk.toString())?.[1];
          if (address) resolve(address);
        });
        server!.once('exit', (code) => reject(new Error(`scripts/serve.mjs stopped (exit ${code})`)));
      });
    });

    afterAll(() => {
      server?.kill();
    });

    it('finds a page when a reader searches, and the result opens it', async () => {
      const executablePath = systemChromium();
      const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
      try {
        const page = await browser.newPage();
        const failed: string[] = [];
        page.on('response', (response) => {
          if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(`${origin}/hub/en/search/`);
        await page.getByRole('searchbox').fill('pangolin');
        await page.getByRole('searchbox').press('Enter');
        const result = page.locator('.search-result a').first();
        await result.waitFor();
        expect(await result.getAttribute('href')).toBe('/hub/en/links/');
        await result.click();
        await page.waitForURL(`${origin}/hub/en/links/`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Links on a site under a path');
        expect(failed).toEqual([]);
      } finally {
        await browser.close();
      }
    });

    it('sends a visitor of the bare host to the site', async () => {
      const response = await fetch(`${origin}/`, { redirect: 'manual' });
      expect(response.headers.get('location')).toBe('/hub/');
      expect((await fetch(`${origin}/en/links/`)).status).toBe(404);
    });
  });
});

describe('a release build without a public address', () => {
  it('stops before building, with one message saying where to set the address, and publishes nothing', () => {
    const build = buildFixture('base-path', { args: ['--release'], env: { SITE_URL: '' } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain("Release build stopped: A release build needs the site's public address, but it is http://localhost:4321/");
    expect(build.output).toContain('Set url: in content/settings/site.yaml');
    expect(build.distExists).toBe(false);
  });
});
