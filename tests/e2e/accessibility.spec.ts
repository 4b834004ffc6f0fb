import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { foreignHosts } from '../../src/lib/quality/budgets';
import { allPagePaths } from '../support/site-pages';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every page of the built site: the sitemap's, the language chooser, 404 and any page kept out of the sitemap.
for (const path of allPagePaths()) {
  test(`axe finds no serious or critical WCAG 2.2 AA violation on ${path}, which contacts no other host`, async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(blocking).toEqual([]);
    expect(foreignHosts(requests, baseURL!)).toEqual([]);
  });
}
