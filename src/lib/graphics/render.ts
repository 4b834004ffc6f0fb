/**
 * Build-time posters and social cards: picks the layout and re-exports the pieces callers use, so they import
 * from one place. Layouts live in layouts/; posters and material sheets are scenes (scene.ts) drawn as vector
 * PDFs (scene-pdf.ts) and PNGs (scene-png.ts); cards are drawn by raster.ts.
 */
import { renderCard } from './layouts/card';
import { posterPdf, posterPrintScene, renderPoster } from './layouts/poster';
import { flatten, text } from './raster';
import { colour } from './tokens';
import { PAPER_SIZES, type PosterSpec, type RenderedImage } from './spec';

export * from './spec';
export { FONT_FILES } from './fonts';
export { RENDERER_FILES } from './renderer-files';
export { addLaoBreaks } from './raster';
export { renderSocialCard } from './layouts/card';
export { posterPdf, posterPrintScene, type PosterScene } from './layouts/poster';
export { sceneToPng } from './scene-png';

/** Renders a layout onto a width×height canvas (PNG, no alpha). */
export async function renderImage(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  // A poster draws its own stamp strip (in its scene, so the PDF has it too).
  if (spec.layout === 'poster') return renderPoster(spec, width, height);
  if (spec.stamp) return renderStamped(spec, spec.stamp, width, height);
  return renderCard(spec, width, height);
}

/** Print PDF of the poster layout: vector text and QR code on one exact-size page, its QR code linked. */
export async function renderPdf(spec: PosterSpec, paper: keyof typeof PAPER_SIZES): Promise<Uint8Array> {
  return posterPdf(await posterPrintScene(spec), { title: spec.title, lang: spec.lang, ...(spec.qr ? { url: spec.qr.url } : {}) }, paper);
}

/** The layout drawn below a stamp strip; boxes move down with it, so the PDF link still covers the QR code. */
async function renderStamped(spec: PosterSpec, stamp: string, width: number, height: number): Promise<RenderedImage> {
  const { stamp: _, ...unstamped } = spec;
  const pad = Math.round(width * 0.02);
  const label = await text(stamp, { px: width * 0.03, width: width - 2 * pad, colour: colour('ink'), lang: spec.lang, bold: true });
  const top = label.height + 2 * pad;
  const inner = await renderImage(unstamped, width, height - top);
  const png = await flatten(width, height, colour('stamp'), [
    { input: label.input, left: Math.round((width - label.width) / 2), top: pad },
    { input: inner.png, left: 0, top },
  ]);
  return {
    ...inner,
    png,
    height,
    ...(inner.qrBox ? { qrBox: { ...inner.qrBox, y: inner.qrBox.y + top } } : {}),
    ...(inner.artworkBox ? { artworkBox: { ...inner.artworkBox, y: inner.artworkBox.y + top } } : {}),
  };
}
