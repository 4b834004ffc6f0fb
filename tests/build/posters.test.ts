/**
 * Posters built from fixture content: a designer's print file is published as it is, a missing translation
 * still gets pages in both languages, and mistakes stop the build naming the file, the field and the fix.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild, describeBadFixtures, type BadFixture } from '../support/fixture-build';
import { hasPreviewStamp } from '../support/preview-stamp';
import { readableText } from '../support/html-text';

describe('a poster in English only, with a designer-made A4 file', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('posters');
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('publishes the designer’s A4 file byte for byte, and generates the A3 one', async () => {
    const designed = readFileSync(path.join(build.contentDir, 'posters/en/only-english-a4.pdf'));
    expect(readFileSync(path.join(build.outDir, 'posters/only-english-en-a4.pdf')).equals(designed)).toBe(true);
    const a3 = await PDFDocument.load(readFileSync(path.join(build.outDir, 'posters/only-english-en-a3.pdf')));
    expect(a3.getSubject()).toBe('http://localhost:4321/en/posters/only-english/');
  });

  it('marks the generated files of this local preview build "do not print" with a yellow strip across the top', async () => {
    for (const file of ['posters/only-english-en.png', 'posters/only-english-en-print.png']) {
      expect(await hasPreviewStamp(path.join(build.outDir, file)), file).toBe(true);
    }
  });

  it('offers the English version only, and lists the poster under both languages', () => {
    const lao = build.read('lo/posters/only-english/index.html');
    expect(lao).toMatch(/<article lang="en"[^>]*data-fallback="true"/);
    expect(lao).toContain('href="/posters/only-english-en-a4.pdf"');
    expect(lao).not.toContain('only-english-lo-');
    expect(lao).not.toContain('only-english-bilingual-');
    expect(build.read('lo/posters/index.html')).toContain('href="/lo/posters/only-english/"');
  });

  it('says so when no poster matches the filters', () => {
    const html = build.read('lo/posters/language/lo/index.html');
    expect(readableText(html)).toContain('ບໍ່ມີໂປສເຕີທີ່ກົງກັບທຸກຢ່າງທີ່ທ່ານເລືອກ.');
    expect(html).toContain('href="/lo/posters/"');
  });
});

const bad: BadFixture[] = [
  {
    fixture: 'bad-poster-print-file',
    says: ['content/posters/en/wrong-size.mdx', 'printFiles.a4', '612 × 792 pt, not A4', 'Export it at A4 size'],
  },
  {
    fixture: 'bad-poster-helpline',
    says: ['posters/en/unknown-line.mdx', 'helplines', 'content/settings/helplines.yaml: women-union, youth-union, police'],
  },
];

describeBadFixtures(bad);
