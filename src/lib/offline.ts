/**
 * Reading offline (a service worker, /sw.js): which pages a phone keeps without being asked, and the page it
 * shows for the rest. Pure, so the worker and the tests agree; the sitemap and search leave the offline page
 * out by src/lib/indexability.ts.
 */
import { locales, type Locale } from '../i18n/locales';
import { localizedPath, withBase } from '../i18n/urls';

/** The page shown, in the reader's language, for a page the phone has not kept (not in the sitemap). */
export const offlinePath = (locale: Locale) => localizedPath(locale, 'offline');

/**
 * Kept from the first visit: always the offline pages; unless the reader saves data (Save-Data), also the
 * help lines and the safety advice, the pages someone in trouble needs most when the connection is gone.
 */
export function precachePaths(): { essential: string[]; extra: string[] } {
  return {
    essential: locales.map(offlinePath),
    extra: locales.flatMap((locale) => [localizedPath(locale, 'help'), localizedPath(locale, 'safety')]),
  };
}


/** Home-screen icon sizes (px) the manifest lists: what Android asks for. */
export const ICON_SIZES = [192, 512] as const;

/** The web app manifest's address for a language. */
export const manifestPath = (locale: Locale) => withBase(`/${locale}/manifest.webmanifest`);

/** The service worker's address: under the base, so its scope is the site and nothing above it. */
export const workerPath = () => withBase('/sw.js');
