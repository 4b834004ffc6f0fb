/**
 * 16 Days of Activism campaigns for pages: one entry per year per language (content/campaigns/<lang>/<year>.mdx),
 * which campaign is current, and the data of its cards and calendar files.
 */
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/urls';
import { useTranslations } from '../i18n/ui';
import { campaignPhase, laosToday, pickCampaign, type CampaignSpan, type IsoDate } from '../lib/campaign-days';
import { cardName, type CardInput, type CardSize } from '../lib/campaign-cards';
export { campaignHref } from '../lib/campaign-programme';
import { programmeDays, programmeEvents, type CampaignCalendarInput, type PlannedItem, type ProgrammeDay } from '../lib/campaign-programme';
import { formatDateRange, isoDate } from '../lib/dates';
import { localizeEntries } from '../lib/localized-entries';
import { publishedEntries, type Localized } from './entries';
import { oncePerBuild } from './once-per-build';
import { getHelplines } from './settings';

export type CampaignItem = Localized<'campaigns'>;

/**
 * "Today" for what the build decides (which campaign /16-days/ shows, whether the banner starts visible):
 * the date in Laos, or BUILD_TODAY=YYYY-MM-DD to build the site as of another day (tests, reproducible builds).
 */
export function buildToday(): IsoDate {
  const fixed = process.env.BUILD_TODAY;
  if (fixed === undefined || fixed === '') return laosToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_TODAY="${fixed}" must be a date written as YYYY-MM-DD`);
  return fixed;
}

export const spanOf = (item: CampaignItem): CampaignSpan => ({
  start: isoDate(item.entry.data.start),
  end: isoDate(item.entry.data.end),
});

/**
 * Every campaign in every language (fallbacks included), the file name checked against the year. Every page
 * asks (the campaign strip in the header).
 */
export const allCampaigns = oncePerBuild<void, CampaignItem[]>(async () => {
  const items = localizeEntries(await publishedEntries('campaigns'));
  for (const item of items) {
    if (item.slug !== String(item.entry.data.year)) {
      throw new Error(
        `content/campaigns/${item.contentLocale}/${item.slug}.mdx: year is ${item.entry.data.year} but the file is named ${item.slug}.mdx. Name the file after the year (${item.entry.data.year}.mdx): one file per year.`,
      );
    }
  }
  return items;
});

/** The campaigns listed under a language, newest first. */
export async function campaignsIn(locale: Locale): Promise<CampaignItem[]> {
  return (await allCampaigns())
    .filter((item) => item.locale === locale)
    .sort((a, b) => b.entry.data.year - a.entry.data.year);
}

export const campaignPath = (locale: Locale, year: number | string): string => localizedPath(locale, `16-days/${year}`);
export const stablePath = (locale: Locale): string => localizedPath(locale, '16-days');
export const calendarPath = (locale: Locale, year: number): string => `${campaignPath(locale, year)}calendar.ics`;
export const eventCalendarPath = (locale: Locale, year: number, eventId: string): string =>
  `${campaignPath(locale, year)}events/${eventId}.ics`;
export const cardPath = (locale: Locale, year: number, index: number, size: CardSize): string =>
  `${campaignPath(locale, year)}cards/${cardName(index, size)}.png`;

/** The campaign /<locale>/16-days/ shows: running, else the next, else the latest. */
export async function currentCampaign(locale: Locale): Promise<CampaignItem | undefined> {
  const items = await campaignsIn(locale);
  return pickCampaign(items.map((item) => ({ ...spanOf(item), item })), buildToday())?.item;
}

/**
 * Campaigns the banners may need before the next rebuild: running or still to come on the build day. Each
 * banner starts visible only if its campaign is running; the page script shows or hides it day by day.
 */
export async function upcomingCampaigns(locale: Locale): Promise<{ item: CampaignItem; running: boolean }[]> {
  const today = buildToday();
  return (await campaignsIn(locale))
    .map((item) => ({ item, phase: campaignPhase(spanOf(item), today).phase }))
    .filter(({ phase }) => phase !== 'ended')
    .map(({ item, phase }) => ({ item, running: phase === 'running' }))
    .reverse();
}

const programmeOf = (item: CampaignItem) => item.entry.data.programme.map((entry) => ({ ...entry, date: isoDate(entry.date) }));

export const campaignDays = (item: CampaignItem): ProgrammeDay[] => programmeDays(spanOf(item), programmeOf(item));

/** The dated events (items with a place, online or a time), each with its id. */
export const campaignEvents = (item: CampaignItem): PlannedItem[] => programmeEvents(spanOf(item), programmeOf(item));

export function campaignDateRange(item: CampaignItem, locale: Locale): string {
  return formatDateRange(item.entry.data.start, item.entry.data.end, locale);
}

/** What every card of a campaign carries besides its message. */
export async function cardInputs(item: CampaignItem): Promise<CardInput[]> {
  const data = item.entry.data;
  const lang = item.contentLocale;
  const helplines = await getHelplines();
  const helpLines = data.helplines.map((id) => {
    const line = helplines.find((candidate) => candidate.id === id)!;
    return { number: line.number, label: line.name[lang] };
  });
  const caption = [data.title, campaignDateRange(item, lang)];
  const siteName = useTranslations(lang)('site.name');
  return data.keyMessages.map((message) => ({ lang, message, caption, hashtags: data.hashtags, helpLines, siteName }));
}

export function calendarInput(item: CampaignItem, site: URL): CampaignCalendarInput {
  const data = item.entry.data;
  return {
    year: data.year,
    locale: item.locale,
    lang: item.contentLocale,
    title: data.title,
    description: data.description,
    span: spanOf(item),
    pageUrl: new URL(campaignPath(item.locale, data.year), site).href,
    host: site.host,
    onlineLabel: useTranslations(item.contentLocale)('campaign.online'),
  };
}
