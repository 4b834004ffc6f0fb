/**
 * The poster layout of the shared renderer: Lao marks in place (against a reference image a person has
 * looked at, and by the marks' position relative to their consonant), exact PDF pages from one raster, and
 * the raster embedded in the PDF without a change.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { paletteToPng } from '../../src/lib/graphics/raster';
import { imageToPdf, PAPER_SIZES, paperPixels, renderImage, type PosterSpec } from '../../src/lib/graphics/render';
import { hasPreviewStamp } from '../support/preview-stamp';

const reference = path.resolve(import.meta.dirname, 'reference/lao-poster-title.png');
/** Title and message of a Lao poster at 1080 px wide, under the band. */
const crop = { left: 0, top: 110, width: 1080, height: 480 };

const laoPoster = (title: string): PosterSpec => ({
  layout: 'poster',
  lang: 'lo',
  kicker: 'ຢຸດການຄ້າມະນຸດ, ຢຸດຄວາມຮຸນແຮງ',
  title,
  body: ['ຖ້າທ່ານສົງໄສວ່າ ເດັກກຳລັງຖືກຂູດຮີດທາງເພດ, ຢ່າມິດງຽບ. ແຈ້ງເລື່ອງນີ້ທັນທີ.'],
  helpLinesTitle: 'ໂທຂໍຄວາມຊ່ວຍເຫຼືອ ຫຼື ແຈ້ງເຫດ',
  helpLines: [{ number: '1362', label: 'ສູນໃຫ້ຄຳປຶກສາ ແລະ ປົກປ້ອງ ຂອງສະຫະພັນແມ່ຍິງລາວ' }],
  qr: { url: 'https://example.org/lo/posters/protect-children/', caption: 'ສະແກນ ເພື່ອເບິ່ງໂປສເຕີນີ້' },
  accent: '#0b5259',
  foreground: '#16161d',
  muted: '#4a4a57',
});
const title = 'ປົກປ້ອງເດັກ ຈາກການຂູດຮີດທາງເພດ';

async function grey(png: Buffer, region?: typeof crop) {
  const image = region ? sharp(png).extract(region) : sharp(png);
  return image.greyscale().raw().toBuffer({ resolveWithObject: true });
}

/** Pixels that differ by more than a quarter of the range: anti-aliasing noise stays under it. */
async function differingPixels(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([grey(a), grey(b)]);
  expect([x.info.width, x.info.height]).toEqual([y.info.width, y.info.height]);
  let count = 0;
  for (let i = 0; i < x.data.length; i++) if (Math.abs(x.data[i]! - y.data[i]!) > 64) count++;
  return count;
}

const posterCrop = async (t: string) =>
  sharp((await renderImage(laoPoster(t), 1080, 1527)).png).extract(crop).png().toBuffer();

describe('a Lao poster', { timeout: 120_000 }, () => {
  // At most 0.01 % of the crop (52 px) may differ: one tone mark is several hundred pixels.
  const tolerance = 0.0001 * crop.width * crop.height;

  it('matches the reference image of its title and message, marks included', async () => {
    const rendered = await posterCrop(title);
    if (process.env.UPDATE_REFERENCES) {
      // After a deliberate layout change. Look at the new image before committing it: every vowel and tone
      // mark over or under its consonant, as in a printed Lao text.
      writeFileSync(reference, rendered);
    }
    expect(existsSync(reference), `${reference} is missing: run with UPDATE_REFERENCES=1, then check it by eye`).toBe(true);
    expect(await differingPixels(rendered, await sharp(reference).png().toBuffer())).toBeLessThanOrEqual(tolerance);
  });

  it('does not match when a mark changes or leaves its consonant (the comparison can fail)', async () => {
    const ref = await sharp(reference).png().toBuffer();
    const otherTone = await posterCrop(title.replace('ປ້ອງ', 'ປ່ອງ'));
    const markBeside = await posterCrop(title.replace('ປ້ອງ', 'ປ ້ອງ'));
    expect(await differingPixels(otherTone, ref)).toBeGreaterThan(tolerance);
    expect(await differingPixels(markBeside, ref)).toBeGreaterThan(tolerance);
  });
});

/** Dark blobs (8-connected) of a rendered syllable, as bounding boxes, largest first. */
async function blobs(png: Buffer) {
  const { data, info } = await grey(png);
  const { width, height } = info;
  const seen = new Uint8Array(width * height);
  const found: { left: number; right: number; top: number; bottom: number; size: number }[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || data[start]! > 128) continue;
    const box = { left: width, right: 0, top: height, bottom: 0, size: 0 };
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % width;
      const y = (p - x) / width;
      Object.assign(box, {
        left: Math.min(box.left, x),
        right: Math.max(box.right, x),
        top: Math.min(box.top, y),
        bottom: Math.max(box.bottom, y),
        size: box.size + 1,
      });
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          const q = ny * width + nx;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen[q] || data[q]! > 128) continue;
          seen[q] = 1;
          stack.push(q);
        }
      }
    }
    if (box.size > 20) found.push(box);
  }
  return found.sort((a, b) => b.size - a.size);
}

describe('Lao marks sit on their consonant', () => {
  const syllable = async (s: string) =>
    blobs((await renderImage({ lang: 'lo', title: s, foreground: '#000000' }, 400, 400)).png);

  it('puts a tone mark above the consonant, not beside it', async () => {
    const [consonant, mark] = await syllable('ກ້');
    expect(mark!.bottom).toBeLessThan(consonant!.top);
    const centre = (mark!.left + mark!.right) / 2;
    expect(centre).toBeGreaterThan(consonant!.left);
    expect(centre).toBeLessThan(consonant!.right);
  });

  it('puts a vowel below the consonant', async () => {
    const [consonant, vowel] = await syllable('ກູ');
    expect(vowel!.top).toBeGreaterThan(consonant!.bottom);
    expect((vowel!.left + vowel!.right) / 2).toBeGreaterThan(consonant!.left);
  });

  it('stacks a tone mark over a vowel over the consonant', async () => {
    const [consonant, ...marks] = await syllable('ກີ້');
    const [lower, upper] = marks.sort((a, b) => b.top - a.top);
    expect(lower!.bottom).toBeLessThan(consonant!.top);
    expect(upper!.bottom).toBeLessThan(lower!.top);
  });
});

/** Reverses PNG row filters (what a PDF reader does for /Predictor 15). */
function unfilter(raw: Buffer, width: number, bpp: number): Buffer {
  const stride = width * bpp;
  const rows = raw.length / (stride + 1);
  const out = Buffer.alloc(rows * stride);
  for (let y = 0; y < rows; y++) {
    const type = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      out[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][type]!) & 0xff;
    }
  }
  return out;
}

describe('print PDFs from one raster', { timeout: 120_000 }, () => {
  const url = 'https://example.org/lo/posters/protect-children/';

  it('makes exact A4 and A3 pages holding the same pixels, with title, language, and a link over the QR code', async () => {
    const { width, height } = paperPixels('A3');
    const img = await renderImage(laoPoster(title), width, height);
    const pixels = await sharp(img.png).raw().toBuffer();
    const contents: Partial<Record<'A4' | 'A3', Buffer>> = {};
    for (const paper of ['A4', 'A3'] as const) {
      const bytes = await imageToPdf(img, { title, lang: 'lo', url }, paper);
      const doc = await PDFDocument.load(bytes);
      const page = doc.getPage(0);
      expect(doc.getPageCount()).toBe(1);
      expect(page.getSize()).toEqual(PAPER_SIZES[paper]);
      expect([doc.getTitle(), doc.getSubject()]).toEqual([title, url]);
      expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (lo)');

      const xobjects = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
      const stream = xobjects.lookup(xobjects.keys()[0]!);
      if (!(stream instanceof PDFRawStream)) throw new Error('the page image is not a raw stream');
      expect(stream.dict.get(PDFName.of('Width'))!.toString()).toBe(String(width));
      // Decoded as a PDF reader does, the image is the raster, pixel for pixel (A3 holds the same stream).
      if (paper === 'A4') expect(unfilter(inflateSync(stream.contents), width, 3).equals(pixels)).toBe(true);
      contents[paper] = Buffer.from(stream.contents);

      // The link covers the QR code, which encodes the same URL.
      const annotation = page.node.Annots()!.lookup(0, PDFDict);
      const [x1, , x2, y2] = annotation.lookup(PDFName.of('Rect'))!.toString().slice(1, -1).trim().split(/\s+/).map(Number);
      const k = width / PAPER_SIZES[paper].width;
      const box = { left: Math.round(x1! * k), top: Math.round(height - y2! * k), size: Math.round((x2! - x1!) * k) };
      const qr = await sharp(img.png).extract({ left: box.left, top: box.top, width: box.size, height: box.size }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(qr.data), qr.info.width, qr.info.height)?.data).toBe(url);
    }
    expect(contents.A3!.equals(contents.A4!)).toBe(true);
  });

  it('draws a preview stamp across the top, the poster below it, its QR code still readable and linked', async () => {
    const { width, height } = paperPixels('A4', 72);
    const plain = await renderImage(laoPoster(title), width, height);
    const stamped = await renderImage({ ...laoPoster(title), stamp: 'PREVIEW — do not print' }, width, height);
    expect([stamped.width, stamped.height]).toEqual([width, height]);
    // The strip is the warning yellow; a poster without a stamp starts with its coloured band.
    expect(await hasPreviewStamp(stamped.png)).toBe(true);
    expect(await hasPreviewStamp(plain.png)).toBe(false);
    const box = stamped.qrBox!;
    const qr = await sharp(stamped.png).extract({ left: box.x, top: box.y, width: box.size, height: box.size }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(qr.data), qr.info.width, qr.info.height)?.data).toBe(url);
  });

  it('gives the same bytes every time (deterministic builds)', async () => {
    const spec = laoPoster(title);
    const [a, b] = await Promise.all([renderImage(spec, 600, 848), renderImage(spec, 600, 848)]);
    const [pa, pb] = await Promise.all([imageToPdf(a, { title, lang: 'lo', url }, 'A4'), imageToPdf(b, { title, lang: 'lo', url }, 'A4')]);
    expect(Buffer.from(pa).equals(Buffer.from(pb))).toBe(true);
  });

  it('reports the artwork as drawn, so a photo too small for print can be refused', async () => {
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#c2410c' } }).png().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#0b5259"/></svg>');
    const { width, height } = paperPixels('A3');
    const withPhoto = await renderImage({ ...laoPoster(title), artwork: photo }, width, height);
    const withSvg = await renderImage({ ...laoPoster(title), artwork: svg }, width, height);
    expect(withPhoto.artworkBox).toMatchObject({ vector: false, sourceWidth: 300 });
    expect(withPhoto.artworkBox!.width).toBeGreaterThan(300); // drawn larger than it is: under 150 dpi
    expect(withSvg.artworkBox).toMatchObject({ vector: true });
    expect(withSvg.artworkBox!.width).toBeGreaterThan(20 * 30); // an SVG is drawn at the size it is shown
  });
});

describe('a bilingual poster', { timeout: 120_000 }, () => {
  it('leaves a visible gap between the Lao and English label of each help line', async () => {
    const spec: PosterSpec = {
      ...laoPoster(title),
      secondary: { lang: 'en', title: 'Protect children from sexual exploitation' },
      helpLines: [{ number: '1362', label: 'ສູນໃຫ້ຄຳປຶກສາ ແລະ ປົກປ້ອງ ຂອງສະຫະພັນແມ່ຍິງລາວ', secondaryLabel: 'Counselling and Protection Centre' }],
    };
    const img = await renderImage(spec, 1080, 1527);
    const [pair] = img.bilingualLabels!;
    // Boxes are cropped to the ink, so this is the white space between the lowest Lao mark and the English.
    const gap = pair!.second.y - (pair!.first.y + pair!.first.height);
    expect(gap).toBeGreaterThanOrEqual(8);
    // And the pixels agree: the rows between the two labels hold no text colour.
    const rows = await sharp(img.png)
      .extract({ left: pair!.first.x, top: pair!.first.y + pair!.first.height, width: Math.max(pair!.first.width, pair!.second.width), height: gap })
      .greyscale()
      .raw()
      .toBuffer();
    expect(Math.max(...rows)).toBeLessThan(128); // white text on the dark accent box: no light pixel in the gap
  });
});

describe('the poster PNG for screens and sharing', { timeout: 120_000 }, () => {
  it('keeps the white page white: no tinted panel from the 256-colour palette', async () => {
    const { png } = await renderImage({ ...laoPoster(title), artwork: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#0b5259"/></svg>') }, 1080, 1527);
    const [before, after] = await Promise.all([png, paletteToPng(png)].map(async (p) => sharp(await p).removeAlpha().raw().toBuffer()));
    let tinted = 0;
    for (let i = 0; i < before!.length; i += 3) {
      const white = before![i] === 255 && before![i + 1] === 255 && before![i + 2] === 255;
      if (white && (after![i] !== 255 || after![i + 1] !== 255 || after![i + 2] !== 255)) tinted++;
    }
    expect(tinted).toBe(0);
  });
});
