import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

describe('countWords', () => {
  it('finds the words inside Lao text written without spaces', () => {
    // "Noy received a message from a stranger who promised a job with a high salary."
    const lao = 'ນ້ອຍໄດ້ຮັບຂໍ້ຄວາມຈາກຄົນແປກໜ້າ ທີ່ສັນຍາວ່າຈະໃຫ້ວຽກເງິນເດືອນສູງ.';
    expect(countWords(lao, 'lo')).toBeGreaterThanOrEqual(10);
    // Splitting on spaces alone would see two "words".
    expect(lao.split(/\s+/).length).toBe(2);
  });

  it('counts English words and ignores punctuation and spaces', () => {
    expect(countWords('Call 1554 — it is free, day and night.', 'en')).toBe(8);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('Short.', 'en')).toBe(1);
    expect(readingMinutes('', 'lo')).toBe(1);
  });

  it(`rounds words / ${WORDS_PER_MINUTE} to whole minutes`, () => {
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE * 3), 'en')).toBe(3);
    expect(readingMinutes('ວຽກ '.repeat(WORDS_PER_MINUTE * 2), 'lo')).toBe(2);
  });
});
