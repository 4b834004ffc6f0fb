/**
 * The sitemap (@astrojs/sitemap, with language alternates) lists the pages src/lib/indexability.ts says to
 * list. Its filter runs once the pages are written, so it reads each page back for the one fact a path
 * cannot tell (whether it stands in for a missing translation), as the search indexer does.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../i18n/locales';
import { withoutBase } from '../i18n/urls';
import { indexability, pageFacts } from '../lib/indexability';

/** The built HTML of a page path ('/lo/about/' → <outDir>/lo/about/index.html), or '' if there is none. */
function builtPage(outDir: string, pathname: string): string {
  const file = path.join(outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

export default function indexableSitemap(): AstroIntegration[] {
  let outDir = '';
  let base = '/';
  return [
    {
      name: 'sitemap-out-dir',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          base = config.base;
        },
      },
    },
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((locale) => [locale, locale])) },
      filter: (page) => {
        const pathname = withoutBase(new URL(page).pathname, base);
        return indexability(pathname, pageFacts(builtPage(outDir, pathname))).sitemap;
      },
    }),
  ];
}
