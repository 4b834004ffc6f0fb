/**
 * Build-time posters and social cards: picks the layout and re-exports the pieces callers use, so they import
 * from one place. Layouts live in layouts/; posters and material sheets are scenes (scene.ts) drawn as vector
 * PDFs (scene-pdf.ts) and PNGs (scene-png.ts); cards are drawn by raster.ts.
 */
import { renderCard } from './layouts/card';
import { posterPdf, posterPrintScene, renderPoster } from './layouts/poster';
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
  return spec.layout === 'poster' ? renderPoster(spec, width, height) : renderCard(spec, width, height);
}

/** Print PDF of the poster layout: vector text and QR code on one exact-size page, its QR code linked. */
export async function renderPdf(spec: PosterSpec, paper: keyof typeof PAPER_SIZES): Promise<Uint8Array> {
  return posterPdf(await posterPrintScene(spec), { title: spec.title, lang: spec.lang, ...(spec.qr ? { url: spec.qr.url } : {}) }, paper);
}
