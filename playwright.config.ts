import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import { chromiumArgs, systemChromium } from './tests/support/browser';
import { e2eDist } from './tests/support/e2e-site';

/** Several checkouts may test at once on one machine: E2E_PORT keeps their servers apart. */
const port = Number(process.env.E2E_PORT ?? 4399);
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Generous: the CI machine has two shared cores. Tests never assert on time.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A cheap Android phone: the site's main readers.
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 740 },
    locale: 'lo-LA',
    timezoneId: 'Asia/Vientiane',
    // The service worker (offline reading) would answer requests that tests route or count: tests/e2e/offline.spec.ts
    // turns it on for itself.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'phone-chromium' }],
  // Fixture sites for what the fixture site does not show (published videos), served on E2E_PORT + 100.
  globalSetup: './tests/support/e2e-global-setup.ts',
  webServer: {
    // The fixture site (tests/fixtures/site, built by `npm run build:e2e`), as a static host serves it: a
    // staff edit to content/ cannot break the tests.
    command: `node scripts/serve.mjs ${path.relative(process.cwd(), e2eDist)} ${port}`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
