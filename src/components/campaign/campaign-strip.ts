/**
 * <campaign-strip data-from data-to data-running>: the strip under the header shows itself only while its
 * campaign runs in Laos and writes "Today is day N of 16" into [data-clock-status], without a rebuild; a
 * page left open overnight moves on at midnight in Laos. The build hands over the campaign's instants
 * (campaignInstants), so unlike the full clock (campaign-clock.ts) this needs no time zone data: it is what
 * every page but the campaign's and home loads.
 */
import { campaignDayAt } from '../../lib/campaign-instants';

/** A timer waits 24.8 days at most: a campaign further off is looked at again after a day. */
const LONGEST_WAIT_MS = 86_400_000;

class CampaignStrip extends HTMLElement {
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.update();
  }

  disconnectedCallback(): void {
    clearTimeout(this.timer);
  }

  private update(): void {
    clearTimeout(this.timer);
    const now = Date.now();
    const { day, changesAt } = campaignDayAt({ from: Number(this.dataset.from), to: Number(this.dataset.to) }, now);
    this.hidden = day === undefined;
    const status = this.querySelector('[data-clock-status]');
    if (status) status.textContent = day === undefined ? '' : (this.dataset.running ?? '').replace('{day}', String(day));
    if (changesAt !== undefined) this.timer = setTimeout(() => this.update(), Math.min(changesAt - now, LONGEST_WAIT_MS));
  }
}

if (!customElements.get('campaign-strip')) customElements.define('campaign-strip', CampaignStrip);
