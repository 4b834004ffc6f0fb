/** The Get help page and the home page, built from the help-line data and the content. */
import { expect, test } from '@playwright/test';
import { helplines } from '../support/reading';

const labels = {
  en: { title: 'Get help', hours: 'Hours', languages: 'Languages', cost: 'Cost', sources: 'Where the numbers were published' },
  lo: { title: 'ຂໍຄວາມຊ່ວຍເຫຼືອ', hours: 'ເວລາ', languages: 'ພາສາ', cost: 'ຄ່າໂທ', sources: 'ແຫຼ່ງທີ່ເຜີຍແຜ່ເບີເຫຼົ່ານີ້' },
};

for (const locale of ['lo', 'en'] as const) {
  test(`${locale}: the Get help page shows each line with who it serves, hours, languages and cost where known, and a call link`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    // On a phone the menu is behind its Menu button.
    await page.getByTestId('site-menu').locator('summary').click();
    await page.getByRole('navigation', { name: locale === 'lo' ? 'ເມນູຫຼັກ' : 'Main' }).getByRole('link', { name: labels[locale].title }).click();
    await expect(page).toHaveURL(`/${locale}/help/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels[locale].title);
    const block = page.getByTestId('helplines-block');
    for (const line of helplines()) {
      const item = block.getByRole('listitem').filter({ hasText: line.name[locale] });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(line.serves[locale]);
      for (const field of ['hours', 'languages', 'cost'] as const) {
        const value = line[field];
        const term = item.locator('dt', { hasText: labels[locale][field] });
        if (value) await expect(term.locator('+ dd')).toHaveText(value[locale]);
        else await expect(term).toHaveCount(0);
      }
      await expect(item.getByRole('link')).toHaveAttribute('href', `tel:${line.number}`);
      await expect(block.getByTestId('helpline-sources')).toContainText(`${line.number}: ${line.source}`);
    }
    await expect(block.getByTestId('helpline-sources')).toContainText(labels[locale].sources);
  });

  test(`${locale}: the home page shows the featured story, the help lines and the latest news, and its links work`, async ({ page, request }) => {
    await page.goto(`/${locale}/`);
    const featured = page.getByRole('region', { name: locale === 'lo' ? 'ເລື່ອງແນະນຳ' : 'Featured story' });
    await expect(featured.getByTestId('entry-card')).toHaveCount(1);
    await expect(featured.getByRole('link').first()).toHaveAttribute('href', `/${locale}/stories/fake-job-offers/`);
    await expect(featured.locator('img')).toHaveAttribute('loading', 'eager');
    await expect(page.getByTestId('helplines-block').locator('a[href^="tel:"]')).toHaveCount(helplines().length);
    const latest = page.getByRole('region', { name: locale === 'lo' ? 'ຂ່າວລ່າສຸດ' : 'Latest news' });
    await expect(latest.getByTestId('entry-card')).toHaveCount(3);
    await expect(latest.getByRole('link').first()).toHaveAttribute('href', `/${locale}/updates/2025-10-youth-film-contest/`);
    for (const href of await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });
}
