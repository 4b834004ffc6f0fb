/**
 * Vector, selectable text in a pdf-lib document, from HarfBuzz-shaped runs (shaping.ts). pdf-lib's own text
 * drawing goes through fontkit, which misplaces Lao marks, so the PDF objects are written here instead:
 * each weight of the font embedded as a subset of the glyphs the document draws (font-subset.ts; the whole
 * font is 53 kB) as a Type0 / CIDFontType2 font whose character codes are glyph ids (Identity-H), every glyph placed where HarfBuzz put it, a ToUnicode map (glyph → letters) for
 * copy and search, and each line wrapped in /ActualText so a reader gets the exact words even where one
 * letter is drawn with two glyphs (ຳ) or two letters with one.
 */
import {
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Op,
  PDFString,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { createHash } from 'node:crypto';
import { fontBytes, type FontWeight } from './fonts';
import { subsetFont } from './font-subset';
import { fontExtents, glyphAdvance, type ShapedRun } from './shaping';

export type Rgb = readonly [number, number, number];

/** '#0b5259' → [r, g, b] in 0..1. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const POSTSCRIPT_NAMES: Record<FontWeight, string> = { regular: 'NotoSansLao-Regular', bold: 'NotoSansLao-Bold' };

interface EmbeddedFont {
  ref: PDFRef;
  /** Glyph id → the letters it stands for (first seen wins). */
  unicode: Map<number, string>;
  widths: Map<number, number>;
}

/** The fonts of one document: made on first use, written out by finish() once every page is drawn. */
export class PdfFonts {
  private readonly fonts = new Map<FontWeight, EmbeddedFont>();
  private readonly names = new WeakMap<PDFPage, Map<FontWeight, PDFName>>();

  constructor(private readonly doc: PDFDocument) {}

  private font(weight: FontWeight): EmbeddedFont {
    let f = this.fonts.get(weight);
    if (!f) this.fonts.set(weight, (f = { ref: this.doc.context.nextRef(), unicode: new Map(), widths: new Map() }));
    return f;
  }

  /** Draws a shaped run with its baseline starting at (x, y), in PDF points (origin bottom-left). */
  draw(page: PDFPage, run: ShapedRun, x: number, y: number, colour: Rgb): void {
    const f = this.font(run.weight);
    const names = this.names.get(page) ?? new Map<FontWeight, PDFName>();
    this.names.set(page, names);
    let name = names.get(run.weight);
    if (!name) names.set(run.weight, (name = page.node.newFontDictionary(run.weight === 'bold' ? 'NSLB' : 'NSL', f.ref)));
    const text = run.glyphs.map((g) => g.text).join('');
    const ops: PDFOperator[] = [
      PDFOperator.of(Op.BeginMarkedContentSequence, [
        PDFName.of('Span'),
        // An inline property list: pdf-lib's operand type omits dictionaries, but writes them correctly.
        this.doc.context.obj({ ActualText: PDFHexString.fromText(text) }) as unknown as PDFName,
      ]),
      PDFOperator.of(Op.BeginText),
      PDFOperator.of(Op.SetFontAndSize, [name, PDFNumber.of(run.size)]),
      PDFOperator.of(Op.NonStrokingColorRgb, colour.map((c) => PDFNumber.of(round(c)))),
    ];
    for (const g of run.glyphs) {
      if (g.text && !f.unicode.has(g.gid)) f.unicode.set(g.gid, g.text);
      if (!f.widths.has(g.gid)) f.widths.set(g.gid, glyphAdvance(run.weight, g.gid));
      ops.push(
        PDFOperator.of(Op.SetTextMatrix, [1, 0, 0, 1, x + g.x, y + g.y].map((n) => PDFNumber.of(round(n)))),
        PDFOperator.of(Op.ShowText, [PDFHexString.of(g.gid.toString(16).padStart(4, '0'))]),
      );
    }
    ops.push(PDFOperator.of(Op.EndText), PDFOperator.of(Op.EndMarkedContent));
    page.pushOperators(...ops);
  }

  /** Writes the font objects (widths and ToUnicode of the glyphs used). Call once, before doc.save(). */
  finish(): void {
    const { context } = this.doc;
    for (const [weight, f] of this.fonts) {
      const { ascender, descender } = fontExtents(weight, 1000);
      const gids = [...f.widths.keys()].sort((a, b) => a - b);
      const name = `${subsetTag(gids)}+${POSTSCRIPT_NAMES[weight]}`;
      const descriptor = context.register(
        context.obj({
          Type: 'FontDescriptor',
          FontName: name,
          Flags: 4,
          FontBBox: [-600, Math.round(-descender), 2000, Math.round(ascender)],
          ItalicAngle: 0,
          Ascent: Math.round(ascender),
          Descent: Math.round(-descender),
          CapHeight: 714,
          StemV: weight === 'bold' ? 140 : 80,
          FontFile2: context.register(context.flateStream(subsetFont(fontBytes(weight), gids))),
        }),
      );
      const cidFont = context.register(
        context.obj({
          Type: 'Font',
          Subtype: 'CIDFontType2',
          BaseFont: name,
          CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
          FontDescriptor: descriptor,
          CIDToGIDMap: 'Identity',
          W: gids.flatMap((gid) => [gid, [f.widths.get(gid)!]]),
        }),
      );
      context.assign(
        f.ref,
        context.obj({
          Type: 'Font',
          Subtype: 'Type0',
          BaseFont: name,
          Encoding: 'Identity-H',
          DescendantFonts: [cidFont],
          ToUnicode: context.register(context.flateStream(toUnicodeCMap(f.unicode))),
        }),
      );
    }
  }
}

/** The six capital letters a subset font's name starts with (PDF 9.6.4), from its glyphs: same glyphs, same name. */
function subsetTag(gids: readonly number[]): string {
  const hash = createHash('sha256').update(gids.join(',')).digest();
  return [...hash.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

const utf16Hex = (s: string): string =>
  [...s]
    .flatMap((ch) => {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x10000) return [cp];
      const v = cp - 0x10000;
      return [0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff)];
    })
    .map((u) => u.toString(16).padStart(4, '0'))
    .join('');

/** A ToUnicode CMap for 2-byte glyph-id codes (at most 100 entries per bfchar block, as the spec asks). */
export function toUnicodeCMap(map: ReadonlyMap<number, string>): string {
  const entries = [...map].sort(([a], [b]) => a - b).map(([gid, text]) => `<${gid.toString(16).padStart(4, '0')}> <${utf16Hex(text)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CIDInit /ProcSet findresource defineresource pop',
    'end',
    'end',
  ].join('\n');
}
