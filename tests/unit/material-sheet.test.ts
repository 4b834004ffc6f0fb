/**
 * Printable material sheets: vector text a reader can select and search (pdftotext finds the Lao words in
 * order), Lao shaped by HarfBuzz (against a reference image a person has looked at), readable type sizes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { materialBlocks, materialScenes, renderMaterialPdf, SHEET_STYLES, type MaterialSheet } from '../../src/lib/graphics/layouts/material-sheet';
import { gapBetween } from '../../src/lib/graphics/scene';
import { PAPER_SIZES } from '../../src/lib/graphics/spec';
import { pdfPagePng, pdfText } from '../support/poppler';

const sheet: MaterialSheet = {
  lang: 'lo',
  title: 'ລາຍການກວດສອບ ກ່ອນໄປເຮັດວຽກ',
  description: 'ສິ່ງທີ່ຕ້ອງເຮັດ ກ່ອນໄປເຮັດວຽກຕ່າງປະເທດ.',
  body: '## ເອກະສານຂອງທ່ານ\n\n- ເຮັດໜັງສືຜ່ານແດນ **ຂອງຕົນເອງ**.\n- ເອົາສັນຍາ\n  ເປັນລາຍລັກອັກສອນ.\n\nຖ້າມີບັນຫາ ໂທ [1554](tel:1554) ໄດ້ຕະຫຼອດ.',
  helpLines: [{ number: '1554', label: 'ສາຍດ່ວນ ຊ່ວຍເຫຼືອ' }],
  helpLinesTitle: 'ໂທຫາໃຜ ເພື່ອຂໍຄວາມຊ່ວຍເຫຼືອ',
  url: 'https://example.org/lo/materials/checklist/',
};

describe('material blocks', () => {
  it('keeps headings apart from paragraphs and list items, and joins lines wrapped in the source', () => {
    expect(materialBlocks(sheet.body)).toEqual([
      { kind: 'heading', text: 'ເອກະສານຂອງທ່ານ' },
      { kind: 'bullet', text: 'ເຮັດໜັງສືຜ່ານແດນ ຂອງຕົນເອງ.' },
      { kind: 'bullet', text: 'ເອົາສັນຍາ ເປັນລາຍລັກອັກສອນ.' },
      { kind: 'paragraph', text: 'ຖ້າມີບັນຫາ ໂທ 1554 ໄດ້ຕະຫຼອດ.' },
    ]);
  });
});

describe('a material sheet PDF', { timeout: 60_000 }, () => {
  it('holds the words as text, in reading order, not as a picture', async () => {
    const bytes = await renderMaterialPdf(sheet);
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    const expected = [sheet.title, sheet.description, 'ເອກະສານຂອງທ່ານ', 'ເຮັດໜັງສືຜ່ານແດນ ຂອງຕົນເອງ.', 'ຖ້າມີບັນຫາ ໂທ 1554', sheet.helpLinesTitle, '1554 ສາຍດ່ວນ ຊ່ວຍເຫຼືອ'];
    let from = 0;
    for (const words of expected) {
      const at = text.indexOf(words, from);
      expect(at, `"${words}" after position ${from} in: ${text}`).toBeGreaterThanOrEqual(from);
      from = at + words.length;
    }
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toContain('/Subtype /Image');
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/ToUnicode');
  });

  it('is A4 with the title, language and a link over the QR code back to the page', async () => {
    const bytes = await renderMaterialPdf(sheet);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPage(0).getSize()).toEqual(PAPER_SIZES.A4);
    expect(doc.getTitle()).toBe(sheet.title);
    expect(Buffer.from(bytes).toString('latin1')).toContain(`/URI (${sheet.url})`);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (lo)');
  });

  it('sets body text at 10.5 pt or more, and headings bold and larger than the body', () => {
    const texts = materialScenes(sheet).flatMap((scene) => scene.items).filter((item) => item.kind === 'text');
    const body = texts.filter((item) => item.run.glyphs.map((g) => g.text).join('').includes('ໜັງສືຜ່ານແດນ'));
    const heading = texts.find((item) => item.run.glyphs.map((g) => g.text).join('') === 'ເອກະສານຂອງທ່ານ')!;
    expect(body.length).toBeGreaterThan(0);
    for (const item of body) expect(item.run.size).toBeGreaterThanOrEqual(10.5);
    expect(heading.run.weight).toBe('bold');
    expect(heading.run.size).toBeGreaterThan(SHEET_STYLES.body.size);
  });

  it('sets each help line\'s number and name apart, never touching, the number never alone on a line', () => {
    const texts = materialScenes(sheet).flatMap((scene) => scene.items).filter((item) => item.kind === 'text');
    const say = (item: (typeof texts)[number]) => item.run.glyphs.map((g) => g.text).join('');
    const number = texts.find((item) => say(item) === '1554')!;
    const label = texts.find((item) => say(item) === 'ສາຍດ່ວນ ຊ່ວຍເຫຼືອ')!;
    expect(gapBetween({ ...number, width: number.run.width }, { ...label, width: label.run.width })).toBeGreaterThanOrEqual(4);
    // In running text, the number stays on the line of the word before it.
    const withNumber = texts.find((item) => say(item).includes('1554') && item !== number)!;
    expect(say(withNumber)).toMatch(/\S+ 1554/);
  });

  it('flows a long material onto more pages instead of shrinking its text', async () => {
    const long = { ...sheet, body: Array.from({ length: 60 }, (_, i) => `ວັກທີ ${i + 1}: ຖ້າມີບັນຫາ ໃຫ້ໂທຫາສາຍດ່ວນ ໄດ້ຕະຫຼອດເວລາ.`).join('\n\n') };
    const scenes = materialScenes(long);
    expect(scenes.length).toBeGreaterThan(1);
    const sizes = new Set(scenes.flatMap((s) => s.items).flatMap((item) => (item.kind === 'text' ? [item.run.size] : [])));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9); // only the page address under the QR code is smaller than body text
    for (const scene of scenes) for (const item of scene.items) expect(item.y + item.height).toBeLessThanOrEqual(scene.height - 40);
  });
});

const reference = path.resolve(import.meta.dirname, 'reference/material-sheet-lo.png');

/** Pixels that differ by more than a quarter of the range: anti-aliasing noise stays under it. */
async function differingPixels(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true })));
  expect([x!.info.width, x!.info.height]).toEqual([y!.info.width, y!.info.height]);
  let count = 0;
  for (let i = 0; i < x!.data.length; i++) if (Math.abs(x!.data[i]! - y!.data[i]!) > 64) count++;
  return count;
}

describe('the printed Lao', { timeout: 60_000 }, () => {
  /** The title and summary at 150 dpi. */
  const titleArea = (bytes: Uint8Array) => pdfPagePng(bytes, 1, 150, { x: 0, y: 90, width: 1240, height: 150 });
  // A tone mark is about 90 px here; anti-aliasing noise far fewer.
  const tolerance = 30;

  it('matches the reference image, every mark over or under its consonant', async () => {
    const page = titleArea(await renderMaterialPdf(sheet));
    if (process.env.UPDATE_REFERENCES) writeFileSync(reference, page);
    expect(existsSync(reference), `${reference} is missing: run with UPDATE_REFERENCES=1, then check it by eye`).toBe(true);
    expect(await differingPixels(page, await sharp(reference).png().toBuffer())).toBeLessThanOrEqual(tolerance);
  });

  it('does not match when a tone mark changes (the comparison can fail)', async () => {
    const changed = titleArea(await renderMaterialPdf({ ...sheet, title: sheet.title.replace('ກ່ອນ', 'ກ້ອນ') }));
    expect(await differingPixels(changed, await sharp(reference).png().toBuffer())).toBeGreaterThan(tolerance);
  });
});
