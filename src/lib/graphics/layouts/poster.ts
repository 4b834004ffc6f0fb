/** The poster layout: band on top, text under it, artwork in the space left, help lines and QR code along the bottom. */
import type { OverlayOptions } from 'sharp';
import QRCode from 'qrcode';
import { balancedText, flatten, picture, roundRect, text } from '../raster';
import type { PosterSpec, RenderedImage } from '../spec';
import { colour } from '../tokens';

export async function renderPoster(spec: PosterSpec, width: number, height: number): Promise<RenderedImage> {
  const bg = spec.background ?? colour('white');
  const fg = spec.foreground ?? colour('ink');
  const muted = spec.muted ?? fg;
  const accent = spec.accent ?? colour('brand');
  const accentText = spec.accentText ?? colour('white');
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
    const labelPairs: NonNullable<RenderedImage['bilingualLabels']> = [];
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
      // Blocks are cropped to the ink: without a gap the English label's capitals touch the Lao marks above.
      const labelGap = label2 ? Math.round(12 * scale) : 0;
      const labelsH = label.height + labelGap + (label2 ? label2.height : 0);
      const boxH = Math.round(Math.max(num.height, labelsH) + 2 * pad);
      below(roundRect(contentW, boxH, pad, accent), margin, by);
      below(num.input, margin + pad, by + (boxH - num.height) / 2);
      const labelTop = by + (boxH - labelsH) / 2;
      below(label.input, margin + 2 * pad + numberW, labelTop);
      if (label2) {
        const x = Math.round(margin + 2 * pad + numberW);
        below(label2.input, x, labelTop + label.height + labelGap);
        labelPairs.push({
          first: { x, y: Math.round(labelTop), width: label.width, height: label.height },
          second: { x, y: Math.round(labelTop + label.height + labelGap), width: label2.width, height: label2.height },
        });
      }
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
    for (const pair of labelPairs) for (const box of [pair.first, pair.second]) box.y += Math.round(bottomTop);
    return {
      png,
      width,
      height,
      ...(qrBox ? { qrBox } : {}),
      ...(artworkBox ? { artworkBox } : {}),
      ...(labelPairs.length ? { bilingualLabels: labelPairs } : {}),
    };
  }
}

