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
import { readFileSync, writeFileSync } from 'node:fs';
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
  /** The pages (every .html file), relative to the output folder, in path order. */
  files: readonly string[];
  logger: AstroIntegrationLogger;
}

export interface BuiltPage {
  /** Relative to the output folder, with forward slashes: 'en/about/index.html'. */
  file: string;
  html: string;
}

export interface PagePass {
  name: string;
  /**
   * Called for every step before any step's `start`: quick set-up that lets work go on in the background
   * meanwhile (Pagefind learns the order of the pages while the stylesheet step surveys them).
   */
  begin?(context: PassContext): void;
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
 * The pages, in order. Read and written synchronously: a built page is in the page cache, and a blocking read
 * takes about 0.08 ms, where a promise-based one takes four turns of the event loop (open, stat, read, close),
 * each queued behind the steps' work on the page before: about 1 ms a page in the pass (docs/performance.md).
 */
export function* readPages(root: string, files: readonly string[]): Generator<BuiltPage> {
  for (const file of files) yield { file, html: readFileSync(path.join(root, file), 'utf8') };
}

/** Milliseconds each step took, over the whole pass (start, pages and finish), for the build log. */
export type StepTimes = Map<string, number>;

/** Runs the passes over `context.files`; returns the time each step took. */
export async function runPagePasses(passes: readonly PagePass[], context: PassContext): Promise<StepTimes> {
  const times: StepTimes = new Map(passes.map((pass) => [pass.name, 0]));
  const timed = async <T>(pass: PagePass, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      times.set(pass.name, times.get(pass.name)! + performance.now() - started);
    }
  };
  try {
    for (const pass of passes) await timed(pass, () => pass.begin?.(context));
    for (const pass of passes) await timed(pass, () => pass.start?.(context));
    for (const { file, html: original } of readPages(context.root, context.files)) {
      let html = original;
      for (const pass of passes) {
        const changed = await timed(pass, () => pass.page({ file, html }));
        if (typeof changed === 'string') html = changed;
      }
      if (html !== original) writeFileSync(path.join(context.root, file), html);
    }
    for (const pass of passes) await timed(pass, () => pass.finish?.(context));
    return times;
  } catch (error) {
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
        const times = await runPagePasses(passes, { root, base, buildStarted, logger, files });
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        const steps = [...times].map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ');
        logger.info(`${files.length} pages read once (${seconds(performance.now() - started)}): ${steps}`);
      },
    },
  };
}
