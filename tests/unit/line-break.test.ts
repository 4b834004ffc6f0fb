import { describe, expect, it } from 'vitest';
import { KEEP_TOGETHER } from '../../src/lib/graphics/keep-together';
import { breakUnits, wrapLines } from '../../src/lib/graphics/line-break';

/** A stand-in measure: one unit per character, so widths are easy to reason about. */
const chars = (s: string): number => [...s].length;

describe('line breaks for print', () => {
  it('breaks between Lao dictionary words and after spaces, and the pieces join back into the text', () => {
    const text = 'ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳ ໂທຫາສາຍດ່ວນ';
    const units = breakUnits(text, { lang: 'lo' });
    expect(units.join('')).toBe(text);
    expect(units).toContain('ແມ່ນ');
    expect(units.length).toBeGreaterThan(4);
  });

  it('never splits a word on the keep-together list', () => {
    const text = 'ຢຸດການຄ້າມະນຸດ ດຽວນີ້';
    expect(breakUnits(text, { lang: 'lo' })).toContain('ມະນຸດ ');
    const kept = breakUnits(text, { lang: 'lo', keepTogether: KEEP_TOGETHER });
    expect(kept.some((unit) => unit.includes('ການຄ້າມະນຸດ'))).toBe(true);
  });

  it('keeps a phone number with the word before it, so it never starts a line alone', () => {
    const lines = wrapLines('ໂທຫາສາຍດ່ວນ 1362 ໄດ້ຕະຫຼອດ', 14, chars, { lang: 'lo', keepTogether: KEEP_TOGETHER });
    expect(lines.every((line) => !/^\d+$/.test(line))).toBe(true);
    expect(lines.some((line) => /\S\s1362/.test(line))).toBe(true);
    expect(wrapLines('Please call 1362', 11, chars, { lang: 'en' })).toEqual(['Please', 'call 1362']);
  });

  it('fills lines up to the width and cuts a single over-long word between letters', () => {
    expect(wrapLines('one two three four', 9, chars, { lang: 'en' })).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('abcdefghij', 4, chars, { lang: 'en' })).toEqual(['abcd', 'efgh', 'ij']);
  });
});
