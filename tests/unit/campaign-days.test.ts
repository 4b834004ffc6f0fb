import { describe, expect, it } from 'vitest';
import { campaignDates, campaignInstants, campaignPhase, daysBetween, laosDayStart, laosToday, msUntilNextLaosDay, pickCampaign } from '../../src/lib/campaign-days';
import { campaignDayAt } from '../../src/lib/campaign-instants';

const c2026 = { year: 2026, start: '2026-11-25', end: '2026-12-10' };

describe('laosToday', () => {
  it('is the date in Vientiane (UTC+7), not the machine’s or the reader’s', () => {
    // 24 Nov 16:59:59 UTC is 23:59:59 in Vientiane; one second later it is 25 Nov there.
    expect(laosToday(new Date('2026-11-24T16:59:59Z'))).toBe('2026-11-24');
    expect(laosToday(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
    // Already 11 Dec in Kiritimati (UTC+14), still 10 Dec in Laos.
    expect(laosToday(new Date('2026-12-10T11:00:00Z'))).toBe('2026-12-10');
    // Still 10 Dec in Los Angeles (UTC-8), already 11 Dec in Laos.
    expect(laosToday(new Date('2026-12-10T17:00:00Z'))).toBe('2026-12-11');
  });
});

describe('campaignDates', () => {
  it('lists the 16 days from 25 November to 10 December', () => {
    const days = campaignDates(c2026);
    expect(days).toHaveLength(16);
    expect(days[0]).toBe('2026-11-25');
    expect(days[6]).toBe('2026-12-01');
    expect(days.at(-1)).toBe('2026-12-10');
  });
  it('refuses a campaign that ends before it starts', () => {
    expect(() => campaignDates({ start: '2026-12-10', end: '2026-11-25' })).toThrow(/ends .* before it starts/);
  });
  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => daysBetween('25/11/2026', '2026-12-10')).toThrow(/YYYY-MM-DD/);
  });
});

describe('campaignPhase at the boundaries', () => {
  it('counts down the day before', () => {
    expect(campaignPhase(c2026, '2026-11-24')).toEqual({ phase: 'before', daysToGo: 1 });
    expect(campaignPhase(c2026, '2026-11-01')).toEqual({ phase: 'before', daysToGo: 24 });
  });
  it('is day 1 of 16 on 25 November', () => {
    expect(campaignPhase(c2026, '2026-11-25')).toEqual({ phase: 'running', day: 1, total: 16 });
  });
  it('is day 4 of 16 on 28 November', () => {
    expect(campaignPhase(c2026, '2026-11-28')).toEqual({ phase: 'running', day: 4, total: 16 });
  });
  it('is day 16 of 16 on 10 December', () => {
    expect(campaignPhase(c2026, '2026-12-10')).toEqual({ phase: 'running', day: 16, total: 16 });
  });
  it('has ended on 11 December', () => {
    expect(campaignPhase(c2026, '2026-12-11')).toEqual({ phase: 'ended' });
  });
  it('crosses the year end', () => {
    expect(campaignPhase({ start: '2026-12-30', end: '2027-01-02' }, '2027-01-01')).toEqual({ phase: 'running', day: 3, total: 4 });
  });
});

describe('pickCampaign', () => {
  const c2021 = { year: 2021, start: '2021-11-25', end: '2021-12-10' };
  const c2025 = { year: 2025, start: '2025-11-25', end: '2025-12-10' };
  const c2027 = { year: 2027, start: '2027-11-25', end: '2027-12-10' };
  const all = [c2021, c2027, c2025, c2026];

  it('shows the running campaign', () => {
    expect(pickCampaign(all, '2026-11-25')?.year).toBe(2026);
    expect(pickCampaign(all, '2026-12-10')?.year).toBe(2026);
  });
  it('shows the next campaign between campaigns, not the last one', () => {
    expect(pickCampaign(all, '2026-11-24')?.year).toBe(2026);
    expect(pickCampaign(all, '2026-12-11')?.year).toBe(2027);
    expect(pickCampaign(all, '2021-01-01')?.year).toBe(2021);
  });
  it('shows the most recent campaign when none is coming', () => {
    expect(pickCampaign([c2021, c2025, c2026], '2026-12-11')?.year).toBe(2026);
    expect(pickCampaign([c2026, c2021], '2030-06-01')?.year).toBe(2026);
  });
  it('has nothing to show without campaigns', () => {
    expect(pickCampaign([], '2026-11-28')).toBeUndefined();
  });
});

describe('msUntilNextLaosDay', () => {
  it('counts to midnight in Vientiane (17:00 UTC), within a second', () => {
    const wait = msUntilNextLaosDay(new Date('2026-11-28T16:59:00Z'));
    expect(wait).toBeGreaterThanOrEqual(60_000);
    expect(wait).toBeLessThanOrEqual(61_000);
  });

  it('gives almost a whole day just after midnight in Vientiane', () => {
    const wait = msUntilNextLaosDay(new Date('2026-11-28T17:00:01Z'));
    expect(wait).toBeGreaterThan(86_398_000);
    expect(wait).toBeLessThanOrEqual(86_400_000);
  });

  it('lands on the next Laos date', () => {
    const now = new Date('2026-12-09T09:30:00Z');
    expect(laosToday(new Date(now.getTime() + msUntilNextLaosDay(now)))).toBe('2026-12-10');
  });
});

describe('laosDayStart and campaignInstants', () => {
  it('finds midnight in Vientiane to the millisecond: 17:00 UTC the day before', () => {
    expect(laosDayStart('2026-11-25')).toBe(Date.parse('2026-11-24T17:00:00Z'));
    expect(laosToday(new Date(laosDayStart('2026-11-25')))).toBe('2026-11-25');
    expect(laosToday(new Date(laosDayStart('2026-11-25') - 1))).toBe('2026-11-24');
  });

  it('gives a campaign from its first midnight to the midnight after its last day', () => {
    expect(campaignInstants({ start: '2026-11-25', end: '2026-12-10' })).toEqual({
      from: Date.parse('2026-11-24T17:00:00Z'),
      to: Date.parse('2026-12-10T17:00:00Z'),
      total: 16,
    });
  });
});

describe('campaignDayAt (the strip in the page)', () => {
  const instants = campaignInstants({ start: '2026-11-25', end: '2026-12-10' });
  const at = (iso: string) => campaignDayAt(instants, Date.parse(iso));

  it('agrees with campaignPhase on the Laos date, at the edges of each day', () => {
    for (const iso of ['2026-11-24T16:59:59.999Z', '2026-11-24T17:00:00Z', '2026-11-28T03:00:00Z', '2026-12-10T16:59:59.999Z', '2026-12-10T17:00:00Z']) {
      const phase = campaignPhase({ start: '2026-11-25', end: '2026-12-10' }, laosToday(new Date(iso)));
      expect(at(iso).day, iso).toBe(phase.phase === 'running' ? phase.day : undefined);
    }
  });

  it('says when to look again: the start, the next midnight in Laos, never once it has ended', () => {
    expect(at('2026-11-01T00:00:00Z').changesAt).toBe(instants.from);
    expect(at('2026-11-28T03:00:00Z')).toEqual({ day: 4, changesAt: Date.parse('2026-11-28T17:00:00Z') });
    expect(at('2026-12-10T17:00:00Z')).toEqual({});
  });
});
