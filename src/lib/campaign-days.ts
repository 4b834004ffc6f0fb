/**
 * Campaign calendar logic shared by the build (which campaign the stable page and the banners show) and the
 * browser (the "today" script): plain calendar dates in Laos time, so a reader in Los Angeles or Kiritimati
 * sees the same day as a reader in Vientiane. No Astro imports: it runs in the page too.
 */
import { isoDate } from './dates';

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

export interface CampaignSpan {
  /** First day, inclusive. */
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
}

export type CampaignPhase =
  | { phase: 'before'; daysToGo: number }
  | { phase: 'running'; day: number; total: number }
  | { phase: 'ended' };

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a calendar date (no time zone involved). */
function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`"${date}" is not a date written as YYYY-MM-DD`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

const fromDayNumber = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Today's date in Laos (Asia/Vientiane), whatever the time zone of the machine or the reader. */
export const laosToday = (now: Date = new Date()): IsoDate => isoDate(now);

/**
 * Milliseconds until the next day begins in Laos, found by asking laosToday, not by assuming an offset.
 * A page left open overnight uses it to move "today" on.
 */
export function msUntilNextLaosDay(now: Date = new Date()): number {
  const today = laosToday(now);
  // The time zone database decides where the day ends: halve the next 24 hours down to a second.
  let low = now.getTime();
  let high = low + DAY_MS;
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2);
    if (laosToday(new Date(middle)) === today) low = middle;
    else high = middle;
  }
  return high - now.getTime();
}

/** Whole days from one date to another: daysBetween('2026-11-24', '2026-11-25') === 1. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);

/** Every date of a campaign, first to last. */
export function campaignDates({ start, end }: CampaignSpan): IsoDate[] {
  const first = dayNumber(start);
  const last = dayNumber(end);
  if (last < first) throw new Error(`The campaign ends (${end}) before it starts (${start})`);
  return Array.from({ length: last - first + 1 }, (_, index) => fromDayNumber(first + index));
}

/** Where a date falls: the countdown before the start, "day 4 of 16" during, ended after. */
export function campaignPhase(span: CampaignSpan, today: IsoDate): CampaignPhase {
  const fromStart = daysBetween(span.start, today);
  const total = daysBetween(span.start, span.end) + 1;
  if (fromStart < 0) return { phase: 'before', daysToGo: -fromStart };
  if (fromStart >= total) return { phase: 'ended' };
  return { phase: 'running', day: fromStart + 1, total };
}

/**
 * The campaign a reader should see today: the one running, else the next to start, else the most recent.
 * Used for the stable /16-days/ page at build time and again in the browser, so the page can point to a
 * newer campaign without a rebuild.
 */
export function pickCampaign<T extends CampaignSpan>(campaigns: readonly T[], today: IsoDate): T | undefined {
  const byStart = (a: T, b: T) => daysBetween(b.start, a.start);
  const inPhase = (phase: CampaignPhase['phase']) =>
    campaigns.filter((c) => campaignPhase(c, today).phase === phase).sort(byStart);
  return inPhase('running').at(-1) ?? inPhase('before')[0] ?? inPhase('ended').at(-1);
}
