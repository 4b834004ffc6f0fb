/**
 * The search index of a site with a translated page, a Lao-only and an English-only page: each language's
 * index holds that language's own pages, never a stand-in for a missing translation, and only their main
 * content.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index';
import { cleanLaoDisplay } from '../../src/lib/search/display';
import { e2eContentDir } from '../support/e2e-site';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import { bundleFiles, bundleLanguages, indexedPages, type IndexedPage } from '../support/search-bundle';
import { readableText } from '../support/html-text';

/**
 * Fixture builds also carry the fixture site's free-standing pages (about, safety…), which the header links
 * to, and every site has its Get help page (built from the help-line settings).
 */
const sitePages = readdirSync(path.join(e2eContentDir, 'pages/en')).filter((name) => /\.mdx?$/.test(name)).length;
const perLanguage = 2 + sitePages + 1;

describe('the search index', () => {
  let build: FixtureBuild;
  let pages: IndexedPage[];
  const page = (url: string) => pages.find((p) => p.url === url);

  beforeAll(() => {
    build = buildFixture('search');
    if (build.ok) pages = indexedPages(path.join(build.outDir, 'pagefind'));
  });

  it('is built with the site', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(new RegExp(`Indexed pages: en ${perLanguage}, lo ${perLanguage} \\(left out: .*2 untranslated-fallback`));
  });

  it('holds each language’s own pages, and no page standing in for a missing translation', () => {
    expect(bundleLanguages(path.join(build.outDir, 'pagefind'))).toEqual({ en: perLanguage, lo: perLanguage });
    expect(pages.filter((p) => p.language === 'lo').map((p) => p.url)).toEqual(expect.arrayContaining(['/lo/both/', '/lo/only-in-lao/']));
    expect(pages.filter((p) => p.language === 'en').map((p) => p.url)).toEqual(expect.arrayContaining(['/en/both/', '/en/only-in-english/']));
    // The English-only page is published under /lo/ too, with a Lao notice: its English text is not Lao content.
    expect(build.read('lo/only-in-english/index.html')).toContain('This page exists in English only.');
    expect(page('/lo/only-in-english/')).toBeUndefined();
    expect(pages.filter((p) => p.language === 'lo').some((p) => p.content.includes('quokka'))).toBe(false);
    expect(page('/en/only-in-lao/')).toBeUndefined();
  });

  it('indexes the main content only, not the header, help lines or footer', () => {
    const lao = page('/lo/both/')!;
    const english = page('/en/both/')!;
    expect(english.content).toContain('Fake job offers are a common trick.');
    for (const chrome of ['Need help? Call', 'Partners', 'This site sets no cookies', 'Skip to main content']) {
      expect(english.content).not.toContain(chrome);
    }
    expect(cleanLaoDisplay(lao.content)).not.toContain('ຕ້ອງການຄວາມຊ່ວຍເຫຼືອບໍ');
  });

  it('stores Lao split into syllables, and gives it back as written', () => {
    const lao = page('/lo/both/')!;
    expect(lao.content).toContain('ການ ຄ້າ ມະ ນຸດ ແມ່ນ');
    expect(cleanLaoDisplay(lao.content)).toContain('ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳ. ວຽກປອມເປັນກົນອຸບາຍທີ່ພົບເລື້ອຍ, ໃນປີ2023 ຫຼາຍກວ່າເກົ່າ.');
    expect(cleanLaoDisplay(lao.meta.title!)).toBe('ການຄ້າມະນຸດ, ສອງພາສາ');
    expect(cleanLaoDisplay(page('/en/both/')!.meta.title!)).toBe('Human trafficking, in two languages');
  });

  it('leaves the pages readers get unchanged', () => {
    const html = build.read('lo/both/index.html');
    expect(readableText(html)).toContain('ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳ');
    expect(html).not.toMatch(/[\u200A\u2063]/);
  });

  it('files each page under its content type', () => {
    expect(page('/lo/both/')!.filters).toEqual({ type: ['pages'] });
  });

  it('comes out the same when built again from the same pages', async () => {
    const again = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    await buildSearchIndex(build.outDir, again);
    expect(bundleFiles(again)).toEqual(bundleFiles(path.join(build.outDir, 'pagefind')));
  });
});
