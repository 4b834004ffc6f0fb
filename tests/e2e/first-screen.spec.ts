import { expect, test, type Page } from '@playwright/test';
import { onePagePerKind } from '../support/site-pages';

/**
 * What a new reader sees first on a 360×740 phone: the page's own heading, not a stack of menus. One page of
 * every kind (home, lists, entries, 16 Days, posters, search, help…) in both languages.
 */
const FIRST_SCREEN_HEADING_Y = 320;

test.describe('first screen at 360×740', () => {
  test('every kind of page starts its heading within 320 px, with the quick exit in view', async ({ page }) => {
    const pages = onePagePerKind();
    test.setTimeout(pages.length * 5_000 + 30_000);
    // During the campaign, when the 16 Days strip is shown too.
    await page.clock.setFixedTime(new Date('2026-11-28T03:00:00Z'));
    const late: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const heading = page.getByRole('heading', { level: 1 }).first();
      const box = await heading.boundingBox();
      expect(box, `${path}: no visible h1`).not.toBeNull();
      if (box!.y > FIRST_SCREEN_HEADING_Y) late.push(`${path}: h1 at ${Math.round(box!.y)} px`);
      await expect(page.getByTestId('quick-exit-link'), path).toBeInViewport();
    }
    expect(late).toEqual([]);
  });

  test('the quick exit stays on screen after scrolling', async ({ page }) => {
    await page.goto('/lo/about/');
    await page.mouse.wheel(0, 2000);
    await expect(page.getByTestId('quick-exit-link')).toBeInViewport();
  });

  test('the help lines are one row of tap-to-call numbers, each at least 44×44 px', async ({ page }) => {
    for (const locale of ['lo', 'en']) {
      await page.goto(`/${locale}/about/`);
      const calls = page.getByTestId('helpline-bar').locator('a[href^="tel:"]');
      expect(await calls.count()).toBeGreaterThan(0);
      const boxes = await calls.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
      expect(new Set(boxes.map((box) => Math.round(box.top))).size, locale).toBe(1);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
    }
  });

  test('the controls above the heading are tap targets of at least 44×44 px', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T03:00:00Z'));
    for (const locale of ['lo', 'en']) {
      await page.goto(`/${locale}/about/`);
      const controls = [
        page.getByTestId('quick-exit-link'),
        page.getByTestId('quick-exit').getByRole('link').first(),
        page.getByTestId('site-home'),
        page.getByTestId('language-switcher'),
        page.getByTestId('site-menu').locator('summary'),
        page.getByTestId('helpline-bar').getByRole('link').first(),
        page.getByTestId('campaign-strip').getByRole('link'),
      ];
      for (const control of controls) {
        const box = (await control.boundingBox())!;
        expect(Math.min(box.width, box.height), `${locale}: ${await control.innerText()}`).toBeGreaterThanOrEqual(44);
      }
    }
  });

  test('the 16 Days strip is one line while the campaign runs', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T03:00:00Z'));
    for (const locale of ['lo', 'en']) {
      await page.goto(`/${locale}/about/`);
      const link = page.getByTestId('campaign-strip').getByRole('link');
      await expect(link).toBeVisible();
      await expect(link).toContainText(locale === 'en' ? 'day 4 of 16' : 'ມື້ທີ 4 ຈາກ 16');
      // One line of text: no taller than the 44 px tap target it sits in.
      expect((await link.boundingBox())!.height, locale).toBeLessThanOrEqual(48);
    }
  });
});

async function menu(page: Page, locale: 'lo' | 'en') {
  const nav = page.getByRole('navigation', { name: locale === 'lo' ? 'ເມນູຫຼັກ' : 'Main' });
  const toggle = page.getByTestId('site-menu').locator('summary');
  return { nav, toggle };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the menu on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const locale of ['lo', 'en'] as const) {
      test(`is one button that opens and closes by keyboard (${locale})`, async ({ page }) => {
        await page.goto(`/${locale}/about/`);
        const { nav, toggle } = await menu(page, locale);
        await expect(nav.getByRole('link').first()).toBeHidden();
        await expect(toggle).toHaveText(locale === 'lo' ? 'ເມນູ' : 'Menu');
        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect(nav.getByRole('link').first()).toBeVisible();
        await expect(nav.getByRole('link', { name: locale === 'lo' ? 'ກ່ຽວກັບພວກເຮົາ' : 'About' })).toHaveAttribute('aria-current', 'page');
        await page.keyboard.press('Space');
        await expect(nav.getByRole('link').first()).toBeHidden();
      });
    }
  });
}

test('on a wide screen the menu is always shown, without a Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/en/about/');
  await expect(page.getByTestId('site-menu').locator('summary')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' })).toBeVisible();
});
