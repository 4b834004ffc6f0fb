/**
 * iCalendar (RFC 5545) files for "Add to calendar": a whole campaign as an all-day span, and dated events,
 * all-day or at a time in Laos. Pure and deterministic: the same input gives the same bytes (DTSTAMP is
 * passed in, derived from content, never the build clock).
 */
import type { IsoDate } from './campaign-days';

/** A fixed-offset time zone with the VTIMEZONE block calendar programs need to read TZID. */
export interface FixedTimeZone {
  tzid: string;
  /** '+0700' */
  offset: string;
  /** Abbreviation shown by some programs: '+07'. */
  name: string;
}

/** Laos has been at UTC+7 without daylight saving since 1920. */
export const VIENTIANE: FixedTimeZone = { tzid: 'Asia/Vientiane', offset: '+0700', name: '+07' };

export interface IcsEvent {
  /** Globally unique and stable across builds, so a re-import updates instead of duplicating. */
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  /** Absolute URL. */
  url?: string | undefined;
  /** First day. */
  start: IsoDate;
  /** Last day, inclusive (all-day events only); defaults to the start day. */
  end?: IsoDate | undefined;
  /** 'HH:MM' in the calendar's time zone; without it the event is all-day. */
  startTime?: string | undefined;
  endTime?: string | undefined;
}

export interface IcsCalendar {
  /** PRODID: '-//Owner//Product//EN'. */
  prodId: string;
  /** Shown by some programs as the calendar's name. */
  name?: string | undefined;
  /** Language of the text (BCP 47), written as LANGUAGE= on SUMMARY, DESCRIPTION and LOCATION. */
  lang?: string | undefined;
  /** Time zone of events with a time. */
  timeZone?: FixedTimeZone;
  /** DTSTAMP of every event: when the information was last changed, from the content, not the clock. */
  stamp: Date;
  events: readonly IcsEvent[];
}

const CRLF = '\r\n';
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** TEXT values: backslash, semicolon, comma and newlines are escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 3.1): continuation lines start with a
 * space. Counts UTF-8 bytes and never splits a character (Lao letters are 3 bytes each).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function compactDate(date: IsoDate): string {
  const match = DATE.exec(date);
  if (!match) throw new Error(`"${date}" is not a date written as YYYY-MM-DD`);
  return `${match[1]}${match[2]}${match[3]}`;
}

function compactTime(time: string): string {
  const match = TIME.exec(time);
  if (!match) throw new Error(`"${time}" is not a time written as HH:MM (24-hour)`);
  return `${match[1]}${match[2]}00`;
}

/** The day after a date, for the exclusive DTEND of all-day events. */
function nextDay(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

const utcStamp = (date: Date): string => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function noLineBreaks(what: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`${what} must be on one line: ${JSON.stringify(value)}`);
  return value;
}

function eventLines(event: IcsEvent, calendar: IcsCalendar): string[] {
  const lang = calendar.lang ? `;LANGUAGE=${calendar.lang}` : '';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${noLineBreaks('UID', event.uid)}`,
    `DTSTAMP:${utcStamp(calendar.stamp)}`,
  ];
  if (event.startTime) {
    const zone = calendar.timeZone;
    if (!zone) throw new Error(`Event ${event.uid} has a time: give the calendar a timeZone`);
    lines.push(`DTSTART;TZID=${zone.tzid}:${compactDate(event.start)}T${compactTime(event.startTime)}`);
    // Without an end time the event ends when it starts (RFC 5545 3.6.1).
    if (event.endTime) {
      if (compactTime(event.endTime) <= compactTime(event.startTime)) {
        throw new Error(`Event ${event.uid} ends (${event.endTime}) before it starts (${event.startTime})`);
      }
      lines.push(`DTEND;TZID=${zone.tzid}:${compactDate(event.start)}T${compactTime(event.endTime)}`);
    }
  } else {
    const last = event.end ?? event.start;
    if (compactDate(last) < compactDate(event.start)) {
      throw new Error(`Event ${event.uid} ends (${last}) before it starts (${event.start})`);
    }
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.start)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(last))}`);
  }
  lines.push(`SUMMARY${lang}:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION${lang}:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION${lang}:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${noLineBreaks('URL', event.url)}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

function timeZoneLines(zone: FixedTimeZone): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone.tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${zone.offset}`,
    `TZOFFSETTO:${zone.offset}`,
    `TZNAME:${zone.name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/** A complete .ics file: CRLF line endings, folded lines, a VTIMEZONE when an event has a time. */
export function buildCalendar(calendar: IcsCalendar): string {
  const timed = calendar.events.some((event) => event.startTime);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${noLineBreaks('PRODID', calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
    ...(timed && calendar.timeZone ? timeZoneLines(calendar.timeZone) : []),
    ...calendar.events.flatMap((event) => eventLines(event, calendar)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
