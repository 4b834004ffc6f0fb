/** Scenes as vector PDF pages: shaped text (pdf-text.ts), filled boxes, QR codes as squares, pictures, links. */
import sharp from 'sharp';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  pushGraphicsState,
  popGraphicsState,
  rectangle,
  fill,
  rgb,
  setFillingRgbColor,
  type PDFPage,
} from 'pdf-lib';
import { hexToRgb, PdfFonts } from './pdf-text';
import type { Scene, SceneItem } from './scene';
import { qrSquares } from './scene-png';
import { colour as token } from './tokens';

export interface PdfMeta {
  title: string;
  lang: string;
  /** The page the document comes from: Subject, a keyword, and the QR code's link. */
  url?: string;
  /** Omitted → no dates written, so rebuilds are byte-identical. */
  date?: Date;
}

export interface PdfScale {
  /**
   * The page size in pt, when it is not the scene's: the scene is scaled to its width (one scene laid out for
   * A3 prints on A4 at 1/√2; the ISO sizes, rounded to 0.01 pt, differ from that by under 0.01 pt in height).
   */
  page?: { width: number; height: number };
  /** Resolution pictures are drawn at, at the printed size. */
  imageDpi?: number;
}

function drawQr(page: PDFPage, item: Extract<SceneItem, { kind: 'qr' }>, pageHeight: number): void {
  // Dark ink on white, as in the PNG (scene-png.ts).
  const ops = [pushGraphicsState(), setFillingRgbColor(...hexToRgb(token('white'))), rectangle(item.x, pageHeight - item.y - item.height, item.width, item.height), fill()];
  ops.push(setFillingRgbColor(...hexToRgb(token('ink'))));
  // A hair larger than the cell, so neighbouring squares never show a seam when rasterised.
  for (const [x, y, s] of qrSquares(item.url, item.x, item.y, item.width)) ops.push(rectangle(x, pageHeight - y - s, s + 0.02, s + 0.02));
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}

/** A rounded box as SVG path data, from (0, 0) (pdf-lib's drawSvgPath flips y itself). */
const roundedRect = (w: number, h: number, r: number): string =>
  `M${r} 0H${w - r}A${r} ${r} 0 0 1 ${w} ${r}V${h - r}A${r} ${r} 0 0 1 ${w - r} ${h}H${r}A${r} ${r} 0 0 1 0 ${h - r}V${r}A${r} ${r} 0 0 1 ${r} 0Z`;

/** A picture drawn at `dpi` for its printed size, embedded as an RGB PNG without decoding it again. */
async function drawImage(doc: PDFDocument, page: PDFPage, item: Extract<SceneItem, { kind: 'image' }>, pageHeight: number, scale: number, dpi: number): Promise<void> {
  const w = Math.max(1, Math.round(((item.width * scale) / 72) * dpi));
  const h = Math.max(1, Math.round(((item.height * scale) / 72) * dpi));
  const meta = await sharp(item.src).metadata();
  const density = meta.format === 'svg' ? Math.min(72 * (w / meta.width), 100_000) : undefined;
  const png = await sharp(item.src, density ? { density } : {})
    .rotate()
    .resize(w, h, { fit: 'fill' })
    .flatten({ background: item.background })
    .png({ compressionLevel: 9 })
    .toBuffer();
  const name = embedPngAsIs(doc, page, png);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(item.width, 0, 0, item.height, item.x, pageHeight - item.y - item.height),
    drawObject(name),
    popGraphicsState(),
  );
}

/**
 * Embeds an 8-bit RGB, non-interlaced PNG without decoding it: its IDAT data is a zlib stream with PNG row
 * filters, which PDF reads directly with the PNG predictor (pdf-lib's embedPng would inflate and deflate the
 * whole image again, in JavaScript).
 */
function embedPngAsIs(doc: PDFDocument, page: PDFPage, png: Buffer): PDFName {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [bitDepth, colourType, , , interlace] = png.subarray(24, 29);
  if (bitDepth !== 8 || colourType !== 2 || interlace !== 0) throw new Error('embedPngAsIs: not an 8-bit RGB PNG');
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const dict = doc.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: 3, BitsPerComponent: 8, Columns: width },
  });
  return page.node.newXObject('Image', doc.context.register(PDFRawStream.of(dict, Buffer.concat(idat))));
}

/** A PDF with one page per scene (in pt, or scaled to `page`). Same scenes and meta → same bytes. */
export async function scenesToPdf(scenes: readonly Scene[], meta: PdfMeta, { page: size, imageDpi = 200 }: PdfScale = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = new PdfFonts(doc);
  for (const scene of scenes) {
    const scale = size ? size.width / scene.width : 1;
    const page = doc.addPage(size ? [size.width, size.height] : [scene.width, scene.height]);
    const h = scene.height;
    if (scale !== 1) page.pushOperators(pushGraphicsState(), concatTransformationMatrix(scale, 0, 0, scale, 0, 0));
    for (const item of scene.items) {
      if (item.kind === 'rect') {
        if (item.radius) page.drawSvgPath(roundedRect(item.width, item.height, item.radius), { x: item.x, y: h - item.y, color: colour(item.fill) });
        else page.drawRectangle({ x: item.x, y: h - item.y - item.height, width: item.width, height: item.height, color: colour(item.fill) });
      } else if (item.kind === 'text') {
        fonts.draw(page, item.run, item.x, h - item.y - item.baseline, hexToRgb(item.colour));
      } else if (item.kind === 'qr') {
        drawQr(page, item, h);
      } else {
        await drawImage(doc, page, item, h, scale, imageDpi);
      }
    }
    if (scale !== 1) page.pushOperators(popGraphicsState());
    if (scene.links.length) {
      const annots = scene.links.map((link) =>
        doc.context.register(
          doc.context.obj({
            Type: 'Annot',
            Subtype: 'Link',
            Rect: [link.x, h - link.y - link.height, link.x + link.width, h - link.y].map((v) => Math.round(v * scale * 1000) / 1000),
            Border: [0, 0, 0],
            A: { Type: 'Action', S: 'URI', URI: PDFString.of(link.url) },
          }),
        ),
      );
      page.node.set(PDFName.of('Annots'), doc.context.obj(annots));
    }
  }
  fonts.finish();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.lang);
  doc.setCreator('laos-tip-gbv-hub');
  doc.setProducer('pdf-lib');
  if (meta.date) {
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
  }
  if (meta.url) {
    doc.setSubject(meta.url);
    doc.setKeywords([meta.url]);
  }
  // No object streams: the link's `/URI (...)` stays plain text in the file (greppable).
  return doc.save({ useObjectStreams: false });
}

const colour = (hex: string) => rgb(...hexToRgb(hex));
