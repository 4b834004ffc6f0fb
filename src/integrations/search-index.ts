/**
 * Builds the search index (Pagefind) from the built pages in `astro build`: one bundle in dist/pagefind/ with
 * one index per language (Pagefind splits on <html lang>). Each page's Lao text is segmented into syllables
 * in the copy handed to the indexer (src/lib/search); the pages readers get are not changed.
 *
 * A worker thread does the segmenting and feeds Pagefind (search-indexer.ts). It starts with the build and
 * gets each page as Astro renders it (src/middleware.ts, src/lib/search/rendered-pages.ts); the pass over the
 * built pages (built-pages.ts) then tells it the order of the site's pages, hands over those the render did
 * not (404.html, files from public/), and waits for the bundle at its end. Pagefind indexes meanwhile, on the
 * other core, while the pass does its other steps. Pages reach Pagefind in path order, so the same site gives
 * the same files. What the pass changes in a page (stylesheet links, the CSP <meta>, print rules in the
 * head) is outside what Pagefind reads of it.
 *
 * In `astro dev` there are no built pages to index: /pagefind/ is served from the last build's output, so
 * search works (on the content of that build) after one `npm run build`.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlFiles, runPagePasses, type PagePass, type PassContext } from './built-pages';
import type { IndexReport } from './search-index-worker';
import { startSearchIndexer, type SearchIndexer } from './search-indexer';
import { receiveRenderedPages } from '../lib/search/rendered-pages';
import { withBase } from '../i18n/urls';

/** Where the bundle goes, inside the output folder; the search page loads /pagefind/pagefind.js. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's own interfaces (no Lao strings; the site has its own) and its web worker (the search page runs
 * Pagefind with noWorker): never requested, not worth deploying.
 */
export const UNUSED_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexReport extends IndexReport {
  outputPath: string;
}

/** The indexer started with the build, and the pages the render handed it (search-index integration). */
interface RenderIndexing {
  indexer: SearchIndexer;
  rendered: Set<string>;
}
let renderIndexing: RenderIndexing | undefined;

/** From now on, each page rendered goes to a new indexer, for the pass to take over (`searchIndexPass`). */
function indexWhileRendering(base: string): void {
  // A build in this process that failed before its pass left its indexer: stop it (and its Pagefind).
  void takeRenderIndexing()?.indexer.stop();
  const indexing: RenderIndexing = { indexer: startSearchIndexer(base), rendered: new Set() };
  renderIndexing = indexing;
  receiveRenderedPages({
    add: (file, html) => {
      indexing.rendered.add(file);
      return indexing.indexer.add(file, html);
    },
  });
}

/** The indexer the render fed, if any, for the pass to finish; the render hands over nothing more. */
function takeRenderIndexing(): RenderIndexing | undefined {
  receiveRenderedPages(undefined);
  const taken = renderIndexing;
  renderIndexing = undefined;
  return taken;
}

/**
 * The indexing as a step of the one pass over the built pages (built-pages.ts): the indexer the render fed
 * (or, with none, a new one) learns the order of the pages and gets those it has not had as the pass reads
 * them; the bundle is written at the end. Throws (failing the build) on any error. Results link to the
 * pages' addresses under the site's base path. `onReport` receives what was indexed and left out.
 */
export function searchIndexPass(outputPath?: string, onReport?: (report: SearchIndexReport) => void): PagePass {
  let indexer: SearchIndexer | undefined;
  let rendered: ReadonlySet<string> = new Set();
  let bundle = '';
  return {
    name: 'search index',
    begin: (context) => {
      bundle = outputPath ?? path.join(context.root, BUNDLE_DIR);
      const taken = takeRenderIndexing();
      indexer = taken?.indexer ?? startSearchIndexer(context.base);
      rendered = taken?.rendered ?? rendered;
      indexer.order(context.files);
    },
    page: ({ file, html }) => (rendered.has(file) ? undefined : indexer!.add(file, html)),
    finish: async ({ logger }) => {
      const report: SearchIndexReport = { ...(await indexer!.finish(bundle, UNUSED_FILES)), outputPath: bundle };
      indexer = undefined;
      const indexed = Object.entries(report.indexed)
        .map(([language, urls]) => `${language} ${urls.length}`)
        .join(', ');
      const skipped = Object.entries(report.skipped)
        .map(([reason, urls]) => `${urls.length} ${reason}`)
        .join(', ');
      const early = rendered.size > 0 ? ` ${rendered.size} pages were segmented as they were rendered.` : '';
      logger.info(`Indexed pages: ${indexed || 'none'} (left out: ${skipped || 'none'}).${early}`);
      onReport?.(report);
    },
    abort: async () => {
      await indexer?.stop();
      indexer = undefined;
    },
  };
}

/** Indexes the built site in `distDir` on its own (as the build's pass does) and writes the bundle. */
export async function buildSearchIndex(distDir: string, outputPath = path.join(distDir, BUNDLE_DIR), base = '/'): Promise<SearchIndexReport> {
  let report: SearchIndexReport | undefined;
  const quiet = { info: () => {} } as unknown as PassContext['logger'];
  const files = builtHtmlFiles(distDir);
  await runPagePasses([searchIndexPass(outputPath, (done) => (report = done))], { root: distDir, base, buildStarted: 0, logger: quiet, files });
  return report!;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:build:start': () => indexWhileRendering(base),
      'astro:server:setup': ({ server, logger }) => {
        let warned = false;
        server.middlewares.use((request, response, next) => {
          const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          const bundlePath = withBase(`/${BUNDLE_DIR}/`, base);
          if (!requested.startsWith(bundlePath)) return next();
          const pathname = `/${BUNDLE_DIR}/${requested.slice(bundlePath.length)}`;
          const bundle = path.join(outDir, BUNDLE_DIR);
          const file = path.join(outDir, path.normalize(pathname));
          if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) {
            if (!warned) {
              logger.warn(`No search index at ${path.relative(process.cwd(), bundle)}/: run \`npm run build\` once, then search works in dev (with the content of that build).`);
              warned = true;
            }
            response.statusCode = 404;
            response.end();
            return;
          }
          response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
