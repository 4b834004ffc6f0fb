/**
 * Videos as readers meet them. The published site has no video yet (no verified address exists), so the
 * players are tested on the fixture site (tests/fixtures/videos, fake addresses, served at fixtureOrigin);
 * requests to other hosts are answered inside the test, never sent to the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { fixtureDist, fixtureOrigin } from '../support/fixture-site';
import { sitemapPaths } from '../support/site-pages';

const players = new Set(['www.youtube-nocookie.com', 'www.facebook.com']);

/** Records every request leaving the site; answers the two player hosts with a stub page, refuses the rest. */
async function watchOtherHosts(context: BrowserContext): Promise<string[]> {
  const requests: string[] = [];
  await context.route(
    (url) => url.origin !== fixtureOrigin && url.hostname !== 'localhost',
    (route) => {
      const url = new URL(route.request().url());
      requests.push(url.href);
      if (!players.has(url.hostname)) return route.abort();
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Stub player</title><p>Stub player from ${url.hostname}</p></html>`,
      });
    },
  );
  return requests;
}

/** Loads a page and lets lazy images and scripts finish, as a reader scrolling through it would. */
async function readWholePage(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

const url = (path: string) => `${fixtureOrigin}${path}`;

test('no request leaves the site before play, on every page that has a video', async ({ context, page }) => {
  const requests = await watchOtherHosts(context);
  // The pages whose HTML holds a player (read from the built files: visiting all would take minutes).
  const withVideo = sitemapPaths(fixtureDist()).filter((path) =>
    /<(video-facade|video)\b/.test(readFileSync(join(fixtureDist(), path, 'index.html'), 'utf8')),
  );
  for (const path of withVideo) {
    await readWholePage(page, url(path));
    await expect(page.locator('video-facade, video').first()).toBeAttached();
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(requests, path).toEqual([]);
  }
  // The gallery only links to the videos; these pages hold players.
  expect(withVideo).toEqual(
    expect.arrayContaining(['/en/videos/youtube-test/', '/lo/videos/facebook-test/', '/en/videos/file-test/', '/lo/video-in-story/']),
  );
});

for (const locale of ['lo', 'en'] as const) {
  test(`a YouTube video plays from youtube-nocookie.com with ${locale} captions, only after play (${locale})`, async ({ context, page }) => {
    const requests = await watchOtherHosts(context);
    await readWholePage(page, url(`/${locale}/videos/youtube-test/`));
    const title = locale === 'lo' ? 'ວິດີໂອທົດສອບ ໃນ YouTube' : 'Test video on YouTube';
    const play = page.getByRole('button', { name: locale === 'lo' ? `ເບິ່ງວິດີໂອ: ${title}` : `Play video: ${title}` });
    await expect(play).toBeVisible();
    await expect(page.getByText(locale === 'lo' ? 'ຈະໃຊ້ອິນເຕີເນັດມືຖືຂອງທ່ານ' : 'uses your mobile data')).toBeVisible();
    await expect(page.locator('time[datetime="PT1M30S"]')).toHaveText('1:30');
    expect(requests).toEqual([]);

    await play.click();
    const frame = page.locator('iframe');
    await expect(frame).toHaveCount(1);
    const src = new URL((await frame.getAttribute('src'))!);
    expect(src.origin).toBe('https://www.youtube-nocookie.com');
    expect(src.pathname).toBe('/embed/TESTVIDEO01');
    expect(Object.fromEntries(src.searchParams)).toMatchObject({ autoplay: '1', cc_load_policy: '1', cc_lang_pref: locale, hl: locale });
    await expect(frame).toHaveAttribute('title', new RegExp(title));
    await expect(page.frameLocator('iframe').getByText('Stub player from www.youtube-nocookie.com')).toBeVisible();
    expect(requests.map((request) => new URL(request).hostname)).toEqual(['www.youtube-nocookie.com']);
    await expect(play).toHaveCount(0);
  });
}

test("a Facebook video loads Facebook's plain plugin page after play, and no SDK", async ({ context, page }) => {
  const requests = await watchOtherHosts(context);
  await readWholePage(page, url('/en/videos/facebook-test/'));
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: 'Play video: Test video on Facebook' }).click();
  const src = new URL((await page.locator('iframe').getAttribute('src'))!);
  expect(src.origin + src.pathname).toBe('https://www.facebook.com/plugins/video.php');
  expect(src.searchParams.get('href')).toBe('https://www.facebook.com/testpage/videos/1234567890/');
  await expect(page.frameLocator('iframe').getByText('Stub player from www.facebook.com')).toBeVisible();
  expect(requests.every((request) => request.startsWith('https://www.facebook.com/plugins/video.php?'))).toBe(true);
});

test('the player works by keyboard: Tab to the play button, Enter plays and focus moves into the player', async ({ context, page }) => {
  await watchOtherHosts(context);
  await page.goto(url('/en/videos/youtube-test/'));
  const play = page.getByRole('button', { name: 'Play video: Test video on YouTube' });
  for (let presses = 0; presses < 30 && !(await play.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('iframe')).toHaveCount(1);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
});

test('Space plays too, and a video placed in a story with <Video> links to its transcript', async ({ context, page }) => {
  await watchOtherHosts(context);
  await page.goto(url('/lo/video-in-story/'));
  const figure = page.locator('figure[data-video="youtube-test"]');
  await expect(figure.locator('figcaption')).toHaveText('ວິດີໂອທົດສອບ ໃນ YouTube');
  await figure.getByRole('button').focus();
  await page.keyboard.press('Space');
  await expect(figure.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/TESTVIDEO01\?.*cc_lang_pref=lo/);
  await figure.getByRole('link', { name: 'ອ່ານບົດຖອດຄວາມ' }).click();
  await expect(page).toHaveURL(url('/lo/videos/youtube-test/'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each hosted video is a plain link to its host, labelled as leaving the site, and nothing else loads', async ({ context, page }) => {
    const requests = await watchOtherHosts(context);
    for (const [path, name, href] of [
      ['/en/videos/youtube-test/', 'Watch on YouTube (leaves this site)', 'https://www.youtube.com/watch?v=TESTVIDEO01'],
      ['/lo/videos/youtube-test/', 'ເບິ່ງໃນ YouTube (ອອກຈາກເວັບໄຊນີ້)', 'https://www.youtube.com/watch?v=TESTVIDEO01'],
      ['/en/videos/facebook-test/', 'Watch on Facebook (leaves this site)', 'https://www.facebook.com/testpage/videos/1234567890/'],
    ] as const) {
      await readWholePage(page, url(path));
      await expect(page.getByRole('link', { name })).toHaveAttribute('href', href);
      await expect(page.getByRole('button', { name: /Play|ເບິ່ງ/ })).toHaveCount(0);
      await expect(page.getByRole('img', { name: /test card/ }).or(page.getByRole('img', { name: /ບັດທົດສອບ/ }))).toBeVisible();
    }
    expect(requests).toEqual([]);
  });
});

test('a video kept as a file plays in <video> with caption tracks, fetching nothing before play', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await readWholePage(page, url('/en/videos/file-test/'));
  const video = page.locator('video');
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video).toHaveAttribute('poster', /^\/_astro\/.+\.webp$/);
  await expect(video.locator('track[srclang=en]')).toHaveAttribute('default', '');
  await expect(video.locator('track[srclang=lo]')).toHaveAttribute('label', 'Lao');
  expect(fetched.filter((path) => path.endsWith('.mp4'))).toEqual([]);
  const captions = await page.request.get(url((await video.locator('track[srclang=lo]').getAttribute('src'))!));
  expect(await captions.text()).toContain('WEBVTT');

  // The Lao page of an English-only video: captions default to Lao, the text is marked as English.
  await page.goto(url('/lo/videos/file-test/'));
  await expect(page.getByTestId('fallback-notice')).toBeVisible();
  await expect(page.locator('video track[srclang=lo]')).toHaveAttribute('default', '');
});

test('transcripts are on each video page in both languages', async ({ page }) => {
  await page.goto(url('/en/videos/youtube-test/'));
  await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
  await expect(page.getByTestId('transcript')).toHaveText('This is the English transcript of the YouTube test video.');

  await page.goto(url('/lo/videos/youtube-test/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'lo');
  await expect(page.getByRole('heading', { name: 'ບົດຖອດຄວາມ' })).toBeVisible();
  await expect(page.getByTestId('transcript')).toHaveText('ນີ້ແມ່ນບົດຖອດຄວາມພາສາລາວ ຂອງວິດີໂອທົດສອບ YouTube.');
  expect(await page.getByTestId('transcript').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('lo');
});

test('the gallery presents the 2021 campaign with its intro and videos, then the others; drafts stay out', async ({ page }) => {
  await page.goto(url('/en/videos/'));
  const campaign = page.locator('section[data-campaign="2021"]');
  await expect(campaign.getByRole('heading', { level: 2 })).toHaveText('The 2021 celebrity video campaign');
  await expect(campaign).toContainText('10 Lao celebrities, including Miss Universe Laos and fashion designers');
  await expect(campaign.getByRole('link')).toHaveText(['Test video kept as a file', 'Test video on YouTube']);
  await expect(page.getByRole('region', { name: 'More videos' }).getByRole('link')).toHaveText(['Test video on Facebook']);
  await expect(page.getByText('Draft test video')).toHaveCount(0);
  await expect(page.getByTestId('videos-empty')).toHaveCount(0);

  await page.goto(url('/lo/videos/'));
  await expect(page.locator('section[data-campaign="2021"]').getByRole('link')).toHaveText(['Test video kept as a file', 'ວິດີໂອທົດສອບ ໃນ YouTube']);
});

// The fixture's video pages (the published site's sitemap has none yet, so every-page.spec.ts cannot see them).
for (const path of ['/en/videos/', '/lo/videos/', '/en/videos/youtube-test/', '/lo/videos/facebook-test/', '/lo/videos/file-test/', '/en/video-in-story/']) {
  test(`axe finds no serious or critical WCAG 2.2 AA violation on the fixture's ${path}`, async ({ context, page }) => {
    await watchOtherHosts(context);
    await page.goto(url(path));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no serious or critical violation once the player is loaded', async ({ context, page }) => {
  await watchOtherHosts(context);
  await page.goto(url('/lo/videos/youtube-test/'));
  await page.getByRole('button', { name: /ວິດີໂອທົດສອບ ໃນ YouTube/ }).click();
  await expect(page.frameLocator('iframe').getByText(/Stub player/)).toBeVisible();
  // Back to the top: playing scrolled the page, and axe judges the size of a link half under the sticky
  // quick-exit bar by the part still showing, which depends on where the page happens to stop.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('the published site (no video has a verified address yet)', () => {
  for (const [locale, says, link] of [
    ['en', 'No videos are published yet. They will appear here as soon as they are.', 'Read about the programme and its campaigns'],
    ['lo', 'ຍັງບໍ່ມີວິດີໂອເຜີຍແຜ່ເທື່ອ. ວິດີໂອຈະສະແດງຢູ່ບ່ອນນີ້ ທັນທີທີ່ເຜີຍແຜ່.', 'ອ່ານກ່ຽວກັບໂຄງການ ແລະ ແຄມເປນຂອງໂຄງການ'],
  ] as const) {
    test(`the gallery says so honestly and links to the campaign facts (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/videos/`);
      const empty = page.getByTestId('videos-empty');
      await expect(empty).toContainText(says);
      await empty.getByRole('link', { name: link }).click();
      await expect(page).toHaveURL(`/${locale}/about/`);
      await expect(page.locator('main')).toContainText(locale === 'en' ? '10 Lao celebrities' : 'ມິສຢູນິເວີສລາວ');
    });
  }

  test('the videos page is in the main navigation', async ({ page }) => {
    await page.goto('/en/');
    await page.getByTestId('site-menu').locator('summary').click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Videos' }).click();
    await expect(page).toHaveURL('/en/videos/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Videos');
  });
});
