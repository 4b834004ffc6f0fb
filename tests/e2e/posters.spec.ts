/**
 * The poster library as a tourism business uses it: filter, open a poster, download and print it.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { PAPER_SIZES } from '../../src/lib/graphics/render';
import { formatFileSize } from '../../src/lib/file-size';
import { pdfPagePng } from '../support/poppler';
import { sitemapPaths } from '../support/site-pages';
import { headingText } from '../support/html-text';

const posterPages = sitemapPaths().filter((path) => /^\/(lo|en)\/posters\/[^/]+\/$/.test(path));
const slugs = [...new Set(posterPages.map((path) => path.split('/')[3]!))];

test('the library lists at least three posters in each language, each with its page', async ({ page }) => {
  expect(slugs.length).toBeGreaterThanOrEqual(3);
  for (const locale of ['lo', 'en']) {
    await page.goto(`/${locale}/posters/`);
    const cards = page.getByTestId('poster-card');
    await expect(cards).toHaveCount(slugs.length);
    for (const slug of slugs) {
      await expect(cards.locator(`h3 a[href="/${locale}/posters/${slug}/"]`)).toHaveCount(1);
    }
  }
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`filters, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('narrow the list by audience, language and size, and keep the other choices', async ({ page }) => {
      await page.goto('/en/posters/');
      const filters = page.getByTestId('poster-filters');
      const cards = page.getByTestId('poster-card');
      const choose = (group: string, name: string) =>
        filters.locator(`[data-filter=${group}]`).getByRole('link', { name, exact: true }).click();
      const total = await cards.count();

      await choose('audience', 'Tour operators');
      await expect(page).toHaveURL(/\/en\/posters\/audience\/tour-operators\/$/);
      await expect(filters.getByRole('link', { name: 'Tour operators' })).toHaveAttribute('aria-current', 'true');
      const shown = await cards.count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total); // the job-offer poster is not for tour operators
      for (const audiences of await cards.getByTestId('poster-audiences').allTextContents()) expect(audiences).toContain('Tour operators');
      await expect(page.getByTestId('poster-count')).toHaveText(`${shown} posters`);

      await choose('language', 'Lao and English');
      await expect(page).toHaveURL(/\/en\/posters\/audience\/tour-operators\/language\/bilingual\/$/);
      await expect(cards).toHaveCount(shown);
      for (const href of await downloadHrefs(page)) expect(href).toMatch(/-bilingual-a[34]\.pdf$/);

      await choose('size', 'A3');
      await expect(page).toHaveURL(/\/en\/posters\/audience\/tour-operators\/language\/bilingual\/size\/a3\/$/);
      const hrefs = await downloadHrefs(page);
      expect(hrefs).toHaveLength(shown);
      for (const href of hrefs) expect(href).toMatch(/-bilingual-a3\.pdf$/);

      await choose('audience', 'All');
      await expect(page).toHaveURL(/\/en\/posters\/language\/bilingual\/size\/a3\/$/);
      await expect(cards).toHaveCount(total);
    });

    test('work in Lao too', async ({ page }) => {
      await page.goto('/lo/posters/');
      await page.getByTestId('poster-filters').getByRole('link', { name: 'ລາວ ແລະ ອັງກິດ', exact: true }).click();
      await expect(page).toHaveURL(/\/lo\/posters\/language\/bilingual\/$/);
      for (const href of await downloadHrefs(page)) expect(href).toMatch(/-bilingual-a[34]\.pdf$/);
    });
  });
}

async function downloadHrefs(page: Page): Promise<string[]> {
  return page.getByTestId('poster-card').locator('[data-testid=poster-downloads] a').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')!),
  );
}

test('filtered lists and print views are real pages, kept out of search engines and the sitemap', async ({ page }) => {
  const response = await page.goto('/lo/posters/audience/hotels/language/lo/size/a4/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  await page.goto('/lo/posters/');
  await expect(page.locator('meta[name=robots]')).toHaveCount(0);
  const listed = sitemapPaths();
  expect(listed).toContain('/lo/posters/');
  expect(listed.filter((path) => /\/posters\/(audience|language|size)\/|\/print\//.test(path))).toEqual([]);
});

test('every download link on every poster page answers with its file, type and size as labelled', async ({ page, request }) => {
  expect(posterPages.length).toBe(2 * slugs.length);
  const checked = new Map<string, number>();
  for (const path of posterPages) {
    await page.goto(path);
    const locale = path.startsWith('/lo/') ? 'lo' : 'en';
    const links = page.getByTestId('poster-version').locator('[data-testid=poster-downloads] a');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      const type = (await link.getAttribute('type'))!;
      await expect(link).toHaveAttribute('download', '');
      let bytes = checked.get(href);
      if (bytes === undefined) {
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()['content-type'], href).toBe(type);
        bytes = (await response.body()).length;
        checked.set(href, bytes);
      }
      await expect(link).toContainText(formatFileSize(bytes, locale));
    }
  }
});

/** The PDFs a poster offers, from its English page (the Lao page links the same files). */
async function pdfLinks(page: Page, slug: string) {
  await page.goto(`/en/posters/${slug}/`);
  return page.locator('a[href$=".pdf"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
}

async function titleOf(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  return headingText(html)!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

test('every PDF parses, is exactly A4 or A3, and carries its title, language and the QR target', async ({ page, request }) => {
  let count = 0;
  for (const slug of slugs) {
    for (const href of await pdfLinks(page, slug)) {
      const [, version, size] = /-(lo|en|bilingual)-(a4|a3)\.pdf$/.exec(href)!;
      const doc = await PDFDocument.load(await (await request.get(href)).body(), { updateMetadata: false });
      expect(doc.getPageCount(), href).toBe(1);
      expect(doc.getPage(0).getSize(), href).toEqual(PAPER_SIZES[size === 'a4' ? 'A4' : 'A3']);

      const locale = version === 'en' ? 'en' : 'lo';
      const target = new URL(doc.getSubject()!);
      expect(target.pathname, href).toBe(`/${locale}/posters/${slug}/`);
      const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
      const action = annots.lookup(0, PDFDict).lookup(PDFName.of('A'), PDFDict);
      expect(action.lookup(PDFName.of('URI'), PDFString).decodeText(), href).toBe(target.href);
      expect((await request.get(target.pathname)).status()).toBe(200);

      const lang = doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText();
      expect(lang, href).toBe(locale);
      const titles = version === 'bilingual' ? ['lo', 'en'] : [version];
      const expected = (await Promise.all(titles.map((l) => titleOf(request, `/${l}/posters/${slug}/`)))).join(' / ');
      expect(doc.getTitle(), href).toBe(expected);
      count++;
    }
  }
  expect(count).toBeGreaterThanOrEqual(3 * 3 * 2);
});

test('the QR code printed on each poster opens that poster’s page', async ({ page, request }) => {
  for (const slug of slugs) {
    for (const href of await pdfLinks(page, slug)) {
      if (!href.endsWith('-a4.pdf')) continue; // A3 is the same scene
      const pdf = await (await request.get(href)).body();
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      // The PDF page as a printer draws it (its QR code is vector squares), and the print PNG the print view
      // shows, drawn from the same scene.
      const raster = await (await request.get(href.replace(/-a4\.pdf$/, '-print.png'))).body();
      for (const picture of [pdfPagePng(pdf, 1, 120), raster]) {
        const { data, info } = await sharp(picture).resize(1000).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
        expect(code?.data, href).toBe(doc.getSubject());
      }
    }
  }
});

test('the poster page shows a large preview that loads, and the poster’s words as text', async ({ page }) => {
  await page.goto(`/lo/posters/${slugs[0]}/`);
  const preview = page.locator('figure img');
  await expect(preview).toHaveAttribute('srcset', /1080w/);
  await expect(preview).toHaveJSProperty('complete', true);
  // A phone with 2.75 device pixels per CSS pixel picks a file sharp enough for it.
  const chosen = await preview.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(Number(/-(\d+)\.webp$/.exec(chosen)![1])).toBeGreaterThanOrEqual(720);
  const box = (await preview.boundingBox())!;
  expect(box.width).toBeGreaterThan(300); // most of a 360 px phone screen
  await expect(page.getByTestId('poster-text')).toContainText(await page.locator('h1').innerText());
  await expect(page.getByTestId('print-guide')).toBeVisible();
});

for (const size of ['a4', 'a3'] as const) {
  test(`the print view prints the poster alone on one ${size.toUpperCase()} page`, async ({ page }) => {
    await page.goto(`/en/posters/${slugs[0]}/print/en-${size}/`);
    await expect(page.locator('.print-sheet img')).toHaveJSProperty('complete', true);
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.getPageCount()).toBe(1);
    const paper = PAPER_SIZES[size === 'a4' ? 'A4' : 'A3'];
    const { width, height } = pdf.getPage(0).getSize();
    expect(Math.abs(width - paper.width)).toBeLessThan(1);
    expect(Math.abs(height - paper.height)).toBeLessThan(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    const img = (await page.locator('.print-sheet img').boundingBox())!;
    // 96 CSS px per inch: 210 mm or 297 mm wide.
    expect(Math.round((img.width / 96) * 25.4)).toBe(size === 'a4' ? 210 : 297);
  });
}

test.describe('the print button', () => {
  test('appears with JavaScript', async ({ page }) => {
    await page.goto(`/lo/posters/${slugs[0]}/print/lo-a4/`);
    await expect(page.locator('print-page button')).toBeVisible();
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is not offered (the browser’s own Print does it)', async ({ page }) => {
      await page.goto(`/lo/posters/${slugs[0]}/print/lo-a4/`);
      await expect(page.locator('print-page button')).toBeHidden();
      await expect(page.getByRole('link', { name: /ກັບໄປໜ້າ\s*ໂປສເຕີ/ })).toBeVisible();
    });
  });
});
