/**
 * The site's public address, the one setting behind canonical links, feeds, the sitemap, poster QR codes and
 * the path the site is served under: `url:` in content/settings/site.yaml, or SITE_URL (which wins, so the
 * deploy workflow can pass the address GitHub Pages gives). Without either, a local preview address.
 * https://org.github.io/repo/ serves the site under /repo/: the path of the address is Astro's `base`.
 * Imported by astro.config.mjs and by scripts run by plain Node, hence the explicit .ts extension below.
 */
import path from 'node:path';
import { readSettingsValues } from './settings-ids.ts';

/** Where `npm start` serves the site: the address used when no public one is set. */
export const LOCAL_ADDRESS = 'http://localhost:4321/';

export interface SiteAddress {
  /** Always ends with '/': https://example.org/hub/. */
  url: URL;
  /** The path the site is served under, '/' or '/hub/'. */
  base: string;
  /** A real https:// address readers can reach (not this computer). */
  isPublic: boolean;
  /** Where the address came from, for messages. */
  source: string;
}

const LOCAL_HOST = /^(localhost|.*\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i;

/** An address readers can reach: https, and a host name that is not this computer. */
export function isPublicAddress(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname.includes('.') && !LOCAL_HOST.test(url.hostname);
}

/** Checks and normalises an address as written by staff or a workflow; `where` names it in the message. */
export function parseSiteAddress(value: string, where: string): URL {
  const fix = 'Write the full address readers use, e.g. https://example.org/ or https://org.github.io/repo/';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${where}: "${value}" is not a web address. ${fix}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${where}: "${value}" must start with https://. ${fix}`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${where}: "${value}" must be only the site's address, without ?, # or a user name. ${fix}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The address from SITE_URL or the setting; `settingFile` names the setting in messages. */
export function siteAddress(options: { env?: string | undefined; setting?: unknown; settingFile: string }): SiteAddress {
  const { env, setting, settingFile } = options;
  let url: URL;
  let source: string;
  if (env?.trim()) {
    url = parseSiteAddress(env, 'SITE_URL');
    source = 'SITE_URL';
  } else if (setting !== undefined && setting !== null && setting !== '') {
    if (typeof setting !== 'string') throw new Error(`${settingFile}: url must be a web address, e.g. url: https://example.org/`);
    url = parseSiteAddress(setting, `${settingFile}: url`);
    source = settingFile;
  } else {
    url = new URL(LOCAL_ADDRESS);
    source = 'the local default (no url in settings, no SITE_URL)';
  }
  return { url, base: url.pathname, isPublic: isPublicAddress(url), source };
}

/** The address for a build of `contentDir`, read from its settings and the environment. */
export function readSiteAddress(contentDir: string, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const settingFile = path.join(path.relative(process.cwd(), contentDir) || '.', 'settings', 'site.yaml');
  const [setting] = readSettingsValues(contentDir, 'site.yaml', 'url');
  return siteAddress({ env: env.SITE_URL, setting, settingFile });
}

/** Why a release build must not go ahead with this address, or undefined when it may. */
export function releaseProblem(address: SiteAddress): string | undefined {
  if (address.isPublic) return undefined;
  return (
    `A release build needs the site's public address, but it is ${address.url.href} (${address.source}). ` +
    `Canonical links, feeds, the sitemap and the QR codes on printed posters would lead there instead of to the site. ` +
    `Set url: in content/settings/site.yaml (e.g. url: https://example.org/) or the SITE_URL environment variable ` +
    `to the https:// address readers use, then build again. (npm start and npm run build work without it, for a local preview.)`
  );
}
