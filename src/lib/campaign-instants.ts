/**
 * The campaign strip's clock, in the page: which day of a campaign an instant falls on, from the instants the
 * build computed in Laos time (campaign-days.ts: campaignInstants). Its own module, apart from campaign-days.ts,
 * so the strip's script does not bring the time zone code that the full campaign clock needs.
 */

/** A campaign in instants (ms since the epoch): the start of its first day in Laos, and of the day after its last. */
export interface CampaignInstants {
  from: number;
  to: number;
}

/** Laos keeps UTC+7 all year: every day there lasts this long (campaignInstants checks it). */
const DAY_MS = 86_400_000;

/**
 * A campaign at an instant: the day it is while the campaign runs (1 to its length), and when that next
 * changes (its start, or the next midnight in Laos); neither once it has ended.
 */
export function campaignDayAt({ from, to }: CampaignInstants, now: number): { day?: number; changesAt?: number } {
  if (now < from) return { changesAt: from };
  if (now >= to) return {};
  const day = Math.floor((now - from) / DAY_MS) + 1;
  return { day, changesAt: from + day * DAY_MS };
}
