/**
 * An entry with a content warning, built and read in a browser without JavaScript: the warning comes first,
 * the text opens only when the reader chooses to go on, and the reader can leave instead. The fixture also
 * holds a survivor story with everything the rules ask for, which must build.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, systemChromium } from '../support/browser';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('a page with a content warning', () => {
  let build: FixtureBuild;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    build = buildFixture('content-warning');
    if (!build.ok) return;
    const port = await freePort();
    origin = `http://localhost:${port}`;
    server = spawn('node', ['scripts/serve.mjs', build.outDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => server!.stdout!.once('data', resolve));
    const executablePath = systemChromium();
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
    page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('builds, survivor story with consent included', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('shows the warning first and the text only when the reader goes on, without JavaScript', async () => {
    await page.goto(`${origin}/en/hard-reading/`);
    const warning = page.getByTestId('content-warning');
    await expect.poll(() => warning.getByRole('heading', { name: 'Content warning' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await warning.getByText('This page describes violence at home.').isVisible()).toBe(true);
    const text = page.getByText('The text behind the warning.');
    expect(await text.isVisible()).toBe(false);

    await page.getByText('Continue reading').click();
    expect(await text.isVisible()).toBe(true);
    expect(await page.getByText('Hide the text again').isVisible()).toBe(true);
  });

  it('lets the reader leave instead', async () => {
    await page.goto(`${origin}/en/hard-reading/`);
    await page.getByRole('link', { name: 'Not now: go to the home page' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/');
  });

  it('on a page shown in the other language, marks the warning with the language it is written in', async () => {
    await page.goto(`${origin}/lo/hard-reading/`);
    const warning = page.getByTestId('content-warning');
    expect(await warning.getByRole('heading', { name: 'ຄຳເຕືອນກ່ອນອ່ານ' }).isVisible()).toBe(true);
    expect(await warning.locator('section').getAttribute('lang')).toBe('lo');
    expect(await warning.getByText('This page describes violence at home.').getAttribute('lang')).toBe('en');
  });
});
