/**
 * The 16 Days of Activism pages as readers use them: "today" in Laos time wherever the reader is, the whole
 * programme without JavaScript, the toolkit, the calendar files and cards, the banner, and the stable URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { parse } from 'yaml';
import { laosToday, pickCampaign } from '../../src/lib/campaign-days';
import { e2eContentDir } from '../support/e2e-site';

const YEAR_PAGE = { en: '/en/16-days/2026/', lo: '/lo/16-days/2026/' } as const;
const status = (page: Page) => page.locator('article header [data-clock-status]');
const today = (page: Page) => page.locator('li[data-day][aria-current="date"]');

/** The reader's own calendar date, to prove the test really runs in another zone than Laos. */
const localDate = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });

const boundaries = [
  {
    zone: 'America/Los_Angeles',
    at: '2026-11-24T16:59:00Z', // 08:59 on 24 Nov in LA, 23:59 on 24 Nov in Laos
    readerDate: '2026-11-24',
    en: 'Starts tomorrow',
    lo: 'ຈະເລີ່ມມື້ອື່ນ',
    day: undefined,
  },
  {
    zone: 'America/Los_Angeles',
    at: '2026-11-24T17:00:00Z', // still 24 Nov in LA, already 25 Nov in Laos
    readerDate: '2026-11-24',
    en: 'Today is day 1 of 16',
    lo: 'ມື້ນີ້ແມ່ນມື້ທີ 1 ຈາກ 16 ມື້',
    day: '2026-11-25',
  },
  {
    zone: 'Pacific/Kiritimati',
    at: '2026-11-24T11:00:00Z', // already 25 Nov in Kiritimati (UTC+14), still 24 Nov in Laos
    readerDate: '2026-11-25',
    en: 'Starts tomorrow',
    lo: 'ຈະເລີ່ມມື້ອື່ນ',
    day: undefined,
  },
  {
    zone: 'Pacific/Kiritimati',
    at: '2026-12-10T11:00:00Z', // 11 Dec in Kiritimati, the last day in Laos
    readerDate: '2026-12-11',
    en: 'Today is day 16 of 16',
    lo: 'ມື້ນີ້ແມ່ນມື້ທີ 16 ຈາກ 16 ມື້',
    day: '2026-12-10',
  },
  {
    zone: 'America/Los_Angeles',
    at: '2026-12-10T17:00:00Z', // 10 Dec in LA, 11 Dec in Laos: over
    readerDate: '2026-12-10',
    en: 'This campaign has ended',
    lo: 'ແຄມເປນນີ້ ສິ້ນສຸດລົງແລ້ວ',
    day: undefined,
  },
] as const;

for (const b of boundaries) {
  test.describe(`a reader in ${b.zone} at ${b.at}`, () => {
    test.use({ timezoneId: b.zone });
    for (const locale of ['en', 'lo'] as const) {
      test(`sees Laos time on the ${locale} page: "${b[locale]}"`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(b.at));
        await page.goto(YEAR_PAGE[locale]);
        expect(await localDate(page)).toBe(b.readerDate);
        await expect(status(page)).toHaveText(b[locale]);
        if (b.day) {
          await expect(today(page)).toHaveCount(1);
          await expect(today(page)).toHaveAttribute('data-day', b.day);
          await expect(today(page).locator('[data-today-badge]')).toBeVisible();
          await expect(page.locator('article header [data-today-link]')).toHaveAttribute('href', `#day-${b.day}`);
        } else {
          await expect(today(page)).toHaveCount(0);
          await expect(page.locator('[data-today-badge]:visible')).toHaveCount(0);
        }
      });
    }
  });
}

test('after the campaign, "to be announced" and the calendar link give way to "ended"', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-20T05:00:00Z'));
  await page.goto(YEAR_PAGE.en);
  await expect(status(page)).toHaveText('This campaign has ended');
  await expect(page.getByText('Events: to be announced').first()).toBeHidden();
  await expect(page.getByRole('link', { name: 'Add the 16 Days to your calendar' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of ['en', 'lo'] as const) {
    test(`the ${locale} page shows the full programme with dates, and the messages as plain text`, async ({ page }) => {
      await page.goto(YEAR_PAGE[locale]);
      const days = page.locator('li[data-day]');
      await expect(days).toHaveCount(16);
      await expect(days.first().locator('time')).toHaveAttribute('datetime', '2026-11-25');
      await expect(days.first().locator('time')).toHaveText(locale === 'en' ? '25 November 2026' : '25 ພະຈິກ 2026');
      await expect(days.last().locator('time')).toHaveText(locale === 'en' ? '10 December 2026' : '10 ທັນວາ 2026');
      await expect(days.nth(3)).toContainText(locale === 'en' ? '1554: free help for young people' : '1554: ຄວາມຊ່ວຍເຫຼືອຟຣີ');
      // No event yet: said once for the programme, not on each of the 16 days.
      await expect(page.locator('#programme [data-tba]')).toHaveCount(1);
      await expect(page.locator('#programme [data-tba]')).toBeVisible();
      // No status without the script, and no "today": nothing stale is claimed.
      await expect(status(page)).toBeHidden();
      await expect(today(page)).toHaveCount(0);
      // Messages are selectable text; Copy buttons (which need the script) stay hidden.
      await expect(page.locator('[data-copy-source]')).toHaveCount(5);
      await expect(page.locator('[data-copy-source]').first()).toBeVisible();
      await expect(page.locator('copy-text button:visible')).toHaveCount(0);
      await expect(page.locator('#toolkit a[href$=".png"]')).toHaveCount(12);
      await expect(page.locator(`a[href="${YEAR_PAGE[locale]}calendar.ics"]`)).toBeVisible();
    });
  }
});

test.describe('the 2021 archive', () => {
  test.use({ javaScriptEnabled: false });
  test('tells what the project did, with no invented programme, and links to the celebrity videos', async ({ page }) => {
    await page.goto('/en/16-days/2021/');
    const article = page.locator('article');
    for (const text of ['Garment factories', 'A talk show on human trafficking', 'Ten Lao celebrities', 'Miss Universe Laos']) {
      await expect(article).toContainText(text);
    }
    await expect(page.locator('li[data-day]')).toHaveCount(0);
    await expect(page.getByTestId('global-theme-unknown')).toBeVisible();
    await page.getByRole('link', { name: 'Watch the 2021 celebrity videos' }).click();
    await expect(page).toHaveURL(/\/en\/videos\/#campaign-2021$/);
    await expect(page.locator('#campaign-2021')).toBeVisible();
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copy a key message and the hashtags', async ({ page }) => {
    await page.goto(YEAR_PAGE.en);
    const first = page.locator('#toolkit copy-text').first();
    const message = (await first.locator('[data-copy-source]').textContent())!.trim();
    await first.getByRole('button', { name: 'Copy Message 1' }).click();
    await expect(first.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);

    await page.getByRole('button', { name: 'Copy Hashtags' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('#16Days #OrangeTheWorld');
  });
});

test.describe('the banner in the header and on the home page', () => {
  for (const locale of ['en', 'lo'] as const) {
    test(`points to the running campaign (${locale})`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-28T03:00:00Z'));
      await page.goto(`/${locale}/about/`);
      const strip = page.locator('campaign-strip', { has: page.getByTestId('campaign-strip') });
      await expect(strip).toBeVisible();
      await expect(strip.getByRole('link')).toHaveAttribute('href', YEAR_PAGE[locale]);
      await expect(strip.locator('[data-clock-status]')).toHaveText(locale === 'en' ? 'Today is day 4 of 16' : 'ມື້ນີ້ແມ່ນມື້ທີ 4 ຈາກ 16 ມື້');
      // Ink on UNiTE orange: far above the contrast small text needs.
      expect(await strip.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 153, 0)');
      expect(await strip.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(22, 22, 29)');

      // The home page says "day N of 16" once: in its campaign card, without the strip.
      await page.goto(`/${locale}/`);
      await expect(page.getByTestId('campaign-strip')).toHaveCount(0);
      await expect(page.getByText(locale === 'en' ? 'Today is day 4 of 16' : 'ມື້ນີ້ແມ່ນມື້ທີ 4 ຈາກ 16 ມື້')).toHaveCount(1);
      await expect(page.locator('main campaign-clock')).toBeVisible();
      await expect(page.locator('main campaign-clock').getByRole('link')).toHaveAttribute('href', YEAR_PAGE[locale]);
    });
  }

  for (const at of ['2026-11-24T16:59:00Z', '2026-12-10T17:00:00Z']) {
    test(`is hidden when no campaign runs in Laos (${at}), without a rebuild`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(at));
      await page.goto('/en/about/');
      await expect(page.locator('campaign-strip')).toHaveCount(1);
      await expect(page.locator('campaign-strip:visible')).toHaveCount(0);
      await page.goto('/en/');
      await expect(page.locator('campaign-clock')).toHaveCount(1);
      await expect(page.locator('campaign-clock:visible')).toHaveCount(0);
    });
  }

  test('appears at midnight in Laos on a page left open since the evening before', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-24T16:59:30Z') });
    await page.goto('/en/about/');
    const strip = page.locator('campaign-strip', { has: page.getByTestId('campaign-strip') });
    await expect(strip).toBeHidden();
    await page.clock.runFor(60_000);
    await expect(strip).toBeVisible();
    await expect(strip.locator('[data-clock-status]')).toHaveText('Today is day 1 of 16');
  });
});

test.describe('the stable /16-days/ address', () => {
  /** The fixture site's campaigns, as the build sees them. */
  function contentCampaigns() {
    const dir = path.join(e2eContentDir, 'campaigns/en');
    return readdirSync(dir).map((file) => {
      const front = parse(readFileSync(path.join(dir, file), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
      const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
      return { year: Number(front.year), start: iso(front.start), end: iso(front.end) };
    });
  }

  for (const locale of ['en', 'lo'] as const) {
    test(`shows the current or next campaign (${locale})`, async ({ page }) => {
      const expected = pickCampaign(contentCampaigns(), laosToday())!;
      await page.goto(`/${locale}/16-days/${expected.year}/`);
      const yearTitle = await page.locator('h1').textContent();
      await page.goto(`/${locale}/16-days/`);
      await expect(page.locator('h1')).toHaveText(yearTitle!);
      await expect(page.locator('campaign-clock').first()).toHaveAttribute('data-start', expected.start);
      const archive = page.locator('#archive li');
      await expect(archive).toHaveCount(contentCampaigns().length);
      await expect(archive.first()).toContainText(String(Math.max(...contentCampaigns().map((c) => c.year))));
    });
  }

  test('links to a later campaign once its time comes, without a rebuild', async ({ page }) => {
    // Stand-in for a build that already has next year's file: the page as built, plus that campaign's link.
    await page.route('**/en/16-days/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<campaign-clock[^>]*>)/,
        '$1<p data-newer data-start="2027-11-25" data-end="2027-12-10" hidden>The latest campaign: <a href="/en/16-days/2027/">16 Days of Activism 2027</a></p>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.clock.setFixedTime(new Date('2026-12-05T03:00:00Z'));
    await page.goto('/en/16-days/');
    await expect(page.locator('[data-newer]')).toBeHidden();

    await page.clock.setFixedTime(new Date('2026-12-10T17:00:00Z')); // 11 Dec in Laos: 2026 is over
    await page.reload();
    await expect(page.locator('[data-newer]')).toBeVisible();
    await expect(page.locator('[data-newer] a')).toHaveAttribute('href', '/en/16-days/2027/');
  });
});

test.describe('downloads', () => {
  test('the campaign calendar is a valid iCalendar file for 25 November to 10 December', async ({ request }) => {
    for (const locale of ['en', 'lo'] as const) {
      const response = await request.get(`${YEAR_PAGE[locale]}calendar.ics`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/calendar');
      const ics = await response.text();
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.uid).toMatch(/^16-days-2026-/);
      expect(event.startDate.toString()).toBe('2026-11-25');
      expect(event.endDate.toString()).toBe('2026-12-11');
      expect(event.summary).toBe(locale === 'en' ? '16 Days of Activism 2026' : 'ແຄມເປນ 16 ວັນ ຕ້ານຄວາມຮຸນແຮງທາງເພດ 2026');
    }
  });

  test('every card linked from the page is a PNG of the size its label says', async ({ page, request }) => {
    const sizes = { square: [1080, 1080], portrait: [1080, 1350], story: [1080, 1920] } as const;
    for (const locale of ['en', 'lo'] as const) {
      await page.goto(YEAR_PAGE[locale]);
      const hrefs = await page.locator('#toolkit a[href$=".png"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs).toHaveLength(12);
      for (const href of hrefs) {
        const body = await (await request.get(href)).body();
        const meta = await sharp(body).metadata();
        const size = href.match(/-(square|portrait|story)\.png$/)![1] as keyof typeof sizes;
        expect([meta.format, meta.width, meta.height], href).toEqual(['png', ...sizes[size]]);
      }
    }
  });
});
