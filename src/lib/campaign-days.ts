/**
 * Campaign calendar logic shared by the build (which campaign the stable page and the banners show) and the
 * browser (the "today" script): plain calendar dates in Laos time, so a reader in Los Angeles or Kiritimati
 * sees the same day as a reader in Vientiane. No Astro imports: it runs in the page too.
 */
import type { CampaignInstants } from './campaign-instants';
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
  // The time zone database decides where the day ends: halve the next 24 hours down to the millisecond.
  let low = now.getTime();
  let high = low + DAY_MS;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (laosToday(new Date(middle)) === today) low = middle;
    else high = middle;
  }
  return high - now.getTime();
}

const dayStarts = new Map<IsoDate, number>();

/** The instant (ms since the epoch) a date begins in Laos, from the time zone database. */
export function laosDayStart(date: IsoDate): number {
  let start = dayStarts.get(date);
  if (start === undefined) {
    // Noon UTC the day before is that day's evening in Laos: the next Laos day from there is `date`.
    const eveningBefore = new Date((dayNumber(date) - 1) * DAY_MS + DAY_MS / 2);
    start = eveningBefore.getTime() + msUntilNextLaosDay(eveningBefore);
    dayStarts.set(date, start);
  }
  return start;
}

/**
 * When a campaign runs, as instants: from the start of its first day in Laos to the start of the day after
 * its last. The campaign strip needs only these and arithmetic (campaign-instants.ts), no time zone data: Laos keeps
 * UTC+7 all year, so every campaign day lasts 24 hours (checked here, so a change would stop the build).
 */
export function campaignInstants({ start, end }: CampaignSpan): CampaignInstants & { total: number } {
  const total = daysBetween(start, end) + 1;
  const from = laosDayStart(start);
  const to = laosDayStart(fromDayNumber(dayNumber(end) + 1));
  if (to - from !== total * DAY_MS) throw new Error(`The days from ${start} to ${end} are not all 24 hours long in Laos: the campaign strip counts days by the clock (src/lib/campaign-days.ts)`);
  return { from, to, total };
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
