/**
 * Scenes as pictures: the scene written as SVG (each glyph as its HarfBuzz outline, so the PNG shows exactly
 * the shapes the PDF holds, with no font lookup) and drawn by sharp (librsvg). The same scene gives the print
 * PDF (scene-pdf.ts) and the PNGs, so there is one layout in one place.
 */
import QRCode from 'qrcode';
import sharp from 'sharp';
import type { Scene, SceneItem } from './scene';
import { glyphPath } from './shaping';
import { colour } from './tokens';

/** Quiet zone of a QR code, in modules (the white box around it; the layout leaves more). */
export const QR_MARGIN = 2;

/** The dark modules of a QR code as squares in a size×size box at (x, y): [x, y, side] each. */
export function qrSquares(url: string, x: number, y: number, size: number): [number, number, number][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 2 * QR_MARGIN);
  const squares: [number, number, number][] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) squares.push([x + (col + QR_MARGIN) * cell, y + (row + QR_MARGIN) * cell, cell]);
    }
  }
  return squares;
}

const n = (v: number): string => String(Math.round(v * 1000) / 1000);
const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A picture drawn at w×h px, flattened on its background (PNG, as a data URL librsvg reads). */
async function imageData(item: Extract<SceneItem, { kind: 'image' }>, w: number, h: number): Promise<string> {
  const meta = await sharp(item.src).metadata();
  const density = meta.format === 'svg' ? Math.min(72 * (w / meta.width), 100_000) : undefined;
  const png = await sharp(item.src, density ? { density } : {})
    .rotate()
    .resize(Math.max(1, Math.round(w)), Math.max(1, Math.round(h)), { fit: 'fill' })
    .flatten({ background: item.background })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The scene as an SVG document `pixelWidth` px wide (the scene's own units scaled to it). */
export async function sceneToSvg(scene: Scene, pixelWidth: number, background: string): Promise<string> {
  const k = pixelWidth / scene.width;
  const pixelHeight = Math.round(scene.height * k);
  const glyphs = new Map<string, string>();
  const body: string[] = [];
  for (const item of scene.items) {
    if (item.kind === 'rect') {
      const r = item.radius ? ` rx="${n(item.radius)}"` : '';
      body.push(`<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${r} fill="${item.fill}"/>`);
    } else if (item.kind === 'text') {
      const uses: string[] = [];
      for (const g of item.run.glyphs) {
        const { d, upem } = glyphPath(item.run.weight, g.gid);
        if (!d) continue;
        const id = `${item.run.weight[0]}${g.gid}`;
        if (!glyphs.has(id)) glyphs.set(id, `<path id="${id}" d="${d}"/>`);
        const s = item.run.size / upem;
        const x = item.x + g.x;
        const y = item.y + item.baseline - g.y;
        uses.push(`<use href="#${id}" transform="translate(${n(x)} ${n(y)}) scale(${n(s)} ${n(-s)})"/>`);
      }
      body.push(`<g fill="${item.colour}">${uses.join('')}</g>`);
    } else if (item.kind === 'qr') {
      const d = qrSquares(item.url, item.x, item.y, item.width)
        .map(([x, y, s]) => `M${n(x)} ${n(y)}h${n(s)}v${n(s)}h${n(-s)}z`)
        .join('');
      body.push(`<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" fill="${colour('white')}"/>`);
      body.push(`<path d="${d}" fill="${colour('ink')}"/>`);
    } else {
      const href = await imageData(item, item.width * k, item.height * k);
      body.push(`<image x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" preserveAspectRatio="none" href="${attr(href)}"/>`);
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" preserveAspectRatio="none">`,
    `<defs>${[...glyphs.values()].join('')}</defs>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** The scene as an opaque PNG `pixelWidth` px wide. */
export async function sceneToPng(scene: Scene, pixelWidth: number, background: string): Promise<Buffer> {
  const svg = await sceneToSvg(scene, pixelWidth, background);
  const pixels = pixelWidth * Math.round((scene.height * pixelWidth) / scene.width);
  return sharp(Buffer.from(svg), { limitInputPixels: false })
    .removeAlpha()
    .png({ compressionLevel: pixels > 2_000_000 ? 6 : 9 })
    .toBuffer();
}
