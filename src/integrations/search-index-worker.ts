/**
 * The search indexer's worker thread (started by search-indexer.ts). Pages come to it as Astro renders them
 * (src/middleware.ts) and, for any page the render did not hand over, from the pass over the built pages.
 * It segments each page as it comes and keeps the result on disk (EntrySpill); once told the order of the
 * site's pages, it hands them to Pagefind, which indexes in its own process, in that order (path order: the
 * same site gives the same index), while the build's main thread goes on with the pass.
 * Imports carry their `.ts` extension: Node loads this file itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { EntrySpill, type Spilled } from '../lib/search/entry-spill.ts';
import { indexEntry } from '../lib/search/index-entry.ts';

export type ToIndexer =
  | { type: 'page'; file: string; html: string }
  /** Every page of the site, in the order Pagefind gets them; pages not yet sent will be. */
  | { type: 'order'; files: readonly string[] }
  | { type: 'finish'; outputPath: string; unusedFiles: readonly string[] }
  | { type: 'abort' };

export interface IndexReport {
  /** URLs indexed, per language. */
  indexed: Record<string, string[]>;
  /** URLs left out, per reason. */
  skipped: Record<string, string[]>;
}

export type FromIndexer =
  /** A page was segmented (or left out): the sender may send another. */
  | { type: 'taken' }
  | { type: 'problem'; message: string }
  | { type: 'finished'; report: IndexReport };

export interface IndexerData {
  base: string;
  /** An empty folder for the segmented pages waiting for their turn (EntrySpill). */
  spillFolder: string;
}

/**
 * Pages sent to Pagefind before the first is answered. Its process handles messages one at a time, in the
 * order sent; with a few waiting in its pipe it goes from page to page without waiting for this thread to
 * read its answer and send the next.
 */
const PAGEFIND_AHEAD = 4;

/** A page as segmented: why it is left out, or where its document waits on disk. */
type Stored = { url: string; skipped: string } | { url: string; language: string; document: Spilled };

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

function run(port: NonNullable<typeof parentPort>, { base, spillFolder }: IndexerData): void {
  const send = (message: FromIndexer) => port.postMessage(message);
  const report: IndexReport = { indexed: {}, skipped: {} };
  const spill = new EntrySpill(spillFolder);
  const stored = new Map<string, Stored>();
  /** Pages the order has reached before they came: called when they do (with nothing, on abort). */
  const awaited = new Map<string, (page?: Stored) => void>();
  let failed = false;
  let aborted = false;

  const created = createIndex({}).then((result) => {
    if (!result.index) throw new Error(`Pagefind could not start: ${result.errors.join('; ')}`);
    return result.index;
  });
  created.catch(() => undefined); // Reported by whoever awaits it.

  const store = (file: string, html: string) => {
    const entry = indexEntry(file, html, base);
    const page: Stored = 'skipped' in entry ? entry : { url: entry.url, language: entry.language, document: spill.put(entry.content) };
    stored.set(file, page);
    awaited.get(file)?.(page);
    awaited.delete(file);
  };
  const arrival = (file: string) => stored.get(file) ?? new Promise<Stored | undefined>((resolve) => awaited.set(file, resolve));

  /** Hands the pages to Pagefind in `files` order, a few ahead of its answers; throws its first problem. */
  const feed = async (index: PagefindIndex, files: readonly string[]) => {
    const inFlight: Promise<string | undefined>[] = [];
    const settle = async (room: number) => {
      while (inFlight.length > room) {
        const problem = await inFlight.shift();
        if (problem) throw new Error(problem);
      }
    };
    for (const file of files) {
      const page = await arrival(file);
      stored.delete(file);
      if (aborted || !page) return;
      if ('skipped' in page) {
        (report.skipped[page.skipped] ??= []).push(page.url);
        continue;
      }
      await settle(PAGEFIND_AHEAD - 1);
      inFlight.push(
        index.addHTMLFile({ url: page.url, content: spill.take(page.document) }).then(
          (added) => (added.errors.length > 0 ? `${file}: ${added.errors.join('; ')}` : undefined),
          (error: unknown) => `${file}: ${errorMessage(error)}`,
        ),
      );
      (report.indexed[page.language] ??= []).push(page.url);
    }
    await settle(0);
  };
  let feeding: Promise<void> | undefined;

  const stop = async () => {
    aborted = true;
    for (const resolve of awaited.values()) resolve();
    await feeding?.catch(() => undefined);
    const index = await created.catch(() => undefined);
    await index?.deleteIndex();
    await close();
    spill.close();
  };
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    send({ type: 'problem', message: errorMessage(error) });
  };

  const handle = async (message: ToIndexer) => {
    if (message.type === 'abort') {
      await stop();
      port.close();
    } else if (message.type === 'page') {
      try {
        if (!failed) store(message.file, message.html);
      } finally {
        send({ type: 'taken' });
      }
    } else if (message.type === 'order') {
      // Runs beside the messages that follow: the pages it waits for come after it.
      feeding = created.then((index) => feed(index, message.files));
      feeding.catch(fail);
    } else {
      if (!feeding) throw new Error('the indexer was never told the order of the pages');
      await feeding;
      const index = await created;
      await rm(message.outputPath, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: message.outputPath });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      await Promise.all(message.unusedFiles.map((name) => rm(path.join(message.outputPath, name), { force: true })));
      await stop();
      send({ type: 'finished', report });
      port.close();
    }
  };

  // One message at a time, in order; a problem is reported once, and later pages are only acknowledged.
  let queue: Promise<void> = created.then(() => undefined, fail);
  port.on('message', (message: ToIndexer) => {
    queue = queue.then(() => handle(message)).catch(fail);
  });
}

if (parentPort) run(parentPort, workerData as IndexerData);
