/**
 * Builds the search index (Pagefind) from the built pages, at the end of `astro build` (a step of the one pass
 * over the built pages, built-pages.ts; this integration serves the bundle in dev): one bundle in
 * dist/pagefind/ with one index per language (Pagefind splits on <html lang>). Each page's Lao text is
 * segmented into syllables in the copy handed to the indexer (src/lib/search); the pages readers get are not
 * changed. Pages are added one at a time in path order, so the same site gives the same files.
 *
 * In `astro dev` there are no built pages to index: /pagefind/ is served from the last build's output, so
 * search works (on the content of that build) after one `npm run build`.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close, type PagefindIndex } from 'pagefind';
import { runPagePasses, type PagePass, type PassContext } from './built-pages';
import { indexDecision, indexedDocument } from '../lib/search/indexable';
import { segmentHtmlForIndex } from '../lib/search/segment-html';
import { withBase, withoutBase } from '../i18n/urls';

/** Where the bundle goes, inside the output folder; the search page loads /pagefind/pagefind.js. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's own interfaces (no Lao strings; the site has its own) and its web worker (the search page runs
 * Pagefind with noWorker): never requested, not worth deploying.
 */
const UNUSED_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexReport {
  /** URLs indexed, per language. */
  indexed: Record<string, string[]>;
  /** URLs left out, per reason. */
  skipped: Record<string, string[]>;
  outputPath: string;
}

/** 'lo/about/index.html' is served as '/lo/about/', or '/repo/lo/about/' on a site published under /repo/. */
function urlOf(file: string, base: string): string {
  return withBase(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, base);
}

/**
 * The indexing as a step of the one pass over the built pages (built-pages.ts): each page is added as the
 * pass reads it, and the bundle is written at the end; throws (failing the build) on any error. Results link
 * to the pages' addresses under the site's base path. `onReport` receives what was indexed and left out.
 */
export function searchIndexPass(outputPath?: string, onReport?: (report: SearchIndexReport) => void): PagePass {
  let index: PagefindIndex | undefined;
  let base = '/';
  let report: SearchIndexReport;
  // The page Pagefind is indexing (in its own process) while this one reads and segments the next: one at a
  // time, so pages are added in path order as before. It settles to the problem, if any, never rejects.
  let inFlight: Promise<string | undefined> = Promise.resolve(undefined);
  const settle = async () => {
    const problem = await inFlight;
    if (problem) throw new Error(`Search index: ${problem}`);
  };
  const stop = async () => {
    await inFlight;
    await index?.deleteIndex();
    index = undefined;
    await close();
  };
  return {
    name: 'search index',
    start: async (context) => {
      base = context.base;
      report = { indexed: {}, skipped: {}, outputPath: outputPath ?? path.join(context.root, BUNDLE_DIR) };
      const created = await createIndex({});
      if (!created.index) throw new Error(`Search index: Pagefind could not start: ${created.errors.join('; ')}`);
      index = created.index;
    },
    page: async ({ file, html }) => {
      const url = urlOf(file, base);
      const decision = indexDecision(withoutBase(url, base), html);
      if (!decision.index) {
        (report.skipped[decision.reason] ??= []).push(url);
        return;
      }
      let indexed: ReturnType<typeof indexedDocument>;
      try {
        indexed = indexedDocument(html, decision);
      } catch (error) {
        throw new Error(`Search index: ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const content = segmentHtmlForIndex(indexed.html, indexed.bodyStart);
      await settle();
      inFlight = index!.addHTMLFile({ url, content }).then(
        (added) => (added.errors.length > 0 ? `${file}: ${added.errors.join('; ')}` : undefined),
        (error: unknown) => `${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
      (report.indexed[decision.language] ??= []).push(url);
    },
    finish: async ({ logger }) => {
      try {
        await settle();
        await rm(report.outputPath, { recursive: true, force: true });
        const written = await index!.writeFiles({ outputPath: report.outputPath });
        if (written.errors.length > 0) throw new Error(`Search index: ${written.errors.join('; ')}`);
        await Promise.all(UNUSED_FILES.map((name) => rm(path.join(report.outputPath, name), { force: true })));
      } finally {
        await stop();
      }
      const indexed = Object.entries(report.indexed)
        .map(([language, urls]) => `${language} ${urls.length}`)
        .join(', ');
      const skipped = Object.entries(report.skipped)
        .map(([reason, urls]) => `${urls.length} ${reason}`)
        .join(', ');
      logger.info(`Indexed pages: ${indexed || 'none'} (left out: ${skipped || 'none'}).`);
      onReport?.(report);
    },
    abort: stop,
  };
}

/** Indexes the built site in `distDir` on its own (as the build's pass does) and writes the bundle. */
export async function buildSearchIndex(distDir: string, outputPath = path.join(distDir, BUNDLE_DIR), base = '/'): Promise<SearchIndexReport> {
  let report: SearchIndexReport | undefined;
  const quiet = { info: () => {} } as unknown as PassContext['logger'];
  await runPagePasses([searchIndexPass(outputPath, (done) => (report = done))], { root: distDir, base, buildStarted: 0, logger: quiet });
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
