import { expect, test, type Page } from '@playwright/test';
import { FIRST_PAGE_SIZE, PAGE_SIZE } from '../../src/lib/search/paging';
import { axeViolations } from '../support/axe';
import { distHtml, entryPaths } from '../support/reading';
import { sitemapPaths } from '../support/site-pages';

/**
 * Searches a reader makes, each with the page that must come first or near the top (among the first
 * three: stories about the same subject may rank beside it). Lao queries are words from inside unbroken
 * runs of running text, and compounds typed without spaces.
 */
const searches: { locale: 'lo' | 'en'; query: string; first: string; why: string; shows: string; within?: number }[] = [
  // A common word (labour): many pages have it; the story must be on the first screen of results.
  { locale: 'lo', query: 'ແຮງງານ', first: '/lo/stories/migrant-workers/', why: 'inside running text of the story on migrant workers', shows: 'ແຮງງານ', within: 5 },
  { locale: 'lo', query: 'ຈິດສຳນຶກ', first: '/lo/about/', why: 'inside ໂດຍການສ້າງຈິດສຳນຶກ', shows: 'ຈິດສຳນຶກ' },
  { locale: 'lo', query: 'ປະຫວັດ', first: '/lo/safety/', why: 'inside ລຶບປະຫວັດການທ່ອງເວັບ', shows: 'ປະຫວັດການທ່ອງເວັບ' },
  { locale: 'lo', query: 'ການຄ້າມະນຸດ', first: '/lo/materials/signs-of-trafficking/', why: 'a compound typed without spaces', shows: 'ການຄ້າມະນຸດ' },
  { locale: 'lo', query: 'ຂູດຮີດທາງເພດ', first: '/lo/about/', why: 'a compound typed without spaces', shows: 'ຂູດຮີດທາງເພດ' },
  // ສ່ວນຕົວ is in both pages (ຄວາມເປັນສ່ວນຕົວ in About): only the safety page has ໂໝດສ່ວນຕົວ.
  { locale: 'lo', query: 'ໂໝດສ່ວນຕົວ', first: '/lo/safety/', why: 'a compound typed without spaces', shows: 'ໂໝດສ່ວນຕົວ' },
  { locale: 'lo', query: 'ລົດຈັກ', first: '/lo/stories/fake-job-offers/', why: 'a word only one story has', shows: 'ລົດຈັກ' },
  { locale: 'lo', query: '1362', first: '/lo/help/', why: 'a help line number', shows: '1362' },
  { locale: 'lo', query: '16 ວັນ', first: '/lo/16-days/2026/', why: 'the campaign, by its name', shows: '16 ວັນ' },
  { locale: 'en', query: 'hotline', first: '/en/help/', why: 'what a reader calls a help line', shows: 'otline' },
  { locale: 'en', query: 'Orange the World', first: '/en/16-days/2025/', why: 'the campaign colour', shows: 'Orange the World' },
  { locale: 'en', query: 'motorbike', first: '/en/stories/fake-job-offers/', why: 'a word only one story has', shows: 'motorbike' },
  // Four pages have it in their own text (not counting related-entry lists, which search leaves out).
  { locale: 'en', query: 'exploitation', first: '/en/about/', why: 'an English word', shows: 'sexual exploitation', within: 4 },
  { locale: 'en', query: 'vocational training', first: '/en/about/', why: 'two English words', shows: 'vocational training' },
  { locale: 'en', query: 'private mode', first: '/en/safety/', why: 'two English words', shows: 'private mode' },
];

function searchBox(page: Page) {
  return page.getByRole('searchbox');
}

/** The search's live region (the page has others, e.g. the quick exit's). */
function searchStatus(page: Page) {
  return page.locator('site-search').getByRole('status');
}

async function resultsFor(page: Page) {
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  return page.locator('.search-result');
}

test('every page links to search in its language from the header', async ({ page }) => {
  // Read from the built pages: visiting every page in the browser takes longer than a test may.
  for (const path of sitemapPaths()) {
    const locale = path.split('/')[1];
    const header = /<header\b[\s\S]*?<\/header>/.exec(distHtml(path))?.[0] ?? '';
    const link = /<a\b[^>]*data-testid="search-link"[^>]*>/.exec(header)?.[0] ?? '';
    expect(link, path).toContain(`href="/${locale}/search/"`);
  }
  await page.goto('/lo/about/');
  // On a phone, search is the first thing in the menu.
  await page.getByTestId('site-menu').locator('summary').click();
  await page.getByTestId('search-link').click();
  await expect(page).toHaveURL('/lo/search/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ຊອກຫາ');
});

for (const { locale, query, first, why, shows, within = 3 } of searches) {
  test(`${locale}: “${query}” (${why}) finds ${first} ${within === 3 ? 'first' : `among the first ${within}`}`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    await searchBox(page).fill(query);
    const results = await resultsFor(page);
    const hrefs = (await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).slice(0, within);
    expect(hrefs).toContain(first);
    const hit = results.filter({ has: page.locator(`a[href="${first}"]`) }).first();
    // The excerpt reads as the page does: no spaces the index added between Lao words.
    await expect(hit).toContainText(shows);
    await expect(hit.locator('mark').first()).toBeVisible();
    // The address keeps the query, so the search can be shared or reloaded.
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replace(/%20/g, '\\+')}$`));
  });
}

test('a compound finds only the pages that have it as written, not those with its parts elsewhere', async ({ page }) => {
  await page.goto(`/lo/search/?q=${encodeURIComponent('ສ່ວນຕົວ')}`);
  expect(await (await resultsFor(page)).count()).toBeGreaterThan(1);
  await searchBox(page).fill('ໂໝດສ່ວນຕົວ');
  await expect(searchStatus(page)).toHaveText('ພົບ 1 ໜ້າ ສຳລັບ “ໂໝດສ່ວນຕົວ”.');
  await expect(page.locator('.search-result')).toHaveCount(1);
  await expect(page.locator('.search-result a')).toHaveAttribute('href', '/lo/safety/');
});

test('a result shows its title as written, and its type', async ({ page }) => {
  await page.goto(`/lo/search/?q=${encodeURIComponent('ຈິດສຳນຶກ')}`);
  const first = (await resultsFor(page)).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('ກ່ຽວກັບເວັບໄຊນີ້');
  await expect(first).toContainText('ໜ້າຂໍ້ມູນ');
  await expect(searchStatus(page)).toHaveText('ພົບ 1 ໜ້າ ສຳລັບ “ຈິດສຳນຶກ”.');
});

for (const locale of ['en', 'lo'] as const) {
  test(`${locale}: an excerpt shows the text around the match, not the entry's date, reading time and notes run together`, async ({ page }) => {
    // The first words of a story: the match is at the start of its text, where the excerpt would reach back
    // into whatever the index holds before it.
    const story = entryPaths(sitemapPaths(), 'stories', locale)[0]!;
    await page.goto(story);
    const meta = page.locator('article header').getByTestId('entry-meta');
    const chrome = [await meta.locator('time').innerText(), await meta.getByTestId('reading-time').innerText()];
    const opening = (await page.locator('article .prose p').first().innerText()).trim();
    // English: the longest of its first eight words (the rarest, so the story is among the results).
    const query =
      locale === 'en'
        ? opening.split(/\s+/).slice(0, 8).map((word) => word.replace(/\W+/g, '')).sort((a, b) => b.length - a.length)[0]!
        : opening.split(/\s+/)[0]!;
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const hit = (await resultsFor(page)).filter({ has: page.locator(`a[href="${story}"]`) });
    await expect(hit).toHaveCount(1);
    const excerpt = await hit.locator('p').last().innerText();
    expect(excerpt).toContain(query.split(' ')[0]);
    for (const text of chrome) expect(excerpt, `${story}: "${text}" in the excerpt`).not.toContain(text);
  });
}

test('an address with ?q= shows its results, and the search box holds the query', async ({ page }) => {
  await page.goto('/en/search/?q=trafficking');
  await expect(searchBox(page)).toHaveValue('trafficking');
  await expect((await resultsFor(page)).first().getByRole('link')).toHaveAttribute('href', '/en/materials/signs-of-trafficking/');
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
});

test('results pass axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto(`/lo/search/?q=${encodeURIComponent('ການຄ້າມະນຸດ')}`);
  await resultsFor(page);
  expect(await axeViolations(page, { all: true })).toEqual([]);
});

test('nothing found says so', async ({ page }) => {
  await page.goto('/en/search/');
  await searchBox(page).fill('zzqxw');
  await resultsFor(page);
  await expect(searchStatus(page)).toHaveText('Nothing found for “zzqxw”. Try a shorter word, or another one.');
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('a Lao word still being typed finds pages with its first part, and says the match is partial', async ({ page }) => {
  await page.goto('/lo/search/');
  await searchBox(page).fill('ຈິດສຳນ');
  await expect((await resultsFor(page)).first().getByRole('link')).toHaveAttribute('href', '/lo/about/');
  await expect(searchStatus(page)).toHaveText(/^ບໍ່ມີໜ້າໃດມີ “ຈິດສຳນ” ຄືກັບທີ່ທ່ານພິມ\. ມີ \d ໜ້າ ທີ່ມີບາງຄຳໃນນີ້:$/);
  await searchBox(page).fill('ຈິດສຳນຶກ');
  await expect(searchStatus(page)).toHaveText('ພົບ 1 ໜ້າ ສຳລັບ “ຈິດສຳນຶກ”.');
});

test('a Lao word the site does not have finds nothing', async ({ page }) => {
  await page.goto('/lo/search/?q=' + encodeURIComponent('ໂຮງໝໍ'));
  await resultsFor(page);
  await expect(searchStatus(page)).toHaveText('ບໍ່ພົບຫຍັງສຳລັບ “ໂຮງໝໍ”. ລອງໃຊ້ຄຳທີ່ສັ້ນກວ່າ ຫຼື ຄຳອື່ນ.');
});

test('the type filter narrows the results and is kept in the address', async ({ page }) => {
  await page.goto('/en/search/?q=trafficking');
  await resultsFor(page);
  await page.getByLabel('Type').selectOption('pages');
  await expect(page).toHaveURL('/en/search/?q=trafficking&type=pages');
  await expect((await resultsFor(page)).first().getByRole('link')).toHaveAttribute('href', '/en/about/');
});

test('no search code or index is downloaded until the reader starts to search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) fetched.push(pathname);
  });
  await page.goto('/lo/search/');
  await searchBox(page).focus();
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'ready');
  expect(fetched).toEqual([]);
  await searchBox(page).fill('ແຮງງານ');
  await resultsFor(page);
  expect(fetched).toContain('/pagefind/pagefind.js');
  // Only the Lao index: nothing of the English one.
  expect(fetched.filter((path) => /\/(en_|wasm\.en)/.test(path))).toEqual([]);
});

test('a first search downloads only the results it shows (five), and "more" adds the rest', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
  });
  // Every story: more than one screen of results on the fixture site.
  await page.goto('/en/search/?type=stories');
  const results = await resultsFor(page);
  const count = Number(await page.locator('site-search').getAttribute('data-count'));
  expect(count).toBeGreaterThan(FIRST_PAGE_SIZE);
  await expect(results).toHaveCount(FIRST_PAGE_SIZE);
  expect(fragments).toHaveLength(FIRST_PAGE_SIZE);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(Math.min(count, FIRST_PAGE_SIZE + PAGE_SIZE));
  // The reader lands on the first of the new results.
  await expect(results.nth(FIRST_PAGE_SIZE).getByRole('link')).toBeFocused();
  expect(fragments).toHaveLength(Math.min(count, FIRST_PAGE_SIZE + PAGE_SIZE));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still submits with the query in the address, and says search needs JavaScript', async ({ page }) => {
    await page.goto('/lo/about/');
    await page.getByTestId('site-menu').locator('summary').click();
    await page.getByTestId('search-link').click();
    await searchBox(page).fill('ແຮງງານ');
    await page.getByRole('button', { name: 'ຊອກຫາ' }).click();
    await expect(page).toHaveURL(/\/lo\/search\/\?q=%E0%BB%81%E0%BA%AE%E0%BA%87%E0%BA%87%E0%BA%B2%E0%BA%99/);
    await expect(page.getByText('ການຊອກຫາຕ້ອງໃຊ້ JavaScript')).toBeVisible();
  });
});
