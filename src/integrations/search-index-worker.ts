/**
 * The search indexer's worker thread (started by search-indexer.ts): it segments each page it is sent and hands
 * it to Pagefind, which indexes in its own process, so the build's main thread goes on with the other steps
 * of the pass over the built pages meanwhile. Pages are added in the order they arrive (path order): the
 * same site gives the same index. Imports carry their `.ts` extension: Node loads this file itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { indexEntry } from '../lib/search/index-entry.ts';

export type ToIndexer =
  | { type: 'page'; file: string; html: string }
  | { type: 'finish'; outputPath: string; unusedFiles: readonly string[] }
  | { type: 'abort' };

export interface IndexReport {
  /** URLs indexed, per language. */
  indexed: Record<string, string[]>;
  /** URLs left out, per reason. */
  skipped: Record<string, string[]>;
}

export type FromIndexer =
  /** A page was handed to Pagefind (or left out): the sender may send another. */
  | { type: 'taken' }
  | { type: 'problem'; message: string }
  | { type: 'finished'; report: IndexReport };

export interface IndexerData {
  base: string;
}

/**
 * Pages sent to Pagefind before the first is answered. Its process handles messages one at a time, in the
 * order sent (the index stays the same); with a few waiting in its pipe it goes from page to page without
 * waiting for this thread to read its answer and send the next.
 */
const PAGEFIND_AHEAD = 4;

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

function run(port: NonNullable<typeof parentPort>, { base }: IndexerData): void {
  const send = (message: FromIndexer) => port.postMessage(message);
  const report: IndexReport = { indexed: {}, skipped: {} };
  let index: PagefindIndex | undefined;
  let failed = false;
  // The pages sent to Pagefind and not yet answered, oldest first; each settles to its problem, if any.
  const inFlight: Promise<string | undefined>[] = [];
  /** Waits until at most `room` pages are in flight. */
  const settle = async (room = 0) => {
    while (inFlight.length > room) {
      const problem = await inFlight.shift();
      if (problem) throw new Error(problem);
    }
  };
  const stop = async () => {
    await Promise.all(inFlight);
    await index?.deleteIndex();
    index = undefined;
    await close();
  };

  const handle = async (message: ToIndexer) => {
    if (message.type === 'abort') {
      await stop();
      port.close();
      return;
    }
    if (failed) {
      if (message.type === 'page') send({ type: 'taken' });
      return;
    }
    if (message.type === 'page') {
      const entry = indexEntry(message.file, message.html, base);
      if ('skipped' in entry) {
        (report.skipped[entry.skipped] ??= []).push(entry.url);
      } else {
        await settle(PAGEFIND_AHEAD - 1);
        inFlight.push(
          index!.addHTMLFile({ url: entry.url, content: entry.content }).then(
            (added) => (added.errors.length > 0 ? `${message.file}: ${added.errors.join('; ')}` : undefined),
            (error: unknown) => `${message.file}: ${errorMessage(error)}`,
          ),
        );
        (report.indexed[entry.language] ??= []).push(entry.url);
      }
      send({ type: 'taken' });
      return;
    }
    await settle();
    await rm(message.outputPath, { recursive: true, force: true });
    const written = await index!.writeFiles({ outputPath: message.outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    await Promise.all(message.unusedFiles.map((name) => rm(path.join(message.outputPath, name), { force: true })));
    await stop();
    send({ type: 'finished', report });
    port.close();
  };

  const fail = (error: unknown) => {
    failed = true;
    send({ type: 'problem', message: errorMessage(error) });
  };
  // One message at a time, in order, once Pagefind has started; a problem is reported once, and later pages
  // are only acknowledged.
  let queue = createIndex({}).then((created) => {
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    index = created.index;
  }).catch(fail);
  port.on('message', (message: ToIndexer) => {
    queue = queue.then(() => handle(message)).catch(fail);
  });
}

if (parentPort) run(parentPort, workerData as IndexerData);
