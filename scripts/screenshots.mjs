#!/usr/bin/env node
/**
 * First-screen screenshots of the built site on a 360×740 phone, in Lao and English: home, a story, 16 Days
 * and posters, into docs/screenshots/ (referenced by docs/design.md). Shows the design as a reader first
 * sees it, on a fixed day of the 2026 campaign so the pictures do not change with the date.
 * Usage, after a build: node scripts/screenshots.mjs [port]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../tests/support/browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'docs/screenshots');
const port = Number(process.argv[2] ?? 4321);
const CAMPAIGN_DAY = new Date('2026-11-28T03:00:00Z');

/** The first story in the sitemap, so the script needs no story's name. */
function firstStory(locale) {
  const sitemap = readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(path.join(dist, name), 'utf8'))
    .join('');
  const match = new RegExp(`<loc>[^<]*?(/${locale}/stories/[a-z][a-z0-9-]*/)</loc>`).exec(sitemap);
  if (!match) throw new Error(`No ${locale} story in dist/sitemap-*.xml: build the site first (npm run build).`);
  return match[1];
}

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(port)], { cwd: root, stdio: 'ignore' });
const executablePath = systemChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  mkdirSync(out, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(CAMPAIGN_DAY);
  for (let tries = 0; ; tries++) {
    try {
      await page.goto(`http://localhost:${port}/en/`);
      break;
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  for (const locale of ['lo', 'en']) {
    const pages = { home: `/${locale}/`, story: firstStory(locale), '16-days': `/${locale}/16-days/`, posters: `/${locale}/posters/` };
    for (const [name, pagePath] of Object.entries(pages)) {
      await page.goto(`http://localhost:${port}${pagePath}`);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(out, `${name}-${locale}-360.png`);
      await page.screenshot({ path: file });
      console.log(`${path.relative(root, file)}  ${pagePath}`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
