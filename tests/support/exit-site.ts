/**
 * The quick exit's neutral site (settings/site.yaml exitUrl of the fixture site), answered inside the test by a stand-in
 * page so that nothing leaves the machine. `hold` keeps the answer back until released, to look at the page
 * that is being left.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { parse } from 'yaml';
import { e2eContentDir } from './e2e-site';

const settings = parse(readFileSync(path.join(e2eContentDir, 'settings/site.yaml'), 'utf8')) as { exitUrl: string }[];
export const exitUrl = settings[0]!.exitUrl;
export const exitHost = new URL(exitUrl).host;

export async function routeExitSite(page: Page, options: { hold?: boolean } = {}) {
  const requests: Request[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  if (!options.hold) release();
  await page.route(
    (url) => url.host === exitHost,
    async (route) => {
      requests.push(route.request());
      await released;
      await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather today</h1>' });
    },
  );
  return { requests, release };
}
