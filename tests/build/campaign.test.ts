/**
 * What the build decides for 16 Days campaigns, on fixture content built as of a fixed day (BUILD_TODAY):
 * the stable page's year, the banner's first state, dated events with their calendar files, "to be
 * announced" days, and the messages staff see when a campaign file is wrong.
 */
import ICAL from 'ical.js';
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild, describeBadFixtures, type BadFixture } from '../support/fixture-build';

function buildAsOf(day: string, fixture: string): FixtureBuild {
  const before = process.env.BUILD_TODAY;
  process.env.BUILD_TODAY = day;
  try {
    return buildFixture(fixture);
  } finally {
    if (before === undefined) delete process.env.BUILD_TODAY;
    else process.env.BUILD_TODAY = before;
  }
}

let build: FixtureBuild;
beforeAll(() => {
  build = buildAsOf('2030-11-28', 'campaign-events');
});

describe('campaigns built on 28 November 2030 (2029 ended, 2030 running, 2031 to come)', () => {
  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('shows the running 2030 campaign at the stable address, with a hidden link to 2031 for later', () => {
    const html = build.read('en/16-days/index.html');
    expect(html).toMatch(/<h1[^>]*>Fixture campaign 2030<\/h1>/);
    expect(html).toMatch(/<p data-newer data-start="2031-11-25" data-end="2031-12-10" hidden[^>]*>/);
    expect(html).not.toContain('data-start="2029-11-25" data-end="2029-12-10" hidden');
    // The archive lists every year, newest first.
    const archive = html.slice(html.indexOf('id="archive"'));
    expect([...archive.matchAll(/Fixture campaign (\d{4})/g)].map((m) => m[1])).toEqual(['2031', '2030', '2029']);
  });

  it('starts the banner visible for the running campaign and hidden for the next one', () => {
    // The strip under the header of every page but home and the campaign's own (en/about/ here).
    // Each strip carries its campaign as instants: midnight in Laos (17:00 UTC the day before) at each end.
    const strips = [...build.read('en/about/index.html').matchAll(/<campaign-strip([^>]*)>/g)].map((m) => m[1]!);
    expect(strips).toHaveLength(2);
    expect(strips[0]).toContain(`data-from="${Date.parse('2030-11-24T17:00:00Z')}" data-to="${Date.parse('2030-12-10T17:00:00Z')}"`);
    expect(strips[0]).toContain('data-running="Today is day {day} of 16"');
    expect(strips[0]).not.toMatch(/\shidden/);
    expect(strips[1]).toContain(`data-from="${Date.parse('2031-11-24T17:00:00Z')}"`);
    expect(strips[1]).toMatch(/\shidden/);
  });

  it('shows dated events with their calendar links, and no "to be announced" once any day has an event', () => {
    const html = build.read('en/16-days/2030/index.html');
    const day = (date: string) => html.match(new RegExp(`<li id="day-${date}"[\\s\\S]*?</li>`))![0];
    expect(day('2030-11-27')).toContain('Factory awareness');
    expect(day('2030-11-27')).toContain('Garment factory, Vientiane');
    expect(day('2030-11-27')).toContain('href="/en/16-days/2030/events/2030-11-27-1.ics"');
    expect(day('2030-11-27')).not.toContain('data-tba');
    expect(day('2030-11-26')).toContain('Message of the day');
    expect(html).not.toContain('data-tba');
  });

  it('writes an RFC 5545 file per event, in Laos time', () => {
    const ics = build.read('en/16-days/2030/events/2030-11-27-1.ics');
    expect(ics).toContain('\r\nDTSTART;TZID=Asia/Vientiane:20301127T190000\r\n');
    expect(ics).toContain('\r\nDTEND;TZID=Asia/Vientiane:20301127T203000\r\n');
    expect(ics).toContain('SUMMARY;LANGUAGE=en:Talk show\\, live\\; on social media\r\n');
    const vcalendar = new ICAL.Component(ICAL.parse(ics));
    expect(vcalendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Vientiane');
    const event = new ICAL.Event(vcalendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Talk show, live; on social media');
    expect(event.location).toBe('Online');
    expect(event.uid).toBe('16-days-2030-en-2030-11-27-1@localhost:4321');

    const allDay = build.read('en/16-days/2030/events/2030-11-27-2.ics');
    expect(allDay).toContain('DTSTART;VALUE=DATE:20301127\r\nDTEND;VALUE=DATE:20301128\r\n');
    expect(allDay).not.toContain('VTIMEZONE');
  });

  it('puts the campaign and its events in the campaign calendar, stamped from the content', () => {
    const ics = build.read('en/16-days/2030/calendar.ics');
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(3);
    expect(ics).toContain('DTSTAMP:20301125T000000Z');
    expect(ics).not.toMatch(/DTSTAMP:(?!20301125T000000Z)/);
  });

  it('draws the card of each message in three sizes', async () => {
    for (const [size, height] of [['square', 1080], ['portrait', 1350], ['story', 1920]] as const) {
      const png = readFileSync(path.join(build.outDir, `en/16-days/2030/cards/message-1-${size}.png`));
      expect((await sharp(png).metadata()).height).toBe(height);
    }
  });

  it('publishes the English-only campaign under the Lao address too, marked as a fallback', () => {
    const html = build.read('lo/16-days/2030/index.html');
    expect(html).toContain('<html lang="lo"');
    expect(html).toContain('data-testid="fallback-notice"');
    expect(html).toMatch(/<article lang="en"[^>]*data-fallback="true"/);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});

describe('built on 20 December 2030, after the 2030 campaign', () => {
  let later: FixtureBuild;
  beforeAll(() => {
    later = buildAsOf('2030-12-20', 'campaign-events');
  });

  it('shows the next campaign (2031) at the stable address, and only its banner, hidden', () => {
    expect(later.ok, later.output).toBe(true);
    expect(later.read('en/16-days/index.html')).toMatch(/<h1[^>]*>Fixture campaign 2031<\/h1>/);
    const strips = later.read('en/about/index.html').match(/<campaign-strip[^>]*>/g)!;
    expect(strips).toHaveLength(1);
    expect(strips[0]).toContain(`data-from="${Date.parse('2031-11-24T17:00:00Z')}"`);
    expect(strips[0]).toMatch(/\shidden/);
  });

  it('writes the same calendar files and cards byte for byte as the earlier build', () => {
    for (const file of ['en/16-days/2030/calendar.ics', 'en/16-days/2030/events/2030-11-27-1.ics', 'en/16-days/2030/cards/message-1-story.png']) {
      expect(readFileSync(path.join(later.outDir, file)).equals(readFileSync(path.join(build.outDir, file))), file).toBe(true);
    }
  });
});

const bad: BadFixture[] = [
  {
    fixture: 'bad-campaign-programme-date',
    says: ['content/campaigns/en/2030.mdx', /programme\.0\.date/, '2030-12-12 is outside the campaign (2030-11-25 to 2030-12-10)'],
  },
  {
    fixture: 'bad-campaign-file-name',
    says: ['content/campaigns/en/2030.mdx', 'year is 2031 but the file is named 2030.mdx', 'Name the file after the year (2031.mdx)'],
  },
];

describeBadFixtures(bad);
