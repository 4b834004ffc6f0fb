/**
 * Build-time poster / social-card renderer.
 *
 * Text goes through sharp's `text` input (libvips → Pango → HarfBuzz), so Lao
 * marks are shaped correctly (pdf-lib's drawText does no shaping). PDFs are a
 * full-page raster of the same renderer, embedded with pdf-lib.
 *
 * Two layouts: 'centred' (default; social cards) stacks everything in the
 * middle; 'poster' puts a coloured band on top, the text under it, artwork in
 * the space left, and help lines and the QR code along the bottom.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import sharp, { type OverlayOptions } from 'sharp';
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

export interface HelpLine {
  label: string;
  number: string;
  /** The label in the secondary language (bilingual posters). */
  secondaryLabel?: string;
}

/** A picture: a file path or the file's bytes; SVG is drawn at the size it is shown, raster is scaled down. */
export type PictureSource = string | Buffer;

export interface PosterSpec {
  /** BCP-47 tag: PDF /Lang and word segmentation for line breaking. */
  lang: string;
  title: string;
  body?: readonly string[];
  helpLines?: readonly HelpLine[];
  qr?: { url: string; caption?: string };
  /** CSS hex colours. */
  background?: string;
  foreground?: string;
  accent?: string;
  accentText?: string;
  /** Colour of secondary-language text and the URL under the QR code. */
  muted?: string;
  layout?: 'centred' | 'poster';
  /** Poster layout: a short line in the coloured band at the top (e.g. the site's name). */
  kicker?: string;
  /** Poster layout: a mark at the start of the band. */
  logo?: PictureSource;
  /** Poster layout: the title and body again in a second language, smaller, after the first. */
  secondary?: { lang: string; title: string; body?: readonly string[] };
  /** Poster layout: a heading over the help lines. */
  helpLinesTitle?: string;
  /** Poster layout: drawn as large as fits between the text and the help lines. */
  artwork?: PictureSource;
  /**
   * A warning in a black-on-yellow strip across the top, the layout below it (e.g. "PREVIEW — do not print"):
   * for print files of a local preview build, whose QR code leads to an address readers cannot reach.
   */
  stamp?: string;
}

/** The stamp strip's colours: the classic warning pair, 16:1 contrast. */
const STAMP = { background: '#ffd400', text: '#000000' } as const;

export interface RenderedImage {
  png: Buffer;
  width: number;
  height: number;
  /** QR position in px, used for the PDF link annotation. */
  qrBox?: { x: number; y: number; size: number };
  /** Where the artwork was drawn, and its own size in px (for a raster, to check its print resolution). */
  artworkBox?: { x: number; y: number; width: number; height: number; sourceWidth: number; sourceHeight: number; vector: boolean };
}

export const SOCIAL_SIZES = {
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
  story: { width: 1080, height: 1920 },
} as const;

/** Exact ISO sizes in PDF points. */
export const PAPER_SIZES = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
} as const;

// One static TTF per weight with Lao + Latin + Latin-ext glyphs (Google Fonts
// build), so no fallback to machine-installed fonts is ever needed.
const req = createRequire(import.meta.url);
const FAMILY = 'Noto Sans Lao';
export const FONT_FILES = {
  regular: req.resolve('@expo-google-fonts/noto-sans-lao/400Regular/NotoSansLao_400Regular.ttf'),
  bold: req.resolve('@expo-google-fonts/noto-sans-lao/700Bold/NotoSansLao_700Bold.ttf'),
} as const;

const LAO = /[\u0E80-\u0EFF]/u;
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Pango has no Lao word breaker (only Thai via libthai): a Lao run wraps only at
 * spaces. Insert U+200B between dictionary words (ICU, via Intl.Segmenter).
 */
export function addLaoBreaks(text: string, lang = 'lo'): string {
  if (!LAO.test(text)) return text;
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  let out = '';
  let prev = '';
  for (const { segment } of seg.segment(text)) {
    if (LAO.test(prev.slice(-1)) && LAO.test(segment.charAt(0))) out += '\u200B';
    out += segment;
    prev = segment;
  }
  return out;
}

/** sharp's text input is always Pango markup. */
const escapeMarkup = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Block {
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
function registerFonts(): Promise<void> {
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

async function text(
  s: string,
  o: { px: number; width: number; colour: string; lang: string; bold?: boolean; lineHeight?: number },
): Promise<Block> {
  // line_height (Pango >= 1.50): the font's line gap is sized for stacked Lao marks, loose for Latin headings.
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

/**
 * A heading wrapped into lines of even length (like CSS `text-wrap: balance`), so a short last word is not
 * left alone: the narrowest width that keeps the same number of lines, to within 5 %.
 */
async function balancedText(s: string, o: Parameters<typeof text>[1]): Promise<Block> {
  const full = await text(s, o);
  let best = full;
  let [lo, hi] = [o.width * 0.5, o.width];
  while (hi - lo > o.width * 0.05) {
    const mid = (lo + hi) / 2;
    const b = await text(s, { ...o, width: mid });
    // Blocks are cropped to the ink, so the height varies a little with descenders; a line more adds ~1.2 px per px.
    if (b.height <= full.height + o.px * 0.4) [best, hi] = [b, mid];
    else lo = mid;
  }
  return best;
}

const roundRect = (w: number, h: number, r: number, fill: string): Buffer =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="${r}" fill="${fill}"/></svg>`,
  );

/** Renders the layout onto a width×height canvas (PNG, no alpha). */
export async function renderImage(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  await registerFonts();
  if (spec.stamp) return renderStamped(spec, spec.stamp, width, height);
  if (spec.layout === 'poster') return renderPoster(spec, width, height);
  const bg = spec.background ?? '#ffffff';
  const fg = spec.foreground ?? '#1a1a1a';
  const accent = spec.accent ?? '#b3261e';
  const accentText = spec.accentText ?? '#ffffff';
  const margin = Math.round(Math.min(width, height) * 0.07);
  const contentW = width - 2 * margin;
  const lang = spec.lang;

  // Width-relative scale, larger on tall canvases; shrink until the stack fits.
  for (let scale = (width / 1080) * Math.min(1.5, Math.max(1, height / width)); ; scale *= 0.9) {
    const overlays: OverlayOptions[] = [];
    let y = 0;
    const gap = 36 * scale;
    const put = (b: Block, left: number): void => {
      overlays.push({ input: b.input, left: Math.round(left), top: Math.round(y) });
    };

    const title = await text(spec.title, { px: 76 * scale, width: contentW, colour: fg, lang, bold: true, lineHeight: 0.9 });
    put(title, margin);
    y += title.height + gap;

    for (const line of spec.body ?? []) {
      if (!line.trim()) continue;
      const b = await text(line, { px: 38 * scale, width: contentW, colour: fg, lang });
      put(b, margin);
      y += b.height + gap * 0.5;
    }
    y += gap * 0.5;

    const pad = 24 * scale;
    for (const hl of spec.helpLines ?? []) {
      const num = await text(hl.number, { px: 64 * scale, width: contentW * 0.45, colour: accentText, lang, bold: true });
      const labelW = contentW - num.width - 3 * pad;
      const label = await text(hl.label, { px: 32 * scale, width: labelW, colour: accentText, lang });
      const h = Math.round(Math.max(num.height, label.height) + 2 * pad);
      overlays.push({ input: roundRect(contentW, h, pad, accent), left: margin, top: Math.round(y) });
      overlays.push({ input: num.input, left: Math.round(margin + pad), top: Math.round(y + (h - num.height) / 2) });
      overlays.push({
        input: label.input,
        left: Math.round(margin + 2 * pad + num.width),
        top: Math.round(y + (h - label.height) / 2),
      });
      y += h + gap * 0.5;
    }

    let qrBox: RenderedImage['qrBox'];
    if (spec.qr) {
      y += gap * 0.5;
      const size = Math.round(Math.min(300 * scale, contentW * 0.5));
      // Quiet zone (margin: 2 modules) baked in; keep a white tile even on dark backgrounds.
      const qr = await QRCode.toBuffer(spec.qr.url, { type: 'png', width: size, margin: 2, errorCorrectionLevel: 'M' });
      const left = Math.round((width - size) / 2);
      overlays.push({ input: qr, left, top: Math.round(y) });
      qrBox = { x: left, y: Math.round(y), size };
      y += size + gap * 0.25;
      const cap = await text(spec.qr.caption ?? spec.qr.url, { px: 26 * scale, width: contentW, colour: fg, lang });
      put(cap, (width - cap.width) / 2);
      y += cap.height;
    }

    if (y > height - 2 * margin && scale > 0.2) continue; // too tall: retry smaller
    // Centre the stack vertically.
    const dy = Math.round((height - y) / 2);
    for (const o of overlays) o.top = (o.top ?? 0) + dy;
    if (qrBox) qrBox.y += dy;

    const png = await flatten(width, height, bg, overlays);
    return qrBox ? { png, width, height, qrBox } : { png, width, height };
  }
}

/** The layout drawn below a stamp strip; boxes move down with it, so the PDF link still covers the QR code. */
async function renderStamped(spec: PosterSpec, stamp: string, width: number, height: number): Promise<RenderedImage> {
  const { stamp: _, ...unstamped } = spec;
  const pad = Math.round(width * 0.02);
  const label = await text(stamp, { px: width * 0.03, width: width - 2 * pad, colour: STAMP.text, lang: spec.lang, bold: true });
  const top = label.height + 2 * pad;
  const inner = await renderImage(unstamped, width, height - top);
  const png = await flatten(width, height, STAMP.background, [
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

/**
 * Composites onto an opaque canvas. RGB without alpha: smaller, and embeddable in a PDF without re-encoding.
 * Print rasters (A3 at 150 dpi, 4.3 Mpx) use zlib level 6: 15 times faster than 9, for 19 % more bytes.
 */
const flatten = (width: number, height: number, bg: string, overlays: OverlayOptions[]): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: bg } })
    .composite(overlays)
    .removeAlpha()
    .png({ compressionLevel: width * height > 2_000_000 ? 6 : 9 })
    .toBuffer();

interface Picture extends Block {
  sourceWidth: number;
  sourceHeight: number;
  vector: boolean;
}

/** Scales a picture to fit inside maxW×maxH; an SVG is rasterised at that size, so it stays sharp. */
async function picture(src: PictureSource, maxW: number, maxH: number): Promise<Picture> {
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

/** Poster layout: band, text from the top, artwork in the middle, help lines and QR code along the bottom. */
async function renderPoster(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  const bg = spec.background ?? '#ffffff';
  const fg = spec.foreground ?? '#1a1a1a';
  const muted = spec.muted ?? fg;
  const accent = spec.accent ?? '#b3261e';
  const accentText = spec.accentText ?? '#ffffff';
  const margin = Math.round(width * 0.07);
  const contentW = width - 2 * margin;
  const { lang, secondary } = spec;

  // Sizes are in px of a 1080 px wide canvas, times `scale`; shrink until everything fits.
  for (let scale = width / 1080; ; scale *= 0.92) {
    const overlays: OverlayOptions[] = [];
    const gap = 40 * scale;
    const at = (input: Buffer, left: number, top: number): void => {
      overlays.push({ input, left: Math.round(left), top: Math.round(top) });
    };

    // Band across the top.
    let y = margin;
    if (spec.kicker || spec.logo) {
      const pad = 30 * scale;
      const logoSize = Math.round(84 * scale);
      const textLeft = margin + (spec.logo ? logoSize + pad : 0);
      const kicker = spec.kicker
        ? await text(spec.kicker, { px: 34 * scale, width: width - margin - textLeft, colour: accentText, lang, bold: true })
        : undefined;
      const bandH = Math.round(Math.max(spec.logo ? logoSize : 0, kicker?.height ?? 0) + 2 * pad);
      at(roundRect(width, bandH, 0, accent), 0, 0);
      if (spec.logo) {
        const logo = await picture(spec.logo, logoSize, logoSize);
        at(logo.input, margin, (bandH - logo.height) / 2);
      }
      if (kicker) at(kicker.input, textLeft, (bandH - kicker.height) / 2);
      y = bandH + margin * 0.8;
    }

    // Text, from the top.
    const title = await balancedText(spec.title, { px: 92 * scale, width: contentW, colour: fg, lang, bold: true, lineHeight: 0.9 });
    at(title.input, margin, y);
    y += title.height + gap * 0.6;
    if (secondary) {
      const t2 = await balancedText(secondary.title, { px: 58 * scale, width: contentW, colour: muted, lang: secondary.lang, bold: true, lineHeight: 0.9 });
      at(t2.input, margin, y);
      y += t2.height + gap * 0.4;
    }
    y += gap * 0.6;
    const paragraphs = (lines: readonly string[] | undefined, px: number, colour: string, l: string) =>
      (lines ?? []).filter((line) => line.trim()).map((line) => text(line, { px, width: contentW, colour, lang: l }));
    for (const b of await Promise.all(paragraphs(spec.body, 44 * scale, fg, lang))) {
      at(b.input, margin, y);
      y += b.height + gap * 0.6;
    }
    if (secondary) {
      y += gap * 0.2;
      for (const b of await Promise.all(paragraphs(secondary.body, 36 * scale, muted, secondary.lang))) {
        at(b.input, margin, y);
        y += b.height + gap * 0.5;
      }
    }
    const textEnd = y;

    // Help lines and QR code, laid out from 0, then moved to the bottom.
    const bottom: OverlayOptions[] = [];
    let by = 0;
    const below = (input: Buffer, left: number, top: number): void => {
      bottom.push({ input, left: Math.round(left), top: Math.round(top) });
    };
    const helpLines = spec.helpLines ?? [];
    if (helpLines.length && spec.helpLinesTitle) {
      const h = await text(spec.helpLinesTitle, { px: 40 * scale, width: contentW, colour: fg, lang, bold: true });
      below(h.input, margin, by);
      by += h.height + gap * 0.3;
    }
    const pad = 24 * scale;
    const numbers = await Promise.all(
      helpLines.map((hl) => text(hl.number, { px: 80 * scale, width: contentW * 0.45, colour: accentText, lang, bold: true })),
    );
    const numberW = Math.max(0, ...numbers.map((n) => n.width));
    for (const [i, hl] of helpLines.entries()) {
      const num = numbers[i]!;
      const labelW = contentW - numberW - 3 * pad;
      const label = await text(hl.label, { px: 34 * scale, width: labelW, colour: accentText, lang, bold: true });
      const label2 =
        hl.secondaryLabel && secondary
          ? await text(hl.secondaryLabel, { px: 30 * scale, width: labelW, colour: accentText, lang: secondary.lang })
          : undefined;
      const labelsH = label.height + (label2 ? label2.height : 0);
      const boxH = Math.round(Math.max(num.height, labelsH) + 2 * pad);
      below(roundRect(contentW, boxH, pad, accent), margin, by);
      below(num.input, margin + pad, by + (boxH - num.height) / 2);
      const labelTop = by + (boxH - labelsH) / 2;
      below(label.input, margin + 2 * pad + numberW, labelTop);
      if (label2) below(label2.input, margin + 2 * pad + numberW, labelTop + label.height);
      by += boxH + gap * 0.3;
    }
    let qrAt: { x: number; y: number; size: number } | undefined;
    if (spec.qr) {
      by += helpLines.length ? gap * 0.4 : 0;
      const size = Math.round(240 * scale);
      // Quiet zone of 2 modules baked in; the poster's margin adds more.
      const qr = await QRCode.toBuffer(spec.qr.url, { type: 'png', width: size, margin: 2, errorCorrectionLevel: 'M' });
      below(qr, margin, by);
      qrAt = { x: margin, y: by, size };
      const capLeft = margin + size + pad;
      const capW = contentW - size - pad;
      const caption = spec.qr.caption
        ? await text(spec.qr.caption, { px: 32 * scale, width: capW, colour: fg, lang, bold: true })
        : undefined;
      const url = await text(spec.qr.url.replace(/^https?:\/\//, ''), { px: 26 * scale, width: capW, colour: muted, lang: 'en' });
      const capH = (caption?.height ?? 0) + url.height;
      let cy = by + Math.max(0, (size - capH) / 2);
      if (caption) {
        below(caption.input, capLeft, cy);
        cy += caption.height;
      }
      below(url.input, capLeft, cy);
      by += Math.max(size, capH);
    }
    const bottomTop = height - margin - by;

    // Artwork in the space between; it needs a tenth of the height to be worth showing.
    const free = bottomTop - textEnd - 2 * gap;
    const minArt = spec.artwork ? height * 0.1 : 0;
    if (free < minArt && scale > 0.2) continue;
    let artworkBox: RenderedImage['artworkBox'];
    if (spec.artwork) {
      const art = await picture(spec.artwork, contentW, free);
      const left = margin + (contentW - art.width) / 2;
      const top = textEnd + gap + (free - art.height) / 2;
      at(art.input, left, top);
      artworkBox = {
        x: Math.round(left),
        y: Math.round(top),
        width: art.width,
        height: art.height,
        sourceWidth: art.sourceWidth,
        sourceHeight: art.sourceHeight,
        vector: art.vector,
      };
    }
    for (const o of bottom) overlays.push({ ...o, top: (o.top ?? 0) + Math.round(bottomTop) });

    const png = await flatten(width, height, bg, overlays);
    const qrBox = qrAt && { ...qrAt, y: Math.round(qrAt.y + bottomTop) };
    return { png, width, height, ...(qrBox ? { qrBox } : {}), ...(artworkBox ? { artworkBox } : {}) };
  }
}

export const renderSocialCard = (spec: PosterSpec, size: keyof typeof SOCIAL_SIZES): Promise<RenderedImage> =>
  renderImage(spec, SOCIAL_SIZES[size].width, SOCIAL_SIZES[size].height);

export interface PdfOptions {
  dpi?: number;
  /** PNG (default) is lossless and, for flat artwork, smaller than JPEG q85 (measured). */
  image?: 'png' | 'jpeg';
  quality?: number;
  /** Omitted → no dates written, so rebuilds are byte-identical. */
  date?: Date;
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
