// @ts-check
import { defineConfig } from 'astro/config';
import sharp from 'sharp';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { contentDir } from './src/lib/content-dir';
import { translationReportIntegration } from './src/integrations/translation-report';
import { securityHeadersPass } from './src/integrations/security-headers';
import qualityGates, { linkScanPass } from './src/integrations/quality-gates';
import { externalLinks } from './src/integrations/external-links';
import { siteLinks } from './src/integrations/site-links';
import { cspDirectives, scriptResources, styleResources } from './src/lib/security-headers';
import searchIndex, { searchIndexPass } from './src/integrations/search-index';
import indexableSitemap from './src/integrations/sitemap';
import { readSiteAddress } from './src/lib/site-address';
import { shareImagesPass } from './src/integrations/share-images';
import builtPages from './src/integrations/built-pages';
import { pageStylesheetsPass } from './src/integrations/page-stylesheets';
import { dataStoreFile } from './src/integrations/data-store-file';

/**
 * The public address (content/settings/site.yaml `url:`, or SITE_URL), else a local preview address. Its
 * path is the base the site is served under: https://org.github.io/repo/ → every address starts /repo/.
 */
const { url: site, base } = readSiteAddress(contentDir);

// libvips keeps recent operations and their pixels (up to 50 MB of native memory, which the build's heap
// limit does not bound). A build makes each picture once, so the cache raised its peak memory and saved no
// time (3,000 stories per language: 1,569,772 kB with it, 1,500,664 kB without; docs/performance.md).
sharp.cache(false);

/** Where the browser's scripts go, named by their module and content (the hash keeps names unique). */
const scriptFileName = (/** @type {{ name: string }} */ chunk) =>
  `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '').replace(/[^\w.-]/g, '_')}.[hash].js`;

// Sitemap, robots <meta> and search index follow one table: src/lib/indexability.ts.
const sitemap = indexableSitemap();
const links = linkScanPass();

export default defineConfig({
  site: site.href,
  base,
  trailingSlash: 'always',
  // Four pages rendered at a time: one at a time, the build's thread sat idle 35-45% of the render while each
  // page's file was written (1,000 stories per language: 15.3-15.9 s to render, 12.4-12.5 s four at a time,
  // the same output byte for byte; docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  outDir: process.env.OUT_DIR ?? './dist',
  // Fixture builds in tests use their own cache, so they never mix with the real content's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [
    mdx(),
    // The pages read the content data store from its file, not from a bundled copy (memory at scale).
    dataStoreFile(),
    translationReportIntegration(contentDir),
    // Serves the last build's search index in dev.
    searchIndex(),
    // Every built page read once, for each step that needs the pages. The steps that rewrite pages come first:
    // the stylesheet split, then the CSP trim; the link scan then sees the split stylesheets.
    builtPages([pageStylesheetsPass(), securityHeadersPass(), shareImagesPass(), searchIndexPass(), sitemap.pass, links]),
    // After the pass, whose sitemap step records what the sitemap's filter asks.
    ...sitemap.integrations,
    // Keep last: it checks the links in everything the integrations above write.
    qualityGates(links),
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
  markdown: { processor: satteri({ hastPlugins: [externalLinks, siteLinks(base)] }), syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts as files, never inlined: a file is cached for a year and shared by every page (a reader's next
    // page costs only its HTML), and the CSP <meta> then lists no script hashes (about 0.7 kB per page that
    // gzip cannot shrink). Other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) },
    // A component's script is named after the component alone (`QuickExit.<hash>.js`), not
    // `QuickExit.astro_astro_type_script_index_0_lang.<hash>.js`: every page names three or four of them.
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: scriptFileName, chunkFileNames: scriptFileName } } } } },
  },
  devToolbar: { enabled: false },
});
