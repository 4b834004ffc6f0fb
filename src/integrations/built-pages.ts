/**
 * One pass over the built pages at the end of `astro build`: each page is read from disk once and handed, in
 * path order, to every step that needs the pages (stylesheet split, CSP trim and _headers, share cards, search
 * index, sitemap facts, link scan), instead of each step reading every page again in its own `astro:build:done` hook (five
 * reads of every page; at 1,000 stories per language that reading alone took 7 s: docs/performance.md).
 *
 * A step may rewrite the page (the stylesheet split and the CSP trim do): the steps after it, and the file, get the new HTML, so
 * order the steps with the rewriting ones first. When a step throws, every step is told (`abort`), so that
 * one holding a process (Pagefind) can stop it, and the build fails with the step's message.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/quality/site-files';

export interface PassContext {
  /** The output folder. */
  root: string;
  /** The path the site is published under ('/' or '/repo/'). */
  base: string;
  /** When `astro build` started (ms since the epoch): files written since were made by this build. */
  buildStarted: number;
  logger: AstroIntegrationLogger;
}

export interface BuiltPage {
  /** Relative to the output folder, with forward slashes: 'en/about/index.html'. */
  file: string;
  html: string;
}

export interface PagePass {
  name: string;
  start?(context: PassContext): void | Promise<void>;
  /** Called for every page in path order; a returned string replaces the page (and is written back). */
  page(page: BuiltPage): string | void | Promise<string | void>;
  finish?(context: PassContext): void | Promise<void>;
  abort?(): void | Promise<void>;
}

/** The pages of a built site, sorted. */
export function builtHtmlFiles(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith('.html'));
}

/**
 * The pages, in order, each read while the one before is worked on: the steps keep the thread busy while
 * the disk reads (waiting for each read in turn left the build idle about 0.3 ms a page).
 */
export async function* readPages(root: string, files: readonly string[]): AsyncGenerator<BuiltPage> {
  const read = (index: number) => {
    const reading = readFile(path.join(root, files[index]!), 'utf8');
    reading.catch(() => undefined); // Seen when awaited; not "unhandled" if the loop stops before.
    return reading;
  };
  let next = files.length > 0 ? read(0) : undefined;
  for (let index = 0; index < files.length; index++) {
    const html = await next!;
    next = index + 1 < files.length ? read(index + 1) : undefined;
    yield { file: files[index]!, html };
  }
}

/** At most this many rewritten pages wait to be written at once: the pass goes on meanwhile. */
const WRITES_IN_FLIGHT = 8;

/** Runs the passes over the pages of `root` (every .html file). */
export async function runPagePasses(passes: readonly PagePass[], context: PassContext, files = builtHtmlFiles(context.root)): Promise<void> {
  const writes = new Set<Promise<void>>();
  try {
    for (const pass of passes) await pass.start?.(context);
    for await (const { file, html: original } of readPages(context.root, files)) {
      let html = original;
      for (const pass of passes) {
        const changed = await pass.page({ file, html });
        if (typeof changed === 'string') html = changed;
      }
      if (html === original) continue;
      const write: Promise<void> = writeFile(path.join(context.root, file), html).finally(() => writes.delete(write));
      write.catch(() => undefined); // Awaited below; this only stops Node calling it unhandled meanwhile.
      writes.add(write);
      if (writes.size >= WRITES_IN_FLIGHT) await Promise.race(writes);
    }
    await Promise.all(writes);
    for (const pass of passes) await pass.finish?.(context);
  } catch (error) {
    await Promise.allSettled(writes);
    for (const pass of passes) await pass.abort?.();
    throw error;
  }
}

export default function builtPages(passes: readonly PagePass[]): AstroIntegration {
  let base = '/';
  let buildStarted = 0;
  return {
    name: 'built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        buildStarted = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = builtHtmlFiles(root);
        await runPagePasses(passes, { root, base, buildStarted, logger }, files);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${files.length} pages read once for ${passes.map((pass) => pass.name).join(', ')} (${seconds} s)`);
      },
    },
  };
}
