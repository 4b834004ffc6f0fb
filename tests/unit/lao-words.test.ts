import { describe, expect, it } from 'vitest';
import { joinLaoWords, keepLaoWordsInHtml, laoWordParts } from '../../src/lib/lao/keep-words';
import { laoWords, parseLaoWords } from '../../src/lib/lao/word-list';

const words = ['ການຄ້າມະນຸດ', 'ຄ້າມະນຸດ', 'ສາຍດ່ວນ', 'ເວັບໄຊ'];

describe('laoWordParts', () => {
  it('cuts text into listed words and the rest, longest word first, giving the text back when joined', () => {
    const text = 'ຕ້ານການຄ້າມະນຸດ ໂທສາຍດ່ວນ 1362';
    const parts = laoWordParts(text, words);
    expect(parts).toEqual([
      { text: 'ຕ້ານ', keep: false },
      { text: 'ການຄ້າມະນຸດ', keep: true },
      { text: ' ໂທ', keep: false },
      { text: 'ສາຍດ່ວນ', keep: true },
      { text: ' 1362', keep: false },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('keeps a tone mark or vowel that follows a word inside it', () => {
    expect(laoWordParts('ເວັບໄຊທ໌', ['ເວັບໄຊທ']).map((part) => part.text)).toEqual(['ເວັບໄຊທ໌']);
  });

  it('returns text without listed words, or with an empty list, as one part', () => {
    expect(laoWordParts('ສະບາຍດີ', words)).toEqual([{ text: 'ສະບາຍດີ', keep: false }]);
    expect(laoWordParts('ການຄ້າມະນຸດ', [])).toEqual([{ text: 'ການຄ້າມະນຸດ', keep: false }]);
  });
});

describe('joinLaoWords (posters and PDFs)', () => {
  it('puts WORD JOINER between the characters of listed words only', () => {
    expect(joinLaoWords('ໂທສາຍດ່ວນ', ['ສາຍດ່ວນ'])).toBe(`ໂທ${[...'ສາຍດ່ວນ'].join('\u2060')}`);
  });
});

describe('keepLaoWordsInHtml', () => {
  it('wraps listed words in text in a nowrap span, leaving tags, attributes, title and scripts alone', () => {
    const html =
      '<title>ການຄ້າມະນຸດ</title><a href="/lo/" title="ສາຍດ່ວນ">ໂທສາຍດ່ວນ</a><script>"ເວັບໄຊ"</script><p>ເວັບໄຊນີ້</p>';
    expect(keepLaoWordsInHtml(html, words)).toBe(
      '<title>ການຄ້າມະນຸດ</title><a href="/lo/" title="ສາຍດ່ວນ">ໂທ<span class="nowrap">ສາຍດ່ວນ</span></a><script>"ເວັບໄຊ"</script><p><span class="nowrap">ເວັບໄຊ</span>ນີ້</p>',
    );
  });

  it('returns pages without Lao unchanged', () => {
    const html = '<p>Call the hotline</p>';
    expect(keepLaoWordsInHtml(html, words)).toBe(html);
  });
});

describe('the word list', () => {
  it('reads content/settings/lao-words.yaml: Lao words, including the key terms', () => {
    expect(laoWords()).toEqual(expect.arrayContaining(['ການຄ້າມະນຸດ', 'ສາຍດ່ວນ', 'ແຄມເປນ', 'ເວັບໄຊ', 'ດາວໂຫຼດ', 'ລ່ວງລະເມີດ', 'ຄວາມຮຸນແຮງ']));
  });

  it('stops on an entry that is not one Lao word, naming the file, the entry and the fix', () => {
    expect(() => parseLaoWords('- ສາຍດ່ວນ\n- hotline\n', 'content/settings/lao-words.yaml')).toThrow(
      'content/settings/lao-words.yaml: word 2 ("hotline") is not one Lao word. Write Lao letters only, without spaces, digits or English.',
    );
    expect(() => parseLaoWords('- ສາຍ ດ່ວນ\n', 'f.yaml')).toThrow('word 1');
    expect(() => parseLaoWords('words: ສາຍດ່ວນ\n', 'f.yaml')).toThrow('f.yaml: expected a list of Lao words');
  });
});
