/** Raster posters as PDF pages: one exact-size page holding the picture, metadata, and a link over the QR code. */
import sharp from 'sharp';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  type PDFPage,
} from 'pdf-lib';
import { PAPER_SIZES, type RenderedImage } from './spec';

export interface PdfOptions {
  dpi?: number;
  /** PNG (default) is lossless and, for flat artwork, smaller than JPEG q85 (measured). */
  image?: 'png' | 'jpeg';
  quality?: number;
  /** Omitted → no dates written, so rebuilds are byte-identical. */
  date?: Date;
}

/** The width×height in px of a paper size at a resolution. */
export function paperPixels(paper: keyof typeof PAPER_SIZES, dpi = 150): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return { width: Math.round((width / 72) * dpi), height: Math.round((height / 72) * dpi) };
}

/**
 * A PDF page of the paper size filled with an image already rendered (A-sizes share one aspect ratio, so
 * an A3 raster at 150 dpi serves A4 at 212 dpi). `url` becomes the Subject, a keyword, and a link over the QR.
 */
export async function imageToPdf(
  img: RenderedImage,
  meta: { title: string; lang: string; url?: string },
  paper: keyof typeof PAPER_SIZES,
  { image = 'png', quality = 85, date }: PdfOptions = {},
): Promise<Uint8Array> {
  const { width: wPt, height: hPt } = PAPER_SIZES[paper];
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([wPt, hPt]);
  if (image === 'jpeg') {
    const embedded = await doc.embedJpg(await sharp(img.png).jpeg({ quality, mozjpeg: true }).toBuffer());
    page.drawImage(embedded, { x: 0, y: 0, width: wPt, height: hPt });
  } else if (!drawPngAsIs(doc, page, img.png, wPt, hPt)) {
    page.drawImage(await doc.embedPng(img.png), { x: 0, y: 0, width: wPt, height: hPt });
  }

  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.lang);
  doc.setCreator('laos-tip-gbv-hub');
  doc.setProducer('pdf-lib');
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }
  if (meta.url) {
    doc.setSubject(meta.url);
    doc.setKeywords([meta.url]);
  }
  if (meta.url && img.qrBox) {
    // px (top-left origin) → pt (bottom-left origin)
    const k = wPt / img.width;
    const { x, y, size } = img.qrBox;
    const rect = [x * k, hPt - (y + size) * k, (x + size) * k, hPt - y * k];
    const link = doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: rect,
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(meta.url) },
      }),
    );
    page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
  }
  // No object streams: the link's `/URI (...)` stays plain text in the file (greppable).
  // Title/Subject are UTF-16 hex strings; read them back with pdf-lib or pdfinfo.
  return doc.save({ useObjectStreams: false });
}

/**
 * Embeds an 8-bit RGB or grey, non-interlaced PNG without decoding it: its IDAT data is a zlib stream with
 * PNG row filters, which PDF reads directly with the PNG predictor (pdf-lib's embedPng would inflate and
 * deflate the whole image again, in JavaScript). Returns false for other PNGs.
 */
function drawPngAsIs(doc: PDFDocument, page: PDFPage, png: Buffer, wPt: number, hPt: number): boolean {
  if (png.readUInt32BE(12) !== 0x49484452) return false; // IHDR
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [bitDepth, colourType, , , interlace] = png.subarray(24, 29);
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 0) || interlace !== 0) return false;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const colors = colourType === 2 ? 3 : 1;
  const dict = doc.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: 8, Columns: width },
  });
  const name = page.node.newXObject('Image', doc.context.register(PDFRawStream.of(dict, Buffer.concat(idat))));
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(wPt, 0, 0, hPt, 0, 0), drawObject(name), popGraphicsState());
  return true;
}
