/**
 * Texts kept on disk until they are wanted: the search indexer segments pages as they are rendered, in the
 * order Astro finishes them, but hands them to Pagefind in path order once every page is built (the same
 * site gives the same index). Held in memory, the segmented text of 3,000 stories per language would be
 * about 150 MB; written to a temporary file, it costs a write and a read from the page cache.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Where one text is in the file. */
export interface Spilled {
  at: number;
  bytes: number;
}

/** One file in `folder` (which the caller makes, and removes: also when the build dies). */
export class EntrySpill {
  readonly #fd: number;
  #end = 0;
  #closed = false;

  constructor(folder: string) {
    this.#fd = openSync(path.join(folder, 'texts'), 'w+');
  }

  put(text: string): Spilled {
    const buffer = Buffer.from(text, 'utf8');
    writeSync(this.#fd, buffer, 0, buffer.length, this.#end);
    const spilled = { at: this.#end, bytes: buffer.length };
    this.#end += buffer.length;
    return spilled;
  }

  take({ at, bytes }: Spilled): string {
    const buffer = Buffer.allocUnsafe(bytes);
    let read = 0;
    while (read < bytes) read += readSync(this.#fd, buffer, read, bytes - read, at + read);
    return buffer.toString('utf8');
  }

  /** Closes the file; safe to call twice. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }
}
