/**
 * The sitemap (@astrojs/sitemap, with language alternates) lists the pages src/lib/indexability.ts says to
 * list. A path cannot tell one fact (whether the page stands in for a missing translation): the one pass
 * over the built pages (built-pages.ts) records it for each page, before the sitemap's filter asks, so the
 * pass's integration must come before these in astro.config.mjs.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defaultLocale, locales } from '../i18n/locales';
import { withoutBase } from '../i18n/urls';
import { indexability, pageFacts, type PageFacts } from '../lib/indexability';
import { pagePath } from '../lib/quality/links';
import type { PagePass } from './built-pages';

export default function indexableSitemap(): { pass: PagePass; integrations: AstroIntegration[] } {
  let base = '/';
  /** By path without the base ('/lo/about/'). */
  const facts = new Map<string, PageFacts>();
  const pass: PagePass = {
    name: 'sitemap',
    page: ({ file, html }) => {
      facts.set(pagePath(file), pageFacts(html));
    },
  };
  return {
    pass,
    integrations: [
      {
        name: 'sitemap-base',
        hooks: {
          'astro:config:done': ({ config }) => {
            base = config.base;
          },
        },
      },
      sitemap({
        i18n: { defaultLocale, locales: Object.fromEntries(locales.map((locale) => [locale, locale])) },
        filter: (page) => {
          const pathname = withoutBase(new URL(page).pathname, base);
          // A page the pass did not see has no built file: it states nothing (as an empty page would).
          return indexability(pathname, facts.get(decodeURIComponent(pathname)) ?? pageFacts('')).sitemap;
        },
      }),
    ],
  };
}
