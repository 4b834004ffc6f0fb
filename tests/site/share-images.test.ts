/**
 * Every page in the sitemap names a share image (Open Graph) that exists in dist/: 1200×630, at most
 * 300 kB, with its size and a text alternative in the page; a title card on a Lao page carries Lao.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../support/site-pages';

const dist = path.resolve(import.meta.dirname, '../../dist');
const meta = (html: string, property: string): string | undefined =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
const LAO = /[\u0E80-\u0EFF]/u;

describe('share images', () => {
  const pages = sitemapPaths(dist);

  it(`every sitemap page (${pages.length}) has a 1200×630 og:image of at most 300 kB, with its size and alt`, async () => {
    const problems: string[] = [];
    const checked = new Map<string, string | undefined>();
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      const image = meta(html, 'og:image');
      if (!image) {
        problems.push(`${page}: no og:image`);
        continue;
      }
      if (meta(html, 'og:image:width') !== '1200' || meta(html, 'og:image:height') !== '630') problems.push(`${page}: og:image:width/height are not 1200/630`);
      const alt = meta(html, 'og:image:alt');
      if (!alt?.trim()) problems.push(`${page}: no og:image:alt`);
      if (page.startsWith('/lo/') && new URL(image).pathname.startsWith('/og/') && !LAO.test(alt ?? '')) problems.push(`${page}: its title card has no Lao title`);
      const file = path.join(dist, decodeURI(new URL(image).pathname));
      if (!checked.has(file)) {
        let problem: string | undefined;
        if (!existsSync(file)) problem = 'does not exist';
        else {
          const { width, height, format } = await sharp(file).metadata();
          const bytes = statSync(file).size;
          if (width !== 1200 || height !== 630) problem = `is ${width}×${height}`;
          else if (bytes > 300_000) problem = `is ${bytes} bytes`;
          else if (format !== 'png' && format !== 'jpeg') problem = `is ${format}`;
        }
        checked.set(file, problem);
      }
      const problem = checked.get(file);
      if (problem) problems.push(`${page}: ${image} ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});
