import { describe, expect, it } from 'vitest';
import { fileType, formatFileSize } from '../../src/lib/file-size';

describe('formatFileSize', () => {
  it('writes sizes the way each language writes numbers', () => {
    expect(formatFileSize(2345, 'en')).toBe('2.3 kB');
    expect(formatFileSize(2345, 'lo')).toBe('2,3 kB');
    expect(formatFileSize(512, 'en')).toBe('512 byte');
    expect(formatFileSize(48_200, 'en')).toBe('48 kB');
    expect(formatFileSize(1_250_000, 'en')).toBe('1.3 MB');
  });
});

describe('fileType', () => {
  it('is the extension in capitals', () => {
    expect(fileType('signs-of-trafficking.pdf')).toBe('PDF');
    expect(fileType('checklist.txt')).toBe('TXT');
    expect(fileType('README')).toBe('');
  });
});
