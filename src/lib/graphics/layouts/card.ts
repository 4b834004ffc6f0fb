/**
 * The card layout (social cards and share images): title, lines, help lines and QR code stacked in the
 * middle, the site's mark (spec.logo) and name (spec.kicker) at the foot; on a Stories card no text in the bands the app covers
 * (spec.safeArea). Every text's box is returned, so tests can check where the words are.
 */
import QRCode from 'qrcode';
import type { OverlayOptions } from 'sharp';
import { flatten, picture, roundRect, text, type Block } from '../raster';
import { SOCIAL_SIZES, STORY_SAFE_AREA, type PosterSpec, type RenderedImage } from '../spec';
import { colour } from '../tokens';

type TextBox = NonNullable<RenderedImage['textBoxes']>[number];

/** Draws the card layout onto a width×height canvas (PNG, no alpha). */
export async function renderCard(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  const bg = spec.background ?? colour('white');
  const fg = spec.foreground ?? colour('ink');
  const accent = spec.accent ?? colour('brand');
  const accentText = spec.accentText ?? colour('white');
  const margin = Math.round(Math.min(width, height) * 0.07);
  const contentW = width - 2 * margin;
  const lang = spec.lang;
  // The area text may use: the safe area, inside the margins.
  const top = (spec.safeArea?.top ?? 0) + margin;
  const bottom = height - (spec.safeArea?.bottom ?? 0) - margin;

  // Width-relative scale, larger on tall canvases; shrink until the stack fits.
  for (let scale = (width / 1080) * Math.min(1.5, Math.max(1, height / width)); ; scale *= 0.9) {
    const overlays: OverlayOptions[] = [];
    const boxes: TextBox[] = [];
    let y = 0;
    const gap = 36 * scale;
    const putAt = (b: Block, left: number, at: number): void => {
      overlays.push({ input: b.input, left: Math.round(left), top: Math.round(at) });
      boxes.push({ x: Math.round(left), y: Math.round(at), width: b.width, height: b.height });
    };
    const put = (b: Block, left: number): void => putAt(b, left, y);

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
      putAt(num, margin + pad, y + (h - num.height) / 2);
      putAt(label, margin + 2 * pad + num.width, y + (h - label.height) / 2);
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

    // The site's mark and name at the foot of the text area, the stack centred in what is left above it.
    const logoSize = spec.logo ? Math.round(64 * scale) : 0;
    const logoGap = spec.logo ? Math.round(18 * scale) : 0;
    const kicker = spec.kicker
      ? await text(spec.kicker, { px: 30 * scale, width: contentW - logoSize - logoGap, colour: fg, lang, bold: true })
      : undefined;
    const footH = Math.max(kicker?.height ?? 0, logoSize);
    const stackBottom = footH ? bottom - footH - gap : bottom;
    if (y > stackBottom - top && scale > 0.2) continue; // too tall: retry smaller
    const dy = Math.round(top + (stackBottom - top - y) / 2);
    for (const o of overlays) o.top = (o.top ?? 0) + dy;
    for (const b of boxes) b.y += dy;
    if (qrBox) qrBox.y += dy;
    let logoBox: RenderedImage['logoBox'];
    if (spec.logo) {
      const logo = await picture(spec.logo, logoSize, logoSize);
      logoBox = { x: margin, y: Math.round(bottom - (footH + logo.height) / 2), width: logo.width, height: logo.height };
      overlays.push({ input: logo.input, left: logoBox.x, top: logoBox.y });
    }
    if (kicker) putAt(kicker, margin + logoSize + logoGap, bottom - (footH + kicker.height) / 2);

    const png = await flatten(width, height, bg, overlays);
    return { png, width, height, textBoxes: boxes, ...(qrBox ? { qrBox } : {}), ...(logoBox ? { logoBox } : {}) };
  }
}

export const renderSocialCard = (spec: PosterSpec, size: keyof typeof SOCIAL_SIZES): Promise<RenderedImage> =>
  renderCard(size === 'story' ? { safeArea: STORY_SAFE_AREA, ...spec } : spec, SOCIAL_SIZES[size].width, SOCIAL_SIZES[size].height);
