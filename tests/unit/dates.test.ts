import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, isoDate } from '../../src/lib/dates';

describe('formatDate', () => {
  it('writes Lao month names for Lao readers', () => {
    expect(formatDate(new Date('2025-11-25'), 'lo')).toBe('25 ພະຈິກ 2025');
    expect(formatDate(new Date('2023-03-03'), 'lo')).toBe('3 ມີນາ 2023');
  });
  it('writes English dates for English readers', () => {
    expect(formatDate(new Date('2025-11-25'), 'en')).toBe('25 November 2025');
  });
  it('uses Laos time: late evening UTC is already the next day in Vientiane', () => {
    const lateUtc = new Date('2025-11-24T18:30:00Z');
    expect(isoDate(lateUtc)).toBe('2025-11-25');
  });
});

describe('formatDateRange', () => {
  it('writes a campaign span once per shared part, in both languages', () => {
    const start = new Date('2026-11-25');
    const end = new Date('2026-12-10');
    expect(formatDateRange(start, end, 'en')).toBe('25 November – 10 December 2026');
    expect(formatDateRange(start, end, 'lo')).toBe('25 ພະຈິກ – 10 ທັນວາ 2026');
    expect(formatDateRange(new Date('2026-12-30'), new Date('2027-01-02'), 'en')).toBe('30 December 2026 – 2 January 2027');
  });
});
