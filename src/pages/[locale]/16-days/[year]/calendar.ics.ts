/** The whole campaign (and its dated events) for calendar programs: /<locale>/16-days/<year>/calendar.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCampaigns, calendarInput, campaignEvents, type CampaignItem } from '@/data/campaigns';
import { campaignCalendar } from '@/lib/campaign-programme';

export const getStaticPaths = (async () =>
  (await allCampaigns()).map((item) => ({ params: { locale: item.locale, year: item.slug }, props: { item } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: CampaignItem }> = ({ props, site, url }) =>
  new Response(campaignCalendar(calendarInput(props.item, site ?? new URL(url.origin)), campaignEvents(props.item)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
