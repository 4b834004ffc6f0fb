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
  it('puts break opportunities between Lao words only', () => {
    expect(addLaoBreaks('ການຄ້າມະນຸດແມ່ນຫຍັງ')).toBe('ການຄ້າ\u200Bມະນຸດ\u200Bແມ່ນ\u200Bຫຍັງ');
    expect(addLaoBreaks('Call 1362 now')).toBe('Call 1362 now');
  });
});

// Rendering takes seconds, more on the busy shared machine: vitest's 5 s default is too tight.
describe('renderer', { timeout: 60_000 }, () => {
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
