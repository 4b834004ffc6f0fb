import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { addLaoBreaks, PAPER_SIZES, renderPdf, renderSocialCard } from '../../src/lib/graphics/render';

const spec = {
  lang: 'lo',
  title: 'ການຄ້າມະນຸດ ແມ່ນຫຍັງ?',
  body: ['ໂທຫາສາຍດ່ວນ ເພື່ອຂໍຄວາມຊ່ວຍເຫຼືອ'],
  helpLines: [{ number: '1362', label: 'ສູນໃຫ້ຄຳປຶກສາ ຂອງສະຫະພັນແມ່ຍິງລາວ' }],
  qr: { url: 'https://example.org/lo/help/' },
};

describe('addLaoBreaks', () => {
  it('puts break opportunities between Lao words, except inside a word kept together', () => {
    expect(addLaoBreaks('ແມ່ນຫຍັງ ມະນຸດ', 'lo', [])).toBe('ແມ່ນ\u200Bຫຍັງ ມະນຸດ');
    expect(addLaoBreaks('ການຄ້າມະນຸດແມ່ນຫຍັງ', 'lo', [])).toBe('ການຄ້າ\u200Bມະນຸດ\u200Bແມ່ນ\u200Bຫຍັງ');
    expect(addLaoBreaks('ການຄ້າມະນຸດແມ່ນຫຍັງ', 'lo', ['ການຄ້າມະນຸດ'])).toBe('ການຄ້າມະນຸດ\u200Bແມ່ນ\u200Bຫຍັງ');
  });

  it('ties a number to the word before it with a no-break space', () => {
    expect(addLaoBreaks('Call 1362 now', 'en')).toBe('Call\u00A01362 now');
    expect(addLaoBreaks('ໂທ 1362 ເລີຍ')).toBe('ໂທ\u00A01362 ເລີຍ');
  });
});

// Rendering takes seconds, more on the busy shared machine: vitest's 5 s default is too tight.
describe('renderer', { timeout: 60_000 }, () => {
  it('keeps a Stories card\'s text out of the top 250 px and bottom 340 px, with the site\'s name on it', async () => {
    const card = await renderSocialCard({ ...spec, kicker: 'Laos: stop trafficking' }, 'story');
    expect([card.width, card.height]).toEqual([1080, 1920]);
    const boxes = card.textBoxes!;
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const box of boxes) {
      expect(box.y).toBeGreaterThanOrEqual(250);
      expect(box.y + box.height).toBeLessThanOrEqual(1920 - 340);
    }
    // The site's name is the lowest text, and its pixels are there: the band under it is plain background.
    const lowest = boxes.reduce((a, b) => (a.y > b.y ? a : b));
    const { data, info } = await sharp(card.png).extract({ left: 0, top: lowest.y, width: 1080, height: lowest.height }).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(data.some((v) => v < 128)).toBe(true);
    const band = await sharp(card.png).extract({ left: 0, top: 1920 - 340, width: 1080, height: 340 }).greyscale().raw().toBuffer();
    expect(band.every((v) => v === band[0])).toBe(true);
    expect(info.width).toBe(1080);
  });

  it('draws the site\'s mark beside its name at the foot of a card, inside the Stories safe area', async () => {
    const card = await renderSocialCard({ ...spec, kicker: 'Laos: stop trafficking', logo: 'public/favicon.svg' }, 'story');
    const logo = card.logoBox!;
    expect(logo.width).toBeGreaterThan(40);
    expect(logo.y + logo.height).toBeLessThanOrEqual(1920 - 340);
    const name = card.textBoxes!.reduce((a, b) => (a.y > b.y ? a : b));
    expect(name.x).toBeGreaterThanOrEqual(logo.x + logo.width); // beside it, not over it
    expect(Math.abs(name.y + name.height / 2 - (logo.y + logo.height / 2))).toBeLessThan(logo.height / 2);
    // The mark's orange circle (--color-unite) is there: near its top edge, in the middle.
    const [r, g, b] = await sharp(card.png).extract({ left: logo.x + Math.round(logo.width / 2), top: logo.y + Math.round(logo.height * 0.06), width: 1, height: 1 }).raw().toBuffer();
    expect([r, g, b]).toEqual([0xff, 0x99, 0x00]);
    const plain = await renderSocialCard({ ...spec, kicker: 'Laos: stop trafficking' }, 'story');
    expect(plain.logoBox).toBeUndefined();
  });

  it('renders a social card at the exact size', async () => {
    const card = await renderSocialCard(spec, 'portrait');
    const meta = await sharp(card.png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1080, 1350]);
  });

  it('renders an A4 PDF of the exact page size, with title, language and QR link', async () => {
    const bytes = await renderPdf(spec, 'A4');
    const doc = await PDFDocument.load(bytes);
    const [page] = doc.getPages();
    expect(doc.getPageCount()).toBe(1);
    expect(page!.getSize()).toEqual(PAPER_SIZES.A4);
    expect(doc.getTitle()).toBe(spec.title);
    expect(doc.getSubject()).toBe(spec.qr.url);
    expect(Buffer.from(bytes).toString('latin1')).toContain(`/URI (${spec.qr.url})`);
  });
});
