/**
 * Fonts in PDFs are subsets: only the glyphs the pages draw, at their own ids, so the text still draws and
 * reads the same (pdftotext in material-sheet and poster-render tests) at a fraction of the bytes.
 */
import * as hb from 'harfbuzzjs';
import { PDFDocument, PDFName, PDFRawStream, PDFDict, PDFArray } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fontBytes } from '../../src/lib/graphics/fonts';
import { subsetFont } from '../../src/lib/graphics/font-subset';
import { renderMaterialPdf } from '../../src/lib/graphics/layouts/material-sheet';
import { shape } from '../../src/lib/graphics/shaping';

const fontOf = (bytes: Uint8Array) => new hb.Font(new hb.Face(new hb.Blob(bytes)));

describe('subsetFont', () => {
  const text = 'ສາຍດ່ວນ 1362 ປົກປ້ອງເດັກ';
  const used = shape(text, 'regular', 10).glyphs.map((g) => g.gid);
  const whole = fontBytes('regular');
  const subset = subsetFont(whole, used);

  it('keeps every glyph used, at the same id, with the same outline and advance', () => {
    const [a, b] = [fontOf(whole), fontOf(subset)];
    for (const gid of used) {
      expect(b.glyphToPath(gid), `glyph ${gid}`).toBe(a.glyphToPath(gid));
      expect(b.glyphHAdvance(gid)).toBe(a.glyphHAdvance(gid));
    }
  });

  it('drops the glyphs not used, so the font is a fraction of its size', () => {
    const unused = shape('ຫ', 'regular', 10).glyphs[0]!.gid;
    expect(used).not.toContain(unused);
    expect(fontOf(subset).glyphToPath(unused)).toBe('');
    expect(fontOf(whole).glyphToPath(unused)).not.toBe('');
    expect(subset.byteLength).toBeLessThan(whole.byteLength / 3);
  });
});

describe('a PDF', { timeout: 60_000 }, () => {
  it('embeds subset fonts, named as subsets (ABCDEF+Name), far smaller than the whole font', async () => {
    const bytes = await renderMaterialPdf({
      lang: 'lo',
      title: 'ສາຍດ່ວນ',
      description: 'ໂທຫາ 1362',
      body: 'ປົກປ້ອງເດັກ',
      helpLines: [{ number: '1362', label: 'ສາຍດ່ວນ' }],
      helpLinesTitle: 'ໂທຫາໃຜ',
      url: 'https://example.org/lo/materials/x/',
    });
    const doc = await PDFDocument.load(bytes);
    const fonts = doc.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    expect(fonts.keys().length).toBe(2);
    for (const key of fonts.keys()) {
      const type0 = fonts.lookup(key, PDFDict);
      expect(type0.get(PDFName.of('BaseFont'))!.toString()).toMatch(/^\/[A-Z]{6}\+NotoSansLao-(Regular|Bold)$/);
      const cid = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      const file = cid.lookup(PDFName.of('FontDescriptor'), PDFDict).lookup(PDFName.of('FontFile2'));
      if (!(file instanceof PDFRawStream)) throw new Error('FontFile2 is not a stream');
      const font = inflateSync(file.contents);
      expect(font.byteLength).toBeLessThan(fontBytes('regular').byteLength / 3);
    }
  });
});
