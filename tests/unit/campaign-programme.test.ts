import ICAL from 'ical.js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_ORANGE, cardName, cardSpec, renderCard } from '../../src/lib/campaign-cards';
import { campaignCalendar, campaignHref, eventCalendar, programmeDays, programmeEvents, type CampaignCalendarInput } from '../../src/lib/campaign-programme';

const span = { start: '2030-11-25', end: '2030-12-10' };
const items = [
  { date: '2030-11-27', title: 'Talk show', time: '19:00', online: true },
  { date: '2030-11-27', title: 'Factory visit', place: 'Vientiane', online: false, time: '09:00', endTime: '11:00' },
  { date: '2030-11-27', title: 'Message of the day', description: 'Call 1362.', online: false },
  { date: '2030-11-25', title: 'Wear orange', online: false },
];

describe('programmeDays', () => {
  const days = programmeDays(span, items);

  it('has every date of the campaign, numbered 1 to 16', () => {
    expect(days.map((day) => day.day)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
    expect(days[2]!.date).toBe('2030-11-27');
  });

  it('puts the day’s message first, then events by time, each event with a stable id in file order', () => {
    expect(days[2]!.items.map((item) => [item.title, item.eventId])).toEqual([
      ['Message of the day', undefined],
      ['Factory visit', '2030-11-27-2'],
      ['Talk show', '2030-11-27-1'],
    ]);
  });

  it('knows which days have no event yet ("to be announced")', () => {
    expect(days.filter((day) => day.hasEvent).map((day) => day.date)).toEqual(['2030-11-27']);
    expect(days[0]!.items).toHaveLength(1); // a message only: the day still has no event
    expect(days[0]!.hasEvent).toBe(false);
  });

  it('lists the events only', () => {
    expect(programmeEvents(span, items).map((item) => item.eventId)).toEqual(['2030-11-27-2', '2030-11-27-1']);
  });
});

describe('campaign calendars', () => {
  const input: CampaignCalendarInput = {
    year: 2030,
    locale: 'en',
    lang: 'en',
    title: '16 Days of Activism 2030',
    description: 'Sixteen days against gender-based violence.',
    span,
    pageUrl: 'https://example.org/en/16-days/2030/',
    host: 'example.org',
    onlineLabel: 'Online',
  };
  const events = programmeEvents(span, items);

  it('holds the campaign span and every event, with stable UIDs and a DTSTAMP from the content', () => {
    const ics = campaignCalendar(input, events);
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      '16-days-2030-en@example.org',
      '16-days-2030-en-2030-11-27-2@example.org',
      '16-days-2030-en-2030-11-27-1@example.org',
    ]);
    for (const event of vevents) expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2030-11-25T00:00:00Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20301125\r\nDTEND;VALUE=DATE:20301211\r\n');
  });

  it('writes one event with its time zone, place or "Online", and a link back to its day', () => {
    const [factory, talk] = events;
    const factoryIcs = eventCalendar(input, factory!);
    expect(factoryIcs).toContain('BEGIN:VTIMEZONE');
    expect(factoryIcs).toContain('DTSTART;TZID=Asia/Vientiane:20301127T090000');
    expect(factoryIcs).toContain('DTEND;TZID=Asia/Vientiane:20301127T110000');
    expect(factoryIcs).toContain('LOCATION;LANGUAGE=en:Vientiane');
    const talkEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(eventCalendar(input, talk!))).getFirstSubcomponent('vevent')!);
    expect(talkEvent.location).toBe('Online');
    expect(talkEvent.component.getFirstPropertyValue('url')).toBe('https://example.org/en/16-days/2030/#day-2030-11-27');
  });

  it('links an event to a site page in the calendar’s language', () => {
    const event = { date: '2030-11-28', title: 'Open day', place: 'Vientiane', online: false, link: '/about/', eventId: '2030-11-28-1' };
    const lao = { ...input, locale: 'lo' as const, lang: 'lo', pageUrl: 'https://example.org/lo/16-days/2030/' };
    const vevent = new ICAL.Component(ICAL.parse(eventCalendar(lao, event))).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).toBe('https://example.org/lo/about/');
  });
});

describe('social media cards', () => {
  const input = {
    lang: 'lo',
    message: 'ການລ່ວງລະເມີດທາງອອນລາຍ ກໍແມ່ນຄວາມຮຸນແຮງ.',
    caption: ['ແຄມເປນ 16 ວັນ 2030', '25 ພະຈິກ – 10 ທັນວາ 2030'],
    hashtags: ['#16Days', '#OrangeTheWorld'],
    helpLines: [{ number: '1362', label: 'ສະຫະພັນແມ່ຍິງລາວ' }],
    siteName: 'ຢຸດການຄ້າມະນຸດ',
  };

  it('puts the message first, then the campaign, dates and hashtags, on campaign orange', () => {
    const spec = cardSpec(input);
    expect(spec.title).toBe(input.message);
    expect(spec.body).toEqual([...input.caption, '#16Days #OrangeTheWorld']);
    expect(spec.background).toBe(CAMPAIGN_ORANGE);
    expect(spec.helpLines).toEqual(input.helpLines);
    expect(spec.kicker).toBe(input.siteName);
  });

  it('names files by message and size', () => {
    expect(cardName(0, 'square')).toBe('message-1-square');
    expect(cardName(3, 'story')).toBe('message-4-story');
  });

  it('renders each card once at the exact size', async () => {
    const first = renderCard(input, 'story');
    expect(renderCard(input, 'story')).toBe(first);
    const meta = await sharp(await first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1080, 1920]);
  });
});

describe('campaignHref', () => {
  it('puts site paths under the page’s language, keeping a #part', () => {
    expect(campaignHref('lo', '/about/')).toBe('/lo/about/');
    expect(campaignHref('en', '/videos/#campaign-2021')).toBe('/en/videos/#campaign-2021');
  });
  it('keeps other addresses as written', () => {
    expect(campaignHref('lo', 'tel:1554')).toBe('tel:1554');
    expect(campaignHref('lo', '#toolkit')).toBe('#toolkit');
    expect(campaignHref('en', 'https://example.org/x')).toBe('https://example.org/x');
  });
});
