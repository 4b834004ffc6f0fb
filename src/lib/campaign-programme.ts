/**
 * A campaign's day-by-day programme: every date of the campaign with what is planned on it. An item with a
 * place, `online` or a time is an event (it gets a calendar file); a day without an event shows "to be
 * announced", because events need a source and we never fill the gap ourselves.
 */
import { campaignDates, type CampaignSpan, type IsoDate } from './campaign-days';
import { buildCalendar, VIENTIANE, type IcsEvent } from './ics';
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/urls';

export interface ProgrammeItem {
  date: IsoDate;
  title?: string | undefined;
  description?: string | undefined;
  place?: string | undefined;
  online: boolean;
  /** 'HH:MM', Laos time. */
  time?: string | undefined;
  endTime?: string | undefined;
  link?: string | undefined;
}

export interface PlannedItem extends ProgrammeItem {
  /** Set for events: '2026-11-27-1' (date and position among that day's events), used in URLs and UIDs. */
  eventId?: string;
}

export interface ProgrammeDay {
  date: IsoDate;
  /** 1 to 16. */
  day: number;
  items: PlannedItem[];
  hasEvent: boolean;
}

export const isEvent = (item: ProgrammeItem): boolean =>
  item.place !== undefined || item.online || item.time !== undefined;

/** Every campaign date in order, with its items: day messages first, then events by time. */
export function programmeDays(span: CampaignSpan, items: readonly ProgrammeItem[]): ProgrammeDay[] {
  return campaignDates(span).map((date, index) => {
    const own = items.filter((item) => item.date === date);
    let events = 0;
    const planned: PlannedItem[] = own.map((item) => (isEvent(item) ? { ...item, eventId: `${date}-${++events}` } : { ...item }));
    const rank = (item: PlannedItem) => (item.eventId ? (item.time ?? '00:00') : '');
    planned.sort((a, b) => rank(a).localeCompare(rank(b)));
    return { date, day: index + 1, items: planned, hasEvent: events > 0 };
  });
}

/** The events of a programme, each with its id. */
export const programmeEvents = (span: CampaignSpan, items: readonly ProgrammeItem[]): PlannedItem[] =>
  programmeDays(span, items).flatMap((day) => day.items.filter((item) => item.eventId));

/**
 * A link written in a campaign file, for a page in `locale`: site paths ('/about/', '/videos/#campaign-2021')
 * get the language prefix; other addresses (https:, tel:, #part-of-this-page) are kept as written.
 */
export function campaignHref(locale: Locale, href: string): string {
  if (!href.startsWith('/')) return href;
  const hash = href.indexOf('#');
  return hash < 0 ? localizedPath(locale, href) : `${localizedPath(locale, href.slice(0, hash))}${href.slice(hash)}`;
}

export interface CampaignCalendarInput {
  year: number;
  /** Language of the campaign page: an event's site link (`/about/`) leads to that language's page. */
  locale: Locale;
  lang: string;
  title: string;
  description: string;
  span: CampaignSpan;
  /** Absolute URL of the campaign page. */
  pageUrl: string;
  /** Host part of the UIDs: the site's host. */
  host: string;
  /** Word for LOCATION of online events, in the calendar's language. */
  onlineLabel: string;
}

const PROD_ID = '-//laos-tip-gbv-hub//16 Days of Activism//EN';

function toIcsEvent(item: PlannedItem, input: CampaignCalendarInput): IcsEvent {
  const location = [item.place, item.online ? input.onlineLabel : undefined].filter(Boolean).join(' · ');
  const url = item.link ? new URL(campaignHref(input.locale, item.link), input.pageUrl).href : `${input.pageUrl}#day-${item.date}`;
  return {
    uid: `16-days-${input.year}-${input.lang}-${item.eventId}@${input.host}`,
    summary: item.title ?? input.title,
    description: [item.description, url].filter(Boolean).join('\n\n'),
    location: location || undefined,
    url,
    start: item.date,
    startTime: item.time,
    endTime: item.endTime,
  };
}

/**
 * DTSTAMP comes from the content (the campaign's first day), not the build clock, so rebuilding the same
 * content gives the same file.
 */
const stampOf = (input: CampaignCalendarInput) => new Date(`${input.span.start}T00:00:00Z`);

/** The campaign as one all-day span, followed by its dated events. */
export function campaignCalendar(input: CampaignCalendarInput, events: readonly PlannedItem[]): string {
  return buildCalendar({
    prodId: PROD_ID,
    name: input.title,
    lang: input.lang,
    timeZone: VIENTIANE,
    stamp: stampOf(input),
    events: [
      {
        uid: `16-days-${input.year}-${input.lang}@${input.host}`,
        summary: input.title,
        description: `${input.description}\n\n${input.pageUrl}`,
        url: input.pageUrl,
        start: input.span.start,
        end: input.span.end,
      },
      ...events.map((item) => toIcsEvent(item, input)),
    ],
  });
}

/** One event on its own. */
export function eventCalendar(input: CampaignCalendarInput, event: PlannedItem): string {
  return buildCalendar({
    prodId: PROD_ID,
    name: event.title ?? input.title,
    lang: input.lang,
    timeZone: VIENTIANE,
    stamp: stampOf(input),
    events: [toIcsEvent(event, input)],
  });
}
