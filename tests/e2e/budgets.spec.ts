/**
 * Page-weight budgets (tests/budgets.ts) on a phone: for each type of page in each language, the heaviest
 * page (estimated from dist/) is loaded in the browser and everything it downloads is counted, gzip.
 * Images are left out: they are lazy and sized per screen. The page may contact no host but the site's.
 */
import { expect, test } from '@playwright/test';
import { budgetFor, foreignHosts, overBudget, totalBytes } from '../../src/lib/quality/budgets';
import { budgets } from '../budgets';
import { measurePage, staticWeight } from '../support/page-weight';
import { sitemapPaths } from '../support/site-pages';

/** The heaviest page of each type in each language: the one a budget is most likely to break on. */
const heaviest = new Map<string, { path: string; weight: number }>();
// (The root only forwards readers to /lo/ or /en/, which are measured.)
for (const path of sitemapPaths()) {
  const key = `${budgetFor(path, budgets).type} (${path.split('/')[1]})`;
  const weight = staticWeight(path);
  if ((heaviest.get(key)?.weight ?? -1) < weight) heaviest.set(key, { path, weight });
}

for (const [key, { path }] of heaviest) {
  test(`${key}: ${path} stays within its budget and contacts no other host`, async ({ page, baseURL }, testInfo) => {
    const measured = await measurePage(page, path);
    const budget = budgetFor(path, budgets);
    await testInfo.attach('weight', {
      body: JSON.stringify({ path, budget: budget.type, total: totalBytes(measured.weight), ...measured.weight, counted: measured.counted }, null, 2),
      contentType: 'application/json',
    });
    console.log(`weight ${path} total=${totalBytes(measured.weight)} ${JSON.stringify(measured.weight)}`);
    expect(overBudget(path, measured.weight, budget), measured.counted.join('\n')).toEqual([]);
    expect(foreignHosts(measured.requests, baseURL!)).toEqual([]);
  });
}
