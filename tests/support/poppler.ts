/**
 * Reading PDFs as a reader's tools do, with poppler-utils (Debian package; .ci/run installs it): the text a
 * copy or a search finds (pdftotext), and the page as pixels (pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function withPdf<T>(bytes: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'poppler-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    return use(file, dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext/pdftoppm not found: install poppler-utils (apt-get install -y poppler-utils).');
    }
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page, in reading order as pdftotext finds it. */
export const pdfText = (bytes: Uint8Array): string =>
  withPdf(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

/** One page (or a region of it, in pixels at that resolution) as a PNG. */
export const pdfPagePng = (bytes: Uint8Array, page = 1, dpi = 50, crop?: { x: number; y: number; width: number; height: number }): Buffer =>
  withPdf(bytes, (file, dir) => {
    const region = crop ? ['-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.width), '-H', String(crop.height)] : [];
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...region, '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, 'page')]);
    return readFileSync(path.join(dir, 'page.png'));
  });
