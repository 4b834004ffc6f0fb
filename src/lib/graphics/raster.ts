/**
 * Raster primitives for posters and cards: text blocks through sharp's `text` input (libvips → Pango →
 * HarfBuzz, so Lao marks are shaped), pictures scaled to fit, rounded boxes, and the flat opaque canvas.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { FONT_FAMILY as FAMILY, FONT_FILES } from './fonts';
import { KEEP_TOGETHER } from './keep-together';
import { breakUnits } from './line-break';
import type { PictureSource } from './spec';

const LAO = /[\u0E80-\u0EFF]/u;

/**
 * Pango has no Lao word breaker (only Thai via libthai): a Lao run wraps only at spaces. So mark the breaks
 * the print rules allow (line-break.ts: dictionary words, keep-together words, numbers kept with the word
 * before): U+200B between Lao words, and a no-break space where a space must not end a line.
 */
export function addLaoBreaks(text: string, lang = 'lo', keepTogether: readonly string[] = KEEP_TOGETHER): string {
  let out = '';
  for (const unit of breakUnits(text, { lang, keepTogether })) {
    const glued = unit.replace(/ (?=\S)/gu, '\u00A0');
    out += LAO.test(out.slice(-1)) && LAO.test(glued.charAt(0)) ? `\u200B${glued}` : glued;
  }
  return out;
}

/** sharp's text input is always Pango markup. */
const escapeMarkup = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Block {
  input: Buffer;
  width: number;
  height: number;
}

let fontsRegistered: Promise<void> | undefined;
/**
 * libvips adds every `fontfile` to one process-wide fontconfig set, and Pango
 * then picks by family + weight, NOT by the fontfile of the current call.
 * So register both weights once, up front, and select with "Bold" in the name.
 */
export function registerFonts(): Promise<void> {
  fontsRegistered ??= (async () => {
    // Ignore the machine's fonts and fontconfig settings (hinting etc.): byte-identical
    // output on every machine, and a missing glyph shows as tofu instead of a silent
    // fallback. Works only if nothing in this process rendered text with sharp before.
    if (!process.env['FONTCONFIG_FILE']) {
      const conf = join(tmpdir(), 'render-ts-fonts.conf');
      writeFileSync(conf, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
      process.env['FONTCONFIG_FILE'] = conf;
    }
    for (const fontfile of Object.values(FONT_FILES)) {
      await sharp({ text: { text: '.', font: FAMILY, fontfile } }).raw().toBuffer();
    }
  })();
  return fontsRegistered;
}

export async function text(
  s: string,
  o: { px: number; width: number; colour: string; lang: string; bold?: boolean; lineHeight?: number },
): Promise<Block> {
  // line_height (Pango >= 1.50): the font's line gap is sized for stacked Lao marks, loose for Latin headings.
  await registerFonts();
  const lh = o.lineHeight ? ` line_height="${o.lineHeight}"` : '';
  const markup = `<span foreground="${o.colour}"${lh}>${escapeMarkup(addLaoBreaks(s, o.lang))}</span>`;
  const { data, info } = await sharp({
    text: {
      text: markup,
      font: `${FAMILY}${o.bold ? ' Bold' : ''} ${o.px.toFixed(1)}`,
      fontfile: o.bold ? FONT_FILES.bold : FONT_FILES.regular,
      dpi: 72, // 1pt == 1px
      width: Math.floor(o.width),
      wrap: 'word-char', // words first (incl. our U+200B); chars only for an over-long token
      rgba: true,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

export const roundRect = (w: number, h: number, r: number, fill: string): Buffer =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="${r}" fill="${fill}"/></svg>`,
  );

/**
 * Composites onto an opaque canvas. RGB without alpha: smaller, and embeddable in a PDF without re-encoding.
 * Print rasters (A3 at 150 dpi, 4.3 Mpx) use zlib level 6: 15 times faster than 9, for 19 % more bytes.
 */
export const flatten = (width: number, height: number, bg: string, overlays: OverlayOptions[]): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: bg } })
    .composite(overlays)
    .removeAlpha()
    .png({ compressionLevel: width * height > 2_000_000 ? 6 : 9 })
    .toBuffer();

export interface Picture extends Block {
  sourceWidth: number;
  sourceHeight: number;
  vector: boolean;
}

/** Scales a picture to fit inside maxW×maxH; an SVG is rasterised at that size, so it stays sharp. */
export async function picture(src: PictureSource, maxW: number, maxH: number): Promise<Picture> {
  const meta = await sharp(src).metadata();
  const vector = meta.format === 'svg';
  const sourceWidth = meta.autoOrient?.width ?? meta.width;
  const sourceHeight = meta.autoOrient?.height ?? meta.height;
  const k = Math.min(maxW / sourceWidth, maxH / sourceHeight);
  const width = Math.max(1, Math.floor(sourceWidth * k));
  const height = Math.max(1, Math.floor(sourceHeight * k));
  // An SVG's size is in CSS px at 72 dpi: raise the density so it is drawn sharp at the target size.
  const input = await sharp(src, vector ? { density: Math.min(72 * k, 100_000) } : {})
    .rotate()
    .resize(width, height, { fit: 'fill' })
    .png()
    .toBuffer();
  return { input, width, height, sourceWidth, sourceHeight, vector };
}


/**
 * A raster as a 256-colour PNG: plenty for flat artwork and text, at half the bytes on a metered phone.
 * No dithering: with it, libimagequant at low effort swapped the white page for a dotted grey-pink below the
 * first large shape (the "stepped grey panel" on shared posters); flat colours need no dithering anyway.
 */
export const paletteToPng = (png: Buffer): Promise<Buffer> =>
  sharp(png).png({ compressionLevel: 9, palette: true, quality: 90, effort: 1, dither: 0 }).toBuffer();
