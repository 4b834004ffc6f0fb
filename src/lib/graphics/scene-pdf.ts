/** Scenes as vector PDF pages: shaped text (pdf-text.ts), filled boxes, QR codes as squares, links. */
import {
  PDFDocument,
  PDFName,
  PDFString,
  pushGraphicsState,
  popGraphicsState,
  rectangle,
  fill,
  rgb,
  setFillingRgbColor,
  type PDFPage,
} from 'pdf-lib';
import QRCode from 'qrcode';
import { hexToRgb, PdfFonts } from './pdf-text';
import type { Scene } from './scene';

export interface PdfMeta {
  title: string;
  lang: string;
  /** The page the document comes from: Subject, a keyword, and the QR code's link. */
  url?: string;
  /** Omitted → no dates written, so rebuilds are byte-identical. */
  date?: Date;
}

/** Quiet zone of the QR code, in modules (the standard asks for 4; the white box around it adds more). */
const QR_MARGIN = 2;

function drawQr(page: PDFPage, url: string, x: number, top: number, size: number, pageHeight: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = modules.size + 2 * QR_MARGIN;
  const cell = size / n;
  const ops = [pushGraphicsState(), setFillingRgbColor(1, 1, 1), rectangle(x, pageHeight - top - size, size, size), fill()];
  ops.push(setFillingRgbColor(0, 0, 0));
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      // A hair larger than the cell, so neighbouring squares never show a seam when rasterised.
      const cx = x + (col + QR_MARGIN) * cell;
      const cy = pageHeight - top - (row + QR_MARGIN + 1) * cell;
      ops.push(rectangle(cx, cy, cell + 0.02, cell + 0.02));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}

/** A PDF with one page per scene (sizes in points). Same scenes and meta → same bytes. */
export async function scenesToPdf(scenes: readonly Scene[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = new PdfFonts(doc);
  for (const scene of scenes) {
    const page = doc.addPage([scene.width, scene.height]);
    const h = scene.height;
    for (const item of scene.items) {
      if (item.kind === 'rect') {
        page.drawRectangle({ x: item.x, y: h - item.y - item.height, width: item.width, height: item.height, color: colour(item.fill) });
      } else if (item.kind === 'text') {
        fonts.draw(page, item.run, item.x, h - item.y - item.baseline, hexToRgb(item.colour));
      } else {
        drawQr(page, item.url, item.x, item.y, item.width, h);
      }
    }
    if (scene.links.length) {
      const annots = scene.links.map((link) =>
        doc.context.register(
          doc.context.obj({
            Type: 'Annot',
            Subtype: 'Link',
            Rect: [link.x, h - link.y - link.height, link.x + link.width, h - link.y],
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
