/**
 * Finds a Chromium to test with: CHROMIUM_PATH if set, else a system Chromium where one is installed,
 * else Playwright's own browser (undefined lets Playwright use it).
 */
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return candidates.find((path) => existsSync(path));
}

/** Flags that keep Chromium from calling home (this machine's network refuses it) and run it as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
];
