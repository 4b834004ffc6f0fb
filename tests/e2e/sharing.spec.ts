/** Sharing without third-party scripts: plain links that load nothing until tapped; Web Share where present. */
import { expect, test } from '@playwright/test';

const path = '/en/stories/fake-marriage/';

test('the share links are plain links to Facebook and WhatsApp carrying this page’s address; nothing loads from them', async ({ page, baseURL }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto(path);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect([...hosts]).toEqual([new URL(baseURL!).host]);

  const share = page.getByTestId('share');
  const facebook = await share.getByRole('link', { name: 'Share on Facebook' }).getAttribute('href');
  const whatsapp = await share.getByRole('link', { name: 'Share on WhatsApp' }).getAttribute('href');
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  expect(new URL(facebook!).host).toBe('www.facebook.com');
  expect(new URL(facebook!).searchParams.get('u')).toBe(canonical);
  expect(new URL(whatsapp!).host).toBe('wa.me');
  expect(new URL(whatsapp!).searchParams.get('text')).toBe(`A husband across the border ${canonical}`);
});

test.describe('with JavaScript', () => {
  test('the phone’s share sheet is offered where the browser has one, with this page', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto(path);
    await page.getByTestId('share').getByRole('button', { name: 'Share', exact: true }).click();
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: 'A husband across the border', url: canonical },
    ]);
  });

  test('without a share sheet, there is no share button', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(path);
    await expect(page.getByTestId('share').getByRole('button', { name: 'Share', exact: true })).toBeHidden();
  });

  test('"Copy link" copies the page address and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/lo/stories/fake-marriage/');
    const share = page.getByTestId('share');
    await expect(share.getByRole('link', { name: 'ລິ້ງຂອງໜ້ານີ້' })).toBeHidden();
    await share.getByRole('button', { name: 'ສຳເນົາລິ້ງ' }).click();
    await expect(share.getByRole('status')).toHaveText('ສຳເນົາລິ້ງແລ້ວ');
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the links still work and the page’s own address is offered to copy', async ({ page }) => {
    await page.goto(path);
    const share = page.getByTestId('share');
    await expect(share.getByRole('link', { name: 'Share on Facebook' })).toBeVisible();
    await expect(share.getByRole('link', { name: 'Share on WhatsApp' })).toBeVisible();
    const link = share.getByRole('link', { name: 'Link to this page' });
    await expect(link).toHaveAttribute('href', path);
    await expect(share.getByRole('button')).toHaveCount(0);
  });
});
