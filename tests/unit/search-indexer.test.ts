/**
 * The search index step hands pages to a worker thread (src/integrations/search-indexer.ts): the bundle it
 * writes holds the pages in both languages, and a page the indexer refuses fails the pass with the page's
 * name, writing nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../../src/integrations/built-pages';
import { buildSearchIndex, UNUSED_FILES } from '../../src/integrations/search-index';
import { startSearchIndexer } from '../../src/integrations/search-indexer';
import { cleanLaoDisplay } from '../../src/lib/search/display';
import { bundleFiles, bundleLanguages, indexedPages } from '../support/search-bundle';

const page = (lang: string, title: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header>menu</header><main><article data-pagefind-body>${main}</article></main></body></html>`;

describe('the search indexer', () => {
  let root: string;
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'search-indexer-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('indexes every page it is given, in its language, and reports the pages it leaves out', async () => {
    for (let n = 1; n <= 20; n++) write(`en/stories/story-${n}/index.html`, page('en', `Story ${n}`, `<h1>Story ${n}</h1><p>A quokka number ${n}.</p>`));
    write('lo/stories/one/index.html', page('lo', 'ເລື່ອງ', '<h1>ເລື່ອງ</h1><p>ການຄ້າມະນຸດ ແມ່ນອັນຕະລາຍ.</p>'));
    write('en/search/index.html', page('en', 'Search', '<h1>Search</h1>'));
    const report = await buildSearchIndex(root);
    expect(report.indexed.en).toHaveLength(20);
    expect(report.indexed.lo).toEqual(['/lo/stories/one/']);
    expect(report.skipped).toEqual({ list: ['/en/search/'] });
    const bundle = path.join(root, 'pagefind');
    expect(bundleLanguages(bundle)).toEqual({ en: 20, lo: 1 });
    const pages = indexedPages(bundle);
    expect(pages.find((p) => p.url === '/en/stories/story-7/')?.content).toContain('A quokka number 7.');
    expect(cleanLaoDisplay(pages.find((p) => p.url === '/lo/stories/one/')!.content)).toContain('ການຄ້າມະນຸດ ແມ່ນອັນຕະລາຍ.');
    expect(existsSync(path.join(bundle, 'pagefind-ui.js'))).toBe(false);
  });

  it('gives the same bundle when pages come as they render, out of order, before it knows the order', async () => {
    for (let n = 1; n <= 12; n++) write(`en/stories/s${n}/index.html`, page('en', `Story ${n}`, `<h1>Story ${n}</h1><p>Quokka ${n}.</p>`));
    for (let n = 1; n <= 6; n++) write(`lo/stories/s${n}/index.html`, page('lo', `ເລື່ອງ ${n}`, `<h1>ເລື່ອງ ${n}</h1><p>ການຄ້າມະນຸດ ${n}.</p>`));
    write('404.html', page('en', 'Not found', '<h1>Not found</h1>'));
    const files = builtHtmlFiles(root);
    const whole = await buildSearchIndex(root, path.join(root, 'whole'));

    // As the build does: most pages as Astro renders them (not in path order), the rest from the pass.
    const indexer = startSearchIndexer('/');
    const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
    const rendered = files.filter((file) => file !== '404.html').reverse();
    for (const file of rendered) await indexer.add(file, read(file));
    indexer.order(files);
    await indexer.add('404.html', read('404.html'));
    const report = await indexer.finish(path.join(root, 'parts'), UNUSED_FILES);

    expect(report.indexed).toEqual(whole.indexed);
    expect(report.skipped).toEqual(whole.skipped);
    expect(bundleFiles(path.join(root, 'parts'))).toEqual(bundleFiles(path.join(root, 'whole')));
  });

  it('fails with the name of a page it cannot index, and writes no bundle', async () => {
    write('en/stories/a/index.html', page('en', 'A', '<h1>A</h1>'));
    write('en/stories/b/index.html', page('en', 'B', '<h1>B</h1>').replace('<header>', '<header data-pagefind-meta="author:x">'));
    for (let n = 1; n <= 12; n++) write(`en/stories/c${n}/index.html`, page('en', `C${n}`, `<h1>C${n}</h1>`));
    await expect(buildSearchIndex(root)).rejects.toThrow(/^Search index: en\/stories\/b\/index\.html: a data-pagefind- attribute stands before/);
    expect(existsSync(path.join(root, 'pagefind'))).toBe(false);
  });
});
