/**
 * Build-time poster / social-card renderer.
 *
 * Text goes through sharp's `text` input (libvips → Pango → HarfBuzz), so Lao
 * marks are shaped correctly (pdf-lib's drawText does no shaping). PDFs are a
 * full-page raster of the same renderer, embedded with pdf-lib.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import sharp, { type OverlayOptions } from 'sharp';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

export interface HelpLine {
  label: string;
  number: string;
}

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
}

export interface RenderedImage {
  png: Buffer;
  width: number;
  height: number;
  /** QR position in px, used for the PDF link annotation. */
  qrBox?: { x: number; y: number; size: number };
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

const roundRect = (w: number, h: number, r: number, fill: string): Buffer =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="${r}" fill="${fill}"/></svg>`,
  );

/** Renders the layout onto a width×height canvas (PNG, no alpha). */
export async function renderImage(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  await registerFonts();
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

    const png = await sharp({ create: { width, height, channels: 3, background: bg } })
      .composite(overlays)
      .png({ compressionLevel: 9 })
      .toBuffer();
    return qrBox ? { png, width, height, qrBox } : { png, width, height };
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
  { dpi = 150, image = 'png', quality = 85, date }: PdfOptions = {},
): Promise<Uint8Array> {
  const { width: wPt, height: hPt } = PAPER_SIZES[paper];
  const img = await renderImage(spec, Math.round((wPt / 72) * dpi), Math.round((hPt / 72) * dpi));

  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([wPt, hPt]);
  const embedded =
    image === 'jpeg'
      ? await doc.embedJpg(await sharp(img.png).jpeg({ quality, mozjpeg: true }).toBuffer())
      : await doc.embedPng(img.png);
  page.drawImage(embedded, { x: 0, y: 0, width: wPt, height: hPt });

  doc.setTitle(spec.title, { showInWindowTitleBar: true });
  doc.setLanguage(spec.lang);
  doc.setCreator('laos-tip-gbv-hub');
  doc.setProducer('pdf-lib');
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }
  if (spec.qr) {
    doc.setSubject(spec.qr.url);
    doc.setKeywords([spec.qr.url]);
  }
  if (spec.qr && img.qrBox) {
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
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(spec.qr.url) },
      }),
    );
    page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
  }
  // No object streams: the link's `/URI (...)` stays plain text in the file (greppable).
  // Title/Subject are UTF-16 hex strings; read them back with pdf-lib or pdfinfo.
  return doc.save({ useObjectStreams: false });
}
