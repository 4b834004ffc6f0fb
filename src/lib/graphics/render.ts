/**
 * Build-time posters and social cards: picks the layout and re-exports the pieces callers use, so they import
 * from one place. Layouts live in layouts/, raster primitives in raster.ts, PDFs in raster-pdf.ts (a raster
 * page) and scene-pdf.ts (vector text).
 */
import { renderCard } from './layouts/card';
import { renderPoster } from './layouts/poster';
import { imageToPdf, type PdfOptions } from './raster-pdf';
import { PAPER_SIZES, type PosterSpec, type RenderedImage } from './spec';

export * from './spec';
export { FONT_FILES } from './fonts';
export { addLaoBreaks } from './raster';
export { renderSocialCard } from './layouts/card';
export { imageToPdf, paperPixels, type PdfOptions } from './raster-pdf';

/** Renders a layout onto a width×height canvas (PNG, no alpha). */
export async function renderImage(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  return spec.layout === 'poster' ? renderPoster(spec, width, height) : renderCard(spec, width, height);
}

/** Print PDF: one exact-size page holding the raster, plus metadata and a QR link. */
export async function renderPdf(
  spec: PosterSpec,
  paper: keyof typeof PAPER_SIZES,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const { width: wPt, height: hPt } = PAPER_SIZES[paper];
  const dpi = options.dpi ?? 150;
  const img = await renderImage(spec, Math.round((wPt / 72) * dpi), Math.round((hPt / 72) * dpi));
  return imageToPdf(img, { title: spec.title, lang: spec.lang, ...(spec.qr ? { url: spec.qr.url } : {}) }, paper, options);
}

