/** Listings, pagination, story pages, dates and reading times, topics, related entries: in both languages. */
import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/dates';
import { entryPaths, helplines } from '../support/reading';
import { sitemapPaths } from '../support/site-pages';

const pages = sitemapPaths();
const locales = ['lo', 'en'] as const;
const words = {
  lo: { status: (p: number, t: number) => `ໜ້າ ${p} ຈາກ ${t}`, next: 'ໜ້າຕໍ່ໄປ', previous: 'ໜ້າກ່ອນ', page2: 'ເລື່ອງລາວ, ໜ້າ 2', whatToDo: 'ສິ່ງທີ່ຄວນເຮັດ', minutes: /^ອ່ານ \d+ ນາທີ$/ },
  en: { status: (p: number, t: number) => `Page ${p} of ${t}`, next: 'Next page', previous: 'Previous page', page2: 'Stories, page 2', whatToDo: 'What to do', minutes: /^\d+ min read$/ },
};

for (const locale of locales) {
  test.describe(`${locale}: listings`, () => {
    test('the story listing is split into pages that link to each other', async ({ page }) => {
      const stories = entryPaths(pages, 'stories', locale);
      expect(stories.length).toBeGreaterThan(6);
      await page.goto(`/${locale}/stories/`);
      const cards = page.getByTestId('entry-card');
      await expect(cards).toHaveCount(6);
      const pagination = page.getByTestId('pagination');
      await expect(pagination).toContainText(words[locale].status(1, 2));
      await expect(pagination.locator('[aria-current=page]')).toContainText('1');

      await pagination.getByRole('link', { name: words[locale].next }).click();
      await expect(page).toHaveURL(`/${locale}/stories/2/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[locale].page2);
      await expect(page.getByTestId('entry-card')).toHaveCount(stories.length - 6);
      await expect(page.getByTestId('pagination').locator('[aria-current=page]')).toContainText('2');

      await page.getByTestId('pagination').getByRole('link', { name: words[locale].previous }).click();
      await expect(page).toHaveURL(`/${locale}/stories/`);
    });

    test('every story is listed once across the pages, newest first, each card linking to its page', async ({ page }) => {
      const listed: string[] = [];
      const dates: string[] = [];
      for (const listing of [`/${locale}/stories/`, `/${locale}/stories/2/`]) {
        await page.goto(listing);
        listed.push(...(await page.getByTestId('entry-card').getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))));
        dates.push(...(await page.getByTestId('entry-card').locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))));
      }
      expect([...listed].sort()).toEqual(entryPaths(pages, 'stories', locale).sort());
      expect(dates).toEqual([...dates].sort().reverse());
    });

    for (const collection of ['materials', 'updates'] as const) {
      test(`the ${collection} listing shows every entry on one page`, async ({ page }) => {
        await page.goto(`/${locale}/${collection}/`);
        await expect(page.getByTestId('entry-card')).toHaveCount(entryPaths(pages, collection, locale).length);
        await expect(page.getByTestId('pagination')).toHaveCount(0);
      });
    }
  });

  test.describe(`${locale}: stories`, () => {
    for (const path of entryPaths(pages, 'stories', locale)) {
      test(`${path} is marked illustrative and ends with what to do, then the help lines`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByTestId('illustrative-note')).toBeVisible();
        // The story's last section is "What to do"…
        await expect(page.locator('article .prose h2').last()).toHaveText(words[locale].whatToDo);
        // …and the help-line block comes straight after the story text (or the content warning holding it),
        // first of what follows the text (kept out of search excerpts).
        const block = page.locator('article :is(.prose, [data-testid=content-warning]) + [data-pagefind-ignore] > [data-testid=helplines-block]:first-child');
        await expect(block).toBeVisible();
        for (const line of helplines()) {
          await expect(block.locator(`a[href="tel:${line.number}"]`)).toBeVisible();
          await expect(block).toContainText(line.name[locale]);
        }
      });
    }
  });

  test(`${locale}: dates use the reader's language and reading times are counted in it`, async ({ page }) => {
    await page.goto(`/${locale}/stories/fake-job-offers/`);
    const meta = page.locator('article header').getByTestId('entry-meta');
    const time = meta.locator('time');
    const iso = await time.getAttribute('datetime');
    expect(iso).toBe('2025-11-03');
    await expect(time).toHaveText(formatDate(new Date(iso!), locale));
    await expect(time).toHaveText(locale === 'lo' ? '3 ພະຈິກ 2025' : '3 November 2025');
    await expect(meta.getByTestId('reading-time')).toHaveText(words[locale].minutes);
    await expect(meta).toHaveAttribute('lang', locale);
  });

  test(`${locale}: a story ends with related entries that share its topics`, async ({ page }) => {
    await page.goto(`/${locale}/stories/safe-migration/`);
    const related = page.getByTestId('related');
    await expect(related.getByTestId('entry-card').first()).toBeVisible();
    const first = related.getByTestId('entry-card').first().getByRole('link');
    await first.click();
    // The related entry is tagged with the story's only topic.
    await expect(page.locator('article header').getByRole('link', { name: locale === 'lo' ? 'ການເຄື່ອນຍ້າຍແຮງງານຢ່າງປອດໄພ' : 'Safe migration' })).toBeVisible();
  });

  test(`${locale}: a topic page lists stories, guides and news tagged with it`, async ({ page }) => {
    await page.goto(`/${locale}/topics/`);
    await page.getByRole('link', { name: locale === 'lo' ? 'ການເຄື່ອນຍ້າຍແຮງງານຢ່າງປອດໄພ' : 'Safe migration' }).click();
    await expect(page).toHaveURL(`/${locale}/topics/safe-migration/`);
    const hrefs = await page.getByTestId('entry-card').getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const collection of ['stories', 'materials', 'updates']) {
      expect(hrefs.some((href) => href.startsWith(`/${locale}/${collection}/`)), collection).toBe(true);
    }
    expect(hrefs).toContain(`/${locale}/stories/safe-migration/`);
    expect(hrefs).not.toContain(`/${locale}/stories/tourism-child-protection/`);
  });
}
