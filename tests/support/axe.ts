/** axe-core on the page as the reader sees it now, with the WCAG 2.2 AA rules. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const blocking = new Set(['serious', 'critical']);

/**
 * The violations, each as "rule: help (elements)"; [] when there is none. By default only the serious and
 * critical ones (the site's gate); `all` for every impact.
 */
export async function axeViolations(page: Page, options: { all?: boolean } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcag22aa);
  // A page without frames (nearly all of them) is checked in one axe.run: the default per-frame mode, needed
  // only to look inside another site's frame (a loaded video player), opens a second page for every check to
  // merge the frames' results, which doubled the time of every-page.spec.ts for the same findings.
  if (page.frames().length === 1) builder.setLegacyMode(true);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => options.all || blocking.has(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
