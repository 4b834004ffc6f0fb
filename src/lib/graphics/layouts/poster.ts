/**
 * The poster layout, as a scene: band on top, text under it, artwork in the space left, help lines and QR code
 * along the bottom. One scene gives the vector print PDF (scene-pdf.ts) and every PNG (scene-png.ts).
 */
import sharp from 'sharp';
import { KEEP_TOGETHER } from '../keep-together';
import { balancedParagraph, inkBox, moveItems, paragraph, stampStrip, unionBox, type Box, type Scene, type SceneItem, type TextStyle } from '../scene';
import { scenesToPdf, type PdfMeta } from '../scene-pdf';
import { sceneToPng } from '../scene-png';
import { measure } from '../shaping';
import { PAPER_SIZES, type PictureSource, type PosterSpec, type RenderedImage } from '../spec';
import { colour } from '../tokens';

export interface PosterScene {
  scene: Scene;
  background: string;
  qrBox?: Box;
  /** Where the artwork is drawn, and its own size in px (for a raster, to check its print resolution). */
  artworkBox?: Box & { sourceWidth: number; sourceHeight: number; vector: boolean };
  /** The ink of each help line's two labels (Lao over English), for checking the gap between them. */
  bilingualLabels?: { first: Box; second: Box }[];
}

async function pictureSize(src: PictureSource): Promise<{ width: number; height: number; vector: boolean }> {
  const meta = await sharp(src).metadata();
  return { width: meta.autoOrient?.width ?? meta.width, height: meta.autoOrient?.height ?? meta.height, vector: meta.format === 'svg' };
}

type Block = { items: SceneItem[]; height: number };
const textItems = (block: Block) => block.items.filter((item) => item.kind === 'text');
const blockInk = (block: Block): Box => unionBox(textItems(block).map(inkBox));

/** Lays the poster out on a width×height page, in any unit (pt for print, px for a picture). */
export async function posterScene(spec: PosterSpec, width: number, height: number): Promise<PosterScene> {
  const bg = spec.background ?? colour('white');
  const fg = spec.foreground ?? colour('ink');
  const muted = spec.muted ?? fg;
  const accent = spec.accent ?? colour('brand');
  const accentText = spec.accentText ?? colour('white');
  const margin = width * 0.07;
  const contentW = width - 2 * margin;
  const { lang, secondary } = spec;
  const rules = (l: string) => ({ lang: l, keepTogether: KEEP_TOGETHER });
  const style = (size: number, c: string, bold = false, leading?: number): TextStyle => ({
    weight: bold ? 'bold' : 'regular',
    size,
    colour: c,
    ...(leading ? { leading } : {}),
  });
  const strip = spec.stamp
    ? stampStrip(spec.stamp, width, { inset: margin, pad: width * 0.015, style: style(width * 0.025, colour('ink'), true), rules: rules(lang) })
    : { items: [], height: 0 };
  const top = strip.height;
  const logo = spec.logo ? await pictureSize(spec.logo) : undefined;
  const art = spec.artwork ? await pictureSize(spec.artwork) : undefined;

  // Sizes are in units of a 1080 wide page, times `scale`; shrink until everything fits.
  for (let scale = width / 1080; ; scale *= 0.92) {
    const items: SceneItem[] = [...strip.items];
    const gap = 40 * scale;
    const para = (s: string, st: TextStyle, x: number, y: number, w: number, l = lang): Block => paragraph(s, st, { x, y, width: w }, rules(l));

    // Band across the top.
    let y = top + margin;
    if (spec.kicker || spec.logo) {
      const pad = 30 * scale;
      const logoSize = 84 * scale;
      const textLeft = margin + (spec.logo ? logoSize + pad : 0);
      const kicker = spec.kicker ? para(spec.kicker, style(34 * scale, accentText, true), textLeft, 0, width - margin - textLeft) : undefined;
      const bandH = Math.max(spec.logo ? logoSize : 0, kicker?.height ?? 0) + 2 * pad;
      items.push({ kind: 'rect', fill: accent, x: 0, y: top, width, height: bandH });
      if (spec.logo && logo) {
        const k = logoSize / Math.max(logo.width, logo.height);
        const [w, h] = [logo.width * k, logo.height * k];
        items.push({ kind: 'image', src: spec.logo, background: accent, x: margin, y: top + (bandH - h) / 2, width: w, height: h });
      }
      if (kicker) items.push(...moveItems(kicker.items, 0, top + (bandH - kicker.height) / 2));
      y = top + bandH + margin * 0.6;
    }

    // Text, from the top.
    const title = balancedParagraph(spec.title, style(92 * scale, fg, true, 0.85), { x: margin, y, width: contentW }, rules(lang));
    items.push(...title.items);
    y += title.height + gap * 0.2;
    if (secondary) {
      const t2 = balancedParagraph(secondary.title, style(58 * scale, muted, true, 0.85), { x: margin, y, width: contentW }, rules(secondary.lang));
      items.push(...t2.items);
      y += t2.height + gap * 0.2;
    }
    y += gap * 0.4;
    const paragraphs = (lines: readonly string[] | undefined, size: number, c: string, l: string, after: number): void => {
      for (const line of (lines ?? []).filter((s) => s.trim())) {
        const b = para(line, style(size, c), margin, y, contentW, l);
        items.push(...b.items);
        y += b.height + after;
      }
    };
    paragraphs(spec.body, 44 * scale, fg, lang, gap * 0.3);
    if (secondary) {
      y += gap * 0.2;
      paragraphs(secondary.body, 36 * scale, muted, secondary.lang, gap * 0.25);
    }
    const textEnd = y;

    // Help lines and QR code, laid out from 0, then moved to the bottom.
    const bottom: SceneItem[] = [];
    const labelPairs: { first: Box; second: Box }[] = [];
    let by = 0;
    const helpLines = spec.helpLines ?? [];
    if (helpLines.length && spec.helpLinesTitle) {
      const h = para(spec.helpLinesTitle, style(40 * scale, fg, true), margin, by, contentW);
      bottom.push(...h.items);
      by += h.height + gap * 0.2;
    }
    const pad = 16 * scale;
    const numberStyle = style(80 * scale, accentText, true);
    const numberW = Math.max(0, ...helpLines.map((hl) => measure(hl.number, 'bold', numberStyle.size)));
    for (const hl of helpLines) {
      const labelX = margin + 2.5 * pad + numberW + pad;
      const labelW = margin + contentW - pad - labelX;
      const num = para(hl.number, numberStyle, margin + 1.5 * pad, 0, numberW + 1);
      const label = para(hl.label, style(34 * scale, accentText, true), labelX, 0, labelW);
      let labels = label.items;
      let labelsH = label.height;
      if (hl.secondaryLabel && secondary) {
        const label2 = para(hl.secondaryLabel, style(30 * scale, accentText), labelX, label.height, labelW, secondary.lang);
        // However tall the Lao marks reach, the English label starts a clear gap under their ink.
        const shift = Math.max(0, blockInk(label).y + blockInk(label).height + 12 * scale - blockInk(label2).y);
        labels = [...labels, ...moveItems(label2.items, 0, shift)];
        labelsH += label2.height + shift;
      }
      const boxH = Math.max(num.height, labelsH) + 2 * pad;
      bottom.push({ kind: 'rect', fill: accent, radius: pad, x: margin, y: by, width: contentW, height: boxH });
      bottom.push(...moveItems(num.items, 0, by + (boxH - num.height) / 2));
      const moved = moveItems(labels, 0, by + (boxH - labelsH) / 2);
      bottom.push(...moved);
      if (hl.secondaryLabel && secondary) {
        const texts = moved.filter((item) => item.kind === 'text');
        const first = texts.slice(0, label.items.length);
        const second = texts.slice(label.items.length);
        labelPairs.push({ first: unionBox(first.map(inkBox)), second: unionBox(second.map(inkBox)) });
      }
      by += boxH + gap * 0.3;
    }
    let qrBox: Box | undefined;
    if (spec.qr) {
      by += helpLines.length ? gap * 0.4 : 0;
      const size = 240 * scale;
      qrBox = { x: margin, y: by, width: size, height: size };
      bottom.push({ kind: 'qr', url: spec.qr.url, ...qrBox });
      const capLeft = margin + size + pad * 1.5;
      const capW = contentW - size - pad * 1.5;
      const caption: SceneItem[] = [];
      let cy = 0;
      for (const line of (spec.qr.caption ?? '').split('\n').filter((s) => s.trim())) {
        const c = para(line, style(32 * scale, fg, true), capLeft, cy, capW);
        caption.push(...c.items);
        cy += c.height;
      }
      const url = para(spec.qr.url.replace(/^https?:\/\//, ''), style(26 * scale, muted), capLeft, cy, capW, 'en');
      caption.push(...url.items);
      cy += url.height;
      bottom.push(...moveItems(caption, 0, by + Math.max(0, (size - cy) / 2)));
      by += Math.max(size, cy);
    }
    const bottomTop = height - margin - by;

    // Artwork in the space between; it needs a tenth of the height to be worth showing.
    const free = bottomTop - textEnd - 2 * gap;
    if (free < (art ? height * 0.1 : 0) && scale > 0.2) continue;
    let artworkBox: PosterScene['artworkBox'];
    if (spec.artwork && art) {
      const k = Math.min(contentW / art.width, free / art.height);
      const [w, h] = [art.width * k, art.height * k];
      const box = { x: margin + (contentW - w) / 2, y: textEnd + gap + (free - h) / 2, width: w, height: h };
      items.push({ kind: 'image', src: spec.artwork, background: bg, ...box });
      artworkBox = { ...box, sourceWidth: art.width, sourceHeight: art.height, vector: art.vector };
    }
    items.push(...moveItems(bottom, 0, bottomTop));
    const down = (b: Box): Box => ({ ...b, y: b.y + bottomTop });
    const scene: Scene = { width, height, items, links: [] };
    if (qrBox && spec.qr) scene.links.push({ url: spec.qr.url, ...down(qrBox) });
    return {
      scene,
      background: bg,
      ...(qrBox ? { qrBox: down(qrBox) } : {}),
      ...(artworkBox ? { artworkBox } : {}),
      ...(labelPairs.length ? { bilingualLabels: labelPairs.map((p) => ({ first: down(p.first), second: down(p.second) })) } : {}),
    };
  }
}

/** A box on whole pixels that still holds all of it (ink boxes must not lose their anti-aliased edge). */
const roundBox = (b: Box): Box => {
  const [x, y] = [Math.floor(b.x), Math.floor(b.y)];
  return { x, y, width: Math.ceil(b.x + b.width) - x, height: Math.ceil(b.y + b.height) - y };
};

/** The poster as a width×height px picture (PNG, no alpha), with where its parts are, in px. */
export async function renderPoster(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  const drawn = await posterScene(spec, width, height);
  const png = await sceneToPng(drawn.scene, width, drawn.background);
  const { qrBox, artworkBox, bilingualLabels } = drawn;
  return {
    png,
    width,
    height,
    ...(qrBox ? { qrBox: { x: Math.round(qrBox.x), y: Math.round(qrBox.y), size: Math.round(qrBox.width) } } : {}),
    ...(artworkBox ? { artworkBox: { ...artworkBox, ...roundBox(artworkBox) } } : {}),
    ...(bilingualLabels ? { bilingualLabels: bilingualLabels.map((p) => ({ first: roundBox(p.first), second: roundBox(p.second) })) } : {}),
  };
}

/** A poster's print scene: laid out once on A3 (in pt); A4 is the same page at 1/√2. */
export const posterPrintScene = (spec: PosterSpec): Promise<PosterScene> => posterScene(spec, PAPER_SIZES.A3.width, PAPER_SIZES.A3.height);

/** The print scene as a one-page vector PDF of a paper size, its QR code linked. */
export const posterPdf = (drawn: PosterScene, meta: PdfMeta, paper: keyof typeof PAPER_SIZES): Promise<Uint8Array> =>
  scenesToPdf([drawn.scene], meta, { page: PAPER_SIZES[paper] });
