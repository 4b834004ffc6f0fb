import { describe, expect, it } from 'vitest';
import { syllables } from '../../src/lib/search/syllables';
import { queryTerms, segmentForIndex, SPACE_MARK, WORD_SEPARATOR } from '../../src/lib/search/segment';
import { segmentHtmlForIndex } from '../../src/lib/search/segment-html';
import { cleanLaoDisplay, excerptParts } from '../../src/lib/search/display';

/** Shows the invisible characters: · separator, ¶ authored-space mark. */
const show = (text: string) => text.replaceAll(WORD_SEPARATOR, '·').replaceAll(SPACE_MARK, '¶');

/** What Pagefind stores: every run of white space as one ASCII space. */
const stored = (text: string) => text.replace(/\s+/g, ' ');

describe('Lao syllables', () => {
  it.each([
    ['ການຄ້າມະນຸດ', 'ການ|ຄ້າ|ມະ|ນຸດ'],
    ['ແຮງງານ', 'ແຮງ|ງານ'],
    ['ຄວາມຮຸນແຮງທາງເພດ', 'ຄວາມ|ຮຸນ|ແຮງ|ທາງ|ເພດ'],
    ['ສະຫວັດດີການສັງຄົມ', 'ສະ|ຫວັດ|ດີ|ການ|ສັງ|ຄົມ'],
    ['ຫຼວງພະບາງ', 'ຫຼວງ|ພະ|ບາງ'],
    ['ເດືອນມັງກອນ', 'ເດືອນ|ມັງ|ກອນ'],
    ['ເຄື່ອນຍ້າຍ', 'ເຄື່ອນ|ຍ້າຍ'],
    ['ວິດີໂອ', 'ວິ|ດີ|ໂອ'],
    ['ຄອບຄົວ', 'ຄອບ|ຄົວ'],
    ['ແຂວງອຸດົມໄຊ', 'ແຂວງ|ອຸ|ດົມ|ໄຊ'],
    ['ເດັກນ້ອຍ', 'ເດັກ|ນ້ອຍ'],
    ['ບອກວ່າ', 'ບອກ|ວ່າ'],
    ['ຫຼາຍກວ່າ', 'ຫຼາຍ|ກວ່າ'],
    ['ການອອກ', 'ການ|ອອກ'],
    ['ຜູ້ລອດຊີວິດ', 'ຜູ້|ລອດ|ຊີ|ວິດ'],
    ['ທຸກໆປີ', 'ທຸກໆ|ປີ'],
  ])('%s → %s', (word, expected) => {
    expect(syllables(word).join('|')).toBe(expected);
  });

  it('splits a word typed alone as it is split inside running text', () => {
    const text = 'ແຮງງານລາວທີ່ໄປຊອກວຽກເຮັດຢູ່ຕ່າງປະເທດ ມັກຈະຖືກຂູດຮີດແຮງງານ ຫຼື ຖືກບັງຄັບໃຫ້ເຮັດວຽກ';
    const inText = ` ${queryTerms(text).join(' ')} `;
    for (const word of ['ແຮງງານ', 'ຕ່າງປະເທດ', 'ຂູດຮີດ', 'ບັງຄັບ', 'ເຮັດວຽກ', 'ຊອກວຽກ']) {
      expect(inText).toContain(` ${queryTerms(word).join(' ')} `);
    }
  });
});

describe('segmentForIndex', () => {
  it('separates Lao syllables and tags the spaces the author typed', () => {
    expect(show(segmentForIndex('ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳ ແລະ ຜິດກົດໝາຍ'))).toBe(
      'ການ·ຄ້າ·ມະ·ນຸດ·ແມ່ນ·ອາ·ຊະ·ຍາ·ກຳ¶ ແລະ¶ ຜິດ·ກົດ·ໝາຍ',
    );
  });

  it('leaves English alone', () => {
    const english = 'Fake job offers often promise high wages, 24/7 work and free travel.';
    expect(segmentForIndex(english)).toBe(english);
  });

  it('separates Lao from Latin, digits and punctuation written against it, and keeps each intact', () => {
    expect(show(segmentForIndex('ໂຄງການ USAID Laos CTIP, ປີ2023 (ເປັນແມ່ຍິງ 109 ຄົນ).'))).toBe(
      'ໂຄງ·ການ¶ USAID Laos CTIP,¶ ປີ·2023 (·ເປັນ·ແມ່·ຍິງ¶ 109¶ ຄົນ·).',
    );
  });

  it('keeps Lao and ASCII numbers whole', () => {
    expect(show(segmentForIndex('ວັນທີ ໒໕ ພະຈິກ 2025'))).toBe('ວັນ·ທີ¶ ໒໕¶ ພະ·ຈິກ¶ 2025');
  });

  it('treats a zero-width space between Lao words as a separator', () => {
    expect(show(segmentForIndex('ການຄ້າ\u200Bມະນຸດ'))).toBe('ການ·ຄ້າ·ມະ·ນຸດ');
  });

  it('is idempotent', () => {
    for (const text of ['ແຮງງານລາວ 2024 ໄປ Thailand, ທຸກໆປີ "ວຽກປອມ"! ກ່ອນອອກເດີນທາງ', 'plain English', 'ປີ2023']) {
      const once = segmentForIndex(text);
      expect(segmentForIndex(once)).toBe(once);
    }
  });
});

describe('queryTerms', () => {
  it('splits a compound typed without spaces into the index terms', () => {
    expect(queryTerms('ການຄ້າມະນຸດ')).toEqual(['ການ', 'ຄ້າ', 'ມະ', 'ນຸດ']);
  });

  it('keeps English words and numbers, drops punctuation-only pieces', () => {
    expect(queryTerms('  fake   jobs, 2024 ! ')).toEqual(['fake', 'jobs,', '2024']);
  });

  it('handles a query mixing Lao and Latin', () => {
    expect(queryTerms('ແຮງງານTikTok')).toEqual(['ແຮງ', 'ງານ', 'TikTok']);
  });

  it('spells ໍ + າ as ຳ, like the index does', () => {
    expect(queryTerms('ນ້\u0ECD\u0EB2')).toEqual(['ນ້ຳ']);
  });
});

describe('segmentHtmlForIndex', () => {
  it('segments text across inline tags but never inside tags, attributes or scripts', () => {
    const html =
      '<h1>ປອດໄພ</h1><p class="ການຄ້າ">ການ<b>ຄ້າ</b>ມະນຸດແມ່ນ <a href="/lo/x/">ອາຊະຍາກຳ</a></p><script>var x = "ການຄ້າມະນຸດ";</script>';
    expect(show(segmentHtmlForIndex(html))).toBe(
      '<h1>ປອດ·ໄພ¶</h1><p class="ການຄ້າ">ການ·<b>ຄ້າ·</b>ມະ·ນຸດ·ແມ່ນ¶ <a href="/lo/x/">ອາ·ຊະ·ຍາ·ກຳ¶</a></p><script>var x = "ການຄ້າມະນຸດ";</script>',
    );
  });

  it('returns a document without Lao unchanged', () => {
    const html = '<html lang="en"><body><p>Hello <b>world</b></p></body></html>';
    expect(segmentHtmlForIndex(html)).toBe(html);
  });

  it('leaves the part before the indexed content as it is: an English page with a Lao language switcher', () => {
    const html = '<header><a hreflang="lo">ພາສາລາວ</a></header><article><p>Hello <b>world</b></p></article>';
    expect(segmentHtmlForIndex(html, html.indexOf('<article'))).toBe(html);
    const lao = '<header><a>ພາສາລາວ</a></header><article><p>ປອດໄພ</p></article>';
    expect(show(segmentHtmlForIndex(lao, lao.indexOf('<article')))).toBe('<header><a>ພາສາລາວ</a></header><article><p>ປອດ·ໄພ¶</p></article>');
  });

  it('is idempotent', () => {
    const html = '<main><h2>ເປັນຫຍັງຈຶ່ງສຳຄັນ</h2><ul><li>ແຮງງານ<em>ລາວ</em> 174 ຄົນ;</li><li>Winrock International</li></ul></main>';
    const once = segmentHtmlForIndex(html);
    expect(segmentHtmlForIndex(once)).toBe(once);
  });
});

describe('cleanLaoDisplay', () => {
  const roundTrip = (text: string) => cleanLaoDisplay(stored(segmentForIndex(text)));

  it.each([
    ['Lao', 'ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳ ແລະ ຜິດກົດໝາຍ.'],
    ['English', 'Human trafficking is a crime, and it is against the law.'],
    ['mixed Lao and Latin', 'ໂຄງການ USAID Laos CTIP ແລະ TikTok'],
    ['digits', 'ປີ2023 ແລະ ໒໕ ພະຈິກ 2025'],
    ['punctuation', 'ລາວ,ໄທ (ເປັນແມ່ຍິງ 109 ຄົນ); "ວຽກປອມ"!'],
  ])('gives back %s text as written', (_name, text) => {
    expect(roundTrip(text)).toBe(text);
  });

  it('removes separators from a title, which Pagefind keeps as they are', () => {
    expect(cleanLaoDisplay(segmentForIndex('ກ່ຽວກັບເວັບໄຊນີ້'))).toBe('ກ່ຽວກັບເວັບໄຊນີ້');
  });

  it('keeps highlights, merging the pieces of one word', () => {
    const excerpt = `ຂອງ <mark>ການ</mark> <mark>ຄ້າ</mark> <mark>ມະ</mark> <mark>ນຸດ${SPACE_MARK}</mark> ເປັນ ສ່ວນ ໃຫຍ່,${SPACE_MARK} ແລະ`;
    expect(cleanLaoDisplay(excerpt)).toBe('ຂອງ<mark>ການຄ້າມະນຸດ</mark> ເປັນສ່ວນໃຫຍ່, ແລະ');
  });

  it('keeps a space between Latin words and drops a separator Pagefind left in a title', () => {
    expect(cleanLaoDisplay(`Winrock International${WORD_SEPARATOR}ລາວ`)).toBe('Winrock Internationalລາວ');
  });
});

describe('excerptParts', () => {
  it('gives marked and unmarked runs as text, never as HTML', () => {
    expect(excerptParts('a <b> & <mark>ແຮງ</mark> <mark>ງານ</mark> ລາວ')).toEqual([
      { text: 'a <b> &', mark: false },
      { text: 'ແຮງງານ', mark: true },
      { text: 'ລາວ', mark: false },
    ]);
  });
});
