/**
 * The build's side of the search indexer's worker thread (search-index-worker.ts): pages go to it at most
 * MAX_PENDING ahead of it, so that a fast render or pass never holds many pages in memory waiting for it.
 * The first problem it reports fails the next call.
 *
 * The worker does not keep the build's process alive while nobody waits for it: a build that fails before
 * the pass over the built pages ends as it would without it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromIndexer, IndexerData, IndexReport, ToIndexer } from './search-index-worker';

/** Pages sent and not yet segmented: enough to keep the worker busy, few enough to hold little. */
const MAX_PENDING = 8;

export interface SearchIndexer {
  /** Resolves once the worker has room for the next page; throws the worker's problem, if any. */
  add(file: string, html: string): Promise<void>;
  /** Every page of the site, in the order Pagefind is to get them; those not added yet must be, later. */
  order(files: readonly string[]): void;
  /** Writes the bundle to outputPath (what was there is removed first), without the files named. */
  finish(outputPath: string, unusedFiles: readonly string[]): Promise<IndexReport>;
  /** Stops the worker and Pagefind, writing nothing. */
  stop(): Promise<void>;
}

export function startSearchIndexer(base: string): SearchIndexer {
  // Made and removed here, so that a build that dies leaves no segmented pages in the temporary folder.
  const spillFolder = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  const removeSpill = () => rmSync(spillFolder, { recursive: true, force: true });
  process.once('exit', removeSpill);
  const data: IndexerData = { base, spillFolder };
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: data });
  worker.unref();
  let pending = 0;
  let problem: string | undefined;
  let finished: IndexReport | undefined;
  let exited = false;
  /** Those waiting (several pages render at once): on every message and on exit, each looks again. */
  const waiting = new Set<() => void>();
  const wake = () => {
    for (const resolve of waiting) resolve();
    waiting.clear();
  };
  /** Waits for the next message or exit; while anyone waits, the worker keeps the process alive. */
  const changed = () =>
    new Promise<void>((resolve) => {
      if (waiting.size === 0) worker.ref();
      waiting.add(resolve);
    }).finally(() => {
      if (waiting.size === 0) worker.unref();
    });
  const send = (message: ToIndexer) => worker.postMessage(message);
  const check = () => {
    if (problem) throw new Error(`Search index: ${problem}`);
  };

  worker.on('message', (message: FromIndexer) => {
    if (message.type === 'taken') pending--;
    else if (message.type === 'problem') problem ??= message.message;
    else finished = message.report;
    wake();
  });
  worker.on('error', (error) => {
    problem ??= `the indexer failed: ${error.message}`;
    wake();
  });
  worker.on('exit', (code) => {
    exited = true;
    removeSpill();
    process.off('exit', removeSpill);
    if (!finished) problem ??= `the indexer stopped (exit code ${code})`;
    wake();
  });

  return {
    async add(file, html) {
      check();
      send({ type: 'page', file, html });
      pending++;
      while (pending >= MAX_PENDING && !problem) await changed();
      check();
    },
    order(files) {
      check();
      send({ type: 'order', files });
    },
    async finish(outputPath, unusedFiles) {
      check();
      send({ type: 'finish', outputPath, unusedFiles });
      while (!finished && !problem) await changed();
      check();
      return finished!;
    },
    async stop() {
      if (exited) return;
      send({ type: 'abort' });
      // Pagefind's process is closed by the worker; a worker that hangs is ended after a while.
      const timeout = setTimeout(() => void worker.terminate(), 10_000);
      while (!exited) await changed();
      clearTimeout(timeout);
    },
  };
}
