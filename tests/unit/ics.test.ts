import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, VIENTIANE, type IcsCalendar } from '../../src/lib/ics';

const calendar: IcsCalendar = {
  prodId: '-//laos-tip-gbv-hub//16 Days//EN',
  name: '16 Days of Activism 2030',
  lang: 'lo',
  timeZone: VIENTIANE,
  stamp: new Date('2030-11-25T00:00:00Z'),
  events: [
    {
      uid: '16-days-2030-lo@example.org',
      summary: 'ແຄມເປນ 16 ວັນ ຕ້ານຄວາມຮຸນແຮງ ຕໍ່ແມ່ຍິງ ແລະ ເດັກຍິງ 2030',
      description: 'ຂໍ້ຄວາມຍາວ, ມີຈຸດ; ແລະ ແຖວໃໝ່\nແຖວທີສອງ. '.repeat(4),
      url: 'https://example.org/lo/16-days/2030/',
      start: '2030-11-25',
      end: '2030-12-10',
    },
    {
      uid: '16-days-2030-lo-2030-11-27-1@example.org',
      summary: 'Talk show, live; online',
      location: 'Vientiane, Laos',
      start: '2030-11-27',
      startTime: '14:30',
      endTime: '16:00',
    },
  ],
};

const ics = buildCalendar(calendar);

describe('buildCalendar', () => {
  it('uses CRLF line endings only', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line to at most 75 octets without splitting a Lao character', () => {
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the long Lao lines were folded
    expect(ics).not.toContain('\uFFFD');
    // Unfolding gives back the original text.
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY;LANGUAGE=lo:${calendar.events[0]!.summary}`);
  });

  it('parses back with an independent iCalendar parser, with every required property', () => {
    const vcalendar = new ICAL.Component(ICAL.parse(ics));
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcalendar.getFirstPropertyValue('prodid')).toBe(calendar.prodId);
    const events = vcalendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    for (const event of events) {
      for (const name of ['uid', 'dtstamp', 'dtstart', 'summary']) expect(event.hasProperty(name), name).toBe(true);
      expect(event.getFirstPropertyValue('dtstamp')?.toString()).toBe('2030-11-25T00:00:00Z');
    }
  });

  it('writes the campaign as all-day dates, 25 November to 10 December inclusive', () => {
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')[0]);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2030-11-25');
    expect(event.endDate.toString()).toBe('2030-12-11'); // DTEND of a DATE is exclusive
    expect(event.summary).toBe(calendar.events[0]!.summary);
    expect(event.description).toBe(calendar.events[0]!.description);
  });

  it('writes a timed event in Laos time with a VTIMEZONE that calendar programs resolve to UTC+7', () => {
    const vcalendar = new ICAL.Component(ICAL.parse(ics));
    const zone = vcalendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Asia/Vientiane');
    ICAL.TimezoneService.register(zone!);
    const event = new ICAL.Event(vcalendar.getAllSubcomponents('vevent')[1]);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Vientiane');
    expect(event.startDate.zone?.tzid).toBe('Asia/Vientiane');
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-11-27T07:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-11-27T09:00:00.000Z');
    expect(ics).toContain('DTSTART;TZID=Asia/Vientiane:20301127T143000\r\n');
  });

  it('escapes commas and semicolons in text, which parse back to the original', () => {
    expect(ics).toContain('SUMMARY;LANGUAGE=lo:Talk show\\, live\\; online\r\n');
    expect(ics).toContain('LOCATION;LANGUAGE=lo:Vientiane\\, Laos\r\n');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')[1]);
    expect(event.summary).toBe('Talk show, live; online');
    expect(event.location).toBe('Vientiane, Laos');
  });

  it('leaves out the VTIMEZONE when every event is all-day', () => {
    const allDay = buildCalendar({ ...calendar, events: [calendar.events[0]!] });
    expect(allDay).not.toContain('VTIMEZONE');
  });

  it('is byte-identical for the same input', () => {
    expect(buildCalendar(calendar)).toBe(ics);
  });

  it('refuses an event that ends before it starts, or a bad time', () => {
    const base = calendar.events[1]!;
    expect(() => buildCalendar({ ...calendar, events: [{ ...base, endTime: '14:00' }] })).toThrow(/ends \(14:00\) before it starts/);
    expect(() => buildCalendar({ ...calendar, events: [{ ...base, startTime: '2:30pm' }] })).toThrow(/HH:MM/);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('keeps a line of exactly 75 octets whole and folds the 76th', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
  it('folds Lao (3 octets a letter) before a letter would be cut', () => {
    const folded = foldLine(`A:${'ກ'.repeat(30)}`); // 2 + 90 octets
    const [first, second] = folded.split('\r\n');
    expect(Buffer.byteLength(first!)).toBe(74); // 2 + 24 letters; a 25th would make 77
    expect(second).toBe(` ${'ກ'.repeat(6)}`);
  });
});
