/** One dated event of a campaign's programme: /<locale>/16-days/<year>/events/<date>-<n>.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCampaigns, calendarInput, campaignEvents, type CampaignItem } from '@/data/campaigns';
import { eventCalendar, type PlannedItem } from '@/lib/campaign-programme';

export const getStaticPaths = (async () =>
  (await allCampaigns()).flatMap((item) =>
    campaignEvents(item).map((event) => ({ params: { locale: item.locale, year: item.slug, event: event.eventId! }, props: { item, event } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: CampaignItem; event: PlannedItem }> = ({ props, site, url }) =>
  new Response(eventCalendar(calendarInput(props.item, site ?? new URL(url.origin)), props.event), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
