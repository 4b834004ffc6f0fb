/**
 * The campaign strips (<campaign-strip data-from data-to data-running>): each shows itself only while its
 * campaign runs in Laos and writes "Today is day N of 16" into [data-clock-status], without a rebuild; a
 * page left open overnight moves on at midnight in Laos. The build hands over the campaign's instants
 * (campaignInstants), so unlike the full clock (campaign-clock.ts) this needs no time zone data: it is what
 * every page but the campaign's and home loads. The strips are in the page before this module runs.
 */
import { campaignDayAt } from '../../lib/campaign-instants';

/** A timer waits 24.8 days at most: a campaign further off is looked at again after a day. */
const LONGEST_WAIT_MS = 86_400_000;

function update(strip: HTMLElement): void {
  const now = Date.now();
  const { day, changesAt } = campaignDayAt({ from: Number(strip.dataset.from), to: Number(strip.dataset.to) }, now);
  strip.hidden = day === undefined;
  const status = strip.querySelector('[data-clock-status]');
  if (status) status.textContent = day === undefined ? '' : (strip.dataset.running ?? '').replace('{day}', String(day));
  if (changesAt !== undefined) setTimeout(() => update(strip), Math.min(changesAt - now, LONGEST_WAIT_MS));
}

for (const strip of document.querySelectorAll<HTMLElement>('campaign-strip')) update(strip);
