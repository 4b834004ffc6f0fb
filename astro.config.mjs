// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentDir } from './src/lib/content-dir';
import { translationReportIntegration } from './src/integrations/translation-report';
import securityHeaders from './src/integrations/security-headers';
import qualityGates from './src/integrations/quality-gates';
import { externalLinks } from './src/lib/external-links';
import { cspDirectives, scriptResources, styleResources } from './src/lib/security-headers';
import { isUnlistedPosterPage } from './src/lib/posters';
import searchIndex from './src/integrations/search-index';
import shareImages from './src/integrations/share-images';

/** The public address the site is deployed at: set SITE_URL when building for production. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Fixture builds in tests use their own cache, so they never mix with the real content's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [
    mdx(),
    translationReportIntegration(contentDir),
    sitemap({
      i18n: { defaultLocale: 'lo', locales: { lo: 'lo', en: 'en' } },
      filter: (page) => !page.endsWith('/404/') && new URL(page).pathname !== '/' && !isUnlistedPosterPage(new URL(page).pathname),
    }),
    searchIndex(),
    shareImages(),
    securityHeaders(),
    // Keep last: it checks the links in everything the integrations above write.
    qualityGates(),
  ],
  // Every page gets a <meta> CSP with its inline scripts' and styles' hashes; dist/_headers repeats it.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
  },
  // Shiki's inline styles would need 'unsafe-inline' styles; campaign content has no code to highlight.
  markdown: { processor: satteri({ hastPlugins: [externalLinks] }), syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
