/**
 * The build's side of the search indexer's worker thread (search-index-worker.ts): pages go to it in order,
 * at most MAX_PENDING ahead of it, so that a fast pass never holds many pages in memory waiting for it.
 * The first problem it reports fails the next call.
 */
import { Worker } from 'node:worker_threads';
import type { FromIndexer, IndexerData, IndexReport, ToIndexer } from './search-index-worker';

/** Pages sent and not yet handed to Pagefind: enough to keep the worker busy, few enough to hold little. */
const MAX_PENDING = 8;

export interface SearchIndexer {
  /** Resolves once the worker has room for the next page; throws the worker's problem, if any. */
  add(file: string, html: string): Promise<void>;
  /** Writes the bundle to outputPath (what was there is removed first), without the files named. */
  finish(outputPath: string, unusedFiles: readonly string[]): Promise<IndexReport>;
  /** Stops the worker and Pagefind, writing nothing. */
  stop(): Promise<void>;
}

export function startSearchIndexer(base: string): SearchIndexer {
  const data: IndexerData = { base };
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: data });
  let pending = 0;
  let problem: string | undefined;
  let finished: IndexReport | undefined;
  let exited = false;
  /** Called on every message and on exit: whoever waits looks again. */
  let wake: () => void = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
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
