/** Materials: downloads with their type and size, the files themselves, and printing. */
import { expect, test } from '@playwright/test';
import { formatFileSize } from '../../src/lib/file-size';
import { entryPaths, helplines } from '../support/reading';
import { sitemapPaths } from '../support/site-pages';

const materials = entryPaths(sitemapPaths(), 'materials');

test('there are at least four materials in each language', () => {
  expect(materials.filter((p) => p.startsWith('/lo/')).length).toBeGreaterThanOrEqual(4);
  expect(materials.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(4);
});

for (const path of materials) {
  test(`${path} offers its downloads with type and size, and the files are what they say`, async ({ page, request }) => {
    const locale = path.split('/')[1] as 'lo' | 'en';
    await page.goto(path);
    const links = page.getByTestId('downloads').getByTestId('download');
    expect(await links.evaluateAll((list) => list.map((a) => a.getAttribute('href')!.split('.').pop()))).toEqual(['pdf', 'txt']);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      const type = href.split('.').pop()!.toUpperCase();
      await expect(link.getByTestId('download-details')).toHaveText(`(${type}, ${formatFileSize(body.byteLength, locale)})`);
      if (type === 'PDF') {
        // A print-ready sheet in the material's language, whose QR code links back to the page.
        const pdf = body.toString('latin1');
        expect(pdf.startsWith('%PDF-')).toBe(true);
        expect(pdf).toContain(`/Lang (${href.includes(`-lo-`) ? 'lo' : 'en'})`);
        expect(pdf).toMatch(new RegExp(`/URI \\(https?://[^)]+${path.replace(/\//g, '\\/')}\\)`));
        expect(pdf).toContain('/MediaBox [ 0 0 595.28 841.89 ]');
      }
      if (type === 'TXT') {
        const text = body.toString('utf8');
        expect(text.startsWith('\uFEFF'), 'marked as UTF-8').toBe(true);
        expect(text).toContain((await page.getByRole('heading', { level: 1 }).textContent())!.trim());
        for (const line of helplines()) expect(text).toContain(line.number);
      }
    }
  });
}

test('a Lao plain-text download keeps the Lao text intact', async ({ request }) => {
  const text = (await request.get('/lo/materials/signs-of-trafficking/signs-of-trafficking-lo.txt')).body();
  const decoded = (await text).toString('utf8');
  expect(decoded).toContain('ສັນຍານເຕືອນ ຂອງການຄ້າມະນຸດ');
  expect(decoded).toContain('ສິ່ງທີ່ຄວນເຮັດ');
  expect(decoded).not.toMatch(/[*#]{2}|\]\(/);
});

test.describe('printing', () => {
  for (const path of ['/lo/stories/migrant-workers/', '/en/materials/safe-migration-checklist/']) {
    test(`${path} prints the text and the help lines, without menus, sharing or "read next"`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('article .prose')).toBeVisible();
      await expect(page.locator('article [data-testid=helplines-block]')).toBeVisible();
      for (const hidden of ['header nav', '[data-testid=helpline-bar]', '[data-testid=share]', '[data-testid=related]', 'footer']) {
        await expect(page.locator(hidden).first(), hidden).toBeHidden();
      }
      await expect(page.getByText(/^(From|ຈາກ) http/)).toBeVisible();
      expect(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
      await page.emulateMedia({ media: 'screen' });
      await expect(page.getByText(/^(From|ຈາກ) http/)).toBeHidden();
    });
  }

  // The print rules reach these lists too (in the stylesheet they share with the pages above), but apply only to
  // the pages marked for them (data-print): a list prints with its menu and footer, as it always did.
  for (const path of ['/en/stories/', '/lo/materials/']) {
    test(`the list ${path} prints as on screen, with its help lines and footer`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const shown of ['[data-testid=helpline-bar]', 'body > footer']) await expect(page.locator(shown), shown).toBeVisible();
    });
  }

  test.describe('with JavaScript', () => {
    test('a material has a Print button', async ({ page }) => {
      await page.addInitScript(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await page.goto('/en/materials/signs-of-trafficking/');
      await page.getByRole('button', { name: 'Print this page' }).click();
      await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    });
  });
});
