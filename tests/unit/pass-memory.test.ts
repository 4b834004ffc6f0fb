/**
 * The steps of the pass over the built pages that keep something from every page (the link scan's links and
 * ids, the CSP of each page, the share cards named) must not keep the pages themselves: a string cut out of a
 * page is, in V8, a view that keeps the whole page alive, and at 3,000 stories per language that held every
 * built page in memory until the end of the build (docs/performance.md).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { PagePass } from '../../src/integrations/built-pages';
import { linkScanPass } from '../../src/integrations/quality-gates';
import { securityHeadersPass } from '../../src/integrations/security-headers';
import { shareImagesPass } from '../../src/integrations/share-images';
import { selectorNames, SiteText } from '../../src/lib/page-stylesheets';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const PAGES = 40;
/** About 1 MB of page text (Lao is two bytes a character in V8): 40 pages kept would be 40 MB. */
const FILLER = 'ສ'.repeat(500_000);

/** A page with a link, an id, a CSP and a share card of its own, as every story page has. */
function page(n: number): string {
  const slug = `a-story-with-a-long-address-${n}`;
  return `<html lang="lo"><head><meta http-equiv="content-security-policy" content="default-src 'self'; img-src 'self' https://example.org/${slug}/"><link rel="canonical" href="https://example.org/lo/stories/${slug}/"><meta property="og:image" content="https://example.org/og/${String(n).padStart(20, '0')}.png"></head><body><h2 id="heading-of-${slug}">${FILLER}</h2></body></html>`;
}

/** MB of JavaScript heap still alive after the step has seen the pages (and the pages are gone). */
async function keptAfter(step: PagePass): Promise<number> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (let n = 0; n < PAGES; n++) await step.page({ file: `lo/stories/${n}/index.html`, html: page(n) });
  collectGarbage();
  return (process.memoryUsage().heapUsed - before) / 1_048_576;
}

describe('steps of the pass over the built pages', () => {
  it.each([
    ['link scan', linkScanPass],
    ['security headers', securityHeadersPass],
    ['share cards', shareImagesPass],
  ])('%s keeps what it needs from each page, not the page', async (_name, step) => {
    const pass = step();
    // Far under the 40 MB the pages take: what is kept is a few short strings per page.
    expect(await keptAfter(pass)).toBeLessThan(8);
    if ('scans' in pass) expect((pass.scans as Map<string, unknown>).size).toBe(PAGES);
  });

  it("the page stylesheets' names of the site keep the names, not the pages", async () => {
    const site = new SiteText(selectorNames(['h2{margin:0}blink{color:red}.sr-only{position:absolute}']));
    const kept: string[] = [];
    const step: PagePass = {
      name: 'site text',
      page: ({ html }) => {
        kept.push(...site.addPage(html));
      },
    };
    expect(await keptAfter(step)).toBeLessThan(8);
    // Only what a selector names is kept from a page: its element names, not its words.
    expect(new Set(kept)).toEqual(new Set(['h2']));
    expect(site.canMatch('blink')).toBe(false);
    expect(site.canMatch('h2')).toBe(true);
  });
});
