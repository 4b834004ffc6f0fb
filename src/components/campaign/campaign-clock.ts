/**
 * <campaign-clock data-start data-end>: knows today's date in Laos without a rebuild. It writes the status
 * ("Starts in 3 days", "Today is day 4 of 16", "This campaign has ended") into [data-clock-status], marks
 * today's [data-day] with aria-current="date", shows or hides itself with data-show-when="running" (banners),
 * and on the stable page reveals a [data-newer] link when a newer campaign than the built one has come.
 * A page left open overnight moves on at midnight in Laos.
 * Without JavaScript none of this is needed: the dates and the full programme are in the HTML.
 */
import { campaignPhase, laosToday, msUntilNextLaosDay, pickCampaign, type CampaignSpan } from '../../lib/campaign-days';

const fill = (template = '', values: Record<string, number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

class CampaignClock extends HTMLElement {
  private midnight: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.update();
  }

  disconnectedCallback(): void {
    clearTimeout(this.midnight);
  }

  private update(): void {
    clearTimeout(this.midnight);
    // A second past midnight, so the new day has surely begun.
    this.midnight = setTimeout(() => this.update(), msUntilNextLaosDay() + 1000);
    const { start, end, showWhen } = this.dataset;
    if (!start || !end) return;
    const today = laosToday();
    const state = campaignPhase({ start, end }, today);
    this.dataset.phase = state.phase;
    if (showWhen) this.hidden = state.phase !== showWhen;

    const status =
      state.phase === 'running'
        ? fill(this.dataset.running, { day: state.day, total: state.total })
        : state.phase === 'before'
          ? state.daysToGo === 1
            ? this.dataset.tomorrow
            : fill(this.dataset.before, { n: state.daysToGo })
          : this.dataset.ended;
    for (const element of this.querySelectorAll<HTMLElement>('[data-clock-status]')) {
      element.textContent = status ?? '';
    }

    let todayElement: HTMLElement | undefined;
    for (const day of this.querySelectorAll<HTMLElement>('[data-day]')) {
      const isToday = day.dataset.day === today;
      if (isToday) todayElement = day;
      if (isToday) day.setAttribute('aria-current', 'date');
      else day.removeAttribute('aria-current');
      day.querySelector<HTMLElement>('[data-today-badge]')?.toggleAttribute('hidden', !isToday);
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-today-link]')) {
      // Invisible, not hidden: its line is kept from the first paint, so the page does not move.
      link.classList.toggle('invisible', !todayElement);
      if (todayElement) link.href = `#${todayElement.id}`;
    }

    const newer = [...this.querySelectorAll<HTMLElement>('[data-newer]')];
    if (newer.length > 0) {
      const shown: CampaignSpan = { start, end };
      const candidates = newer.map((element) => ({ start: element.dataset.start ?? '', end: element.dataset.end ?? '', element }));
      const pick = pickCampaign([shown, ...candidates], today);
      for (const candidate of candidates) candidate.element.hidden = candidate !== pick;
    }
  }
}

if (!customElements.get('campaign-clock')) customElements.define('campaign-clock', CampaignClock);
