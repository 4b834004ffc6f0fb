import { expect, test, type Page } from '@playwright/test';
import { exitUrl, routeExitSite } from '../support/exit-site';

const exitLink = (page: Page) => page.getByTestId('quick-exit-link');

/** Two pages of the site in the history, the second one being read. */
async function readSecondPage(page: Page) {
  await page.goto('/en/');
  await page.goto('/en/about/');
  await expect(page.locator('quick-exit')).toBeVisible();
}

async function expectExited(page: Page) {
  await expect(page).toHaveURL(exitUrl);
  await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();
}

test.describe('with JavaScript', () => {
  test('Shift pressed three times shows and announces progress, hides the page at once and leaves it out of the history', async ({ page }) => {
    const exit = await routeExitSite(page, { hold: true });
    await readSecondPage(page);
    const status = page.getByRole('status');
    const dots = page.locator('[data-dots]');
    await expect(dots).toBeHidden();

    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift: press 2 more times to exit.');
    await expect(dots).toBeVisible();
    await expect(dots).toHaveAttribute('data-count', '1');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift: press 1 more time to exit.');
    await expect(dots).toHaveAttribute('data-count', '2');
    // What the page shows once it starts leaving, reported from inside it while the neutral site is held back.
    const seen: { title: string; text: string; alert: string | undefined }[] = [];
    await page.exposeBinding('reportLeaving', (_source, state: (typeof seen)[number]) => seen.push(state));
    await page.evaluate(() => {
      const report = (window as unknown as { reportLeaving: (state: unknown) => void }).reportLeaving;
      new MutationObserver(() =>
        report({ title: document.title, text: document.body.innerText.trim(), alert: document.querySelector('[role=alert]')?.textContent ?? undefined }),
      ).observe(document.body, { childList: true });
    });
    await page.keyboard.press('Shift');
    await expect.poll(() => seen[0]).toEqual({ title: 'Leaving this page…', text: 'Leaving this page…', alert: 'Leaving this page…' });
    exit.release();

    await expectExited(page);
    expect(exit.requests[0]?.headers()['referer']).toBeUndefined();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('Shift used with another key, or another key between, does not count', async ({ page }) => {
    await routeExitSite(page);
    await readSecondPage(page);
    const status = page.getByRole('status');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+KeyA');
    await expect(status).toHaveText('');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('KeyB');
    await expect(status).toHaveText('Exit stopped. To leave, press Shift 3 times quickly.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift: press 2 more times to exit.');
    await expect(page).toHaveURL(/\/en\/about\/$/);
  });

  test('presses more than five seconds apart start again', async ({ page }) => {
    await page.clock.install();
    await routeExitSite(page);
    await readSecondPage(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.clock.runFor(5_100);
    await expect(page.getByRole('status')).toHaveText('Exit stopped. To leave, press Shift 3 times quickly.');
    await expect(page.locator('[data-dots]')).toBeHidden();
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status')).toHaveText('Shift: press 2 more times to exit.');
    await page.clock.runFor(5_100 * 2);
    await expect(page.getByRole('status')).toHaveText('');
    await expect(page).toHaveURL(/\/en\/about\/$/);
  });

  test('tapping the control exits and Back does not return to the page', async ({ page }) => {
    const exit = await routeExitSite(page);
    await readSecondPage(page);
    await exitLink(page).tap();
    await expectExited(page);
    expect(exit.requests[0]?.headers()['referer']).toBeUndefined();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('the control is reached and used with the keyboard', async ({ page }) => {
    await routeExitSite(page);
    await readSecondPage(page);
    for (let i = 0; i < 5 && !(await exitLink(page).evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(exitLink(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expectExited(page);
  });

  test('in Lao, the control and its messages are in Lao', async ({ page }) => {
    await routeExitSite(page);
    await page.goto('/lo/about/');
    await expect(exitLink(page)).toHaveAccessibleName('ອອກຈາກໜ້ານີ້');
    await expect(page.getByRole('navigation', { name: 'ຄວາມປອດໄພ' }).getByRole('link', { name: 'ໃຊ້ເວັບຢ່າງປອດໄພ' })).toHaveAttribute('href', '/lo/safety/');
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status')).toHaveText('Shift: ກົດອີກ 2 ເທື່ອ ເພື່ອອອກ.');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the control is a plain link to the neutral site', async ({ page }) => {
    const exit = await routeExitSite(page);
    await readSecondPage(page);
    await exitLink(page).click();
    await expectExited(page);
    expect(exit.requests[0]?.headers()['referer']).toBeUndefined();
  });
});

test('the control stays on screen while reading down a long page', async ({ page }) => {
  await page.goto('/lo/safety/');
  await page.locator('footer').scrollIntoViewIfNeeded();
  await expect(exitLink(page)).toBeInViewport();
});

test('the control is not printed', async ({ page }) => {
  await page.goto('/en/about/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('quick-exit')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
