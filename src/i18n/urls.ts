import { isLocale, type Locale } from './locales.ts';

/**
 * The path the site is served under: '/' at the root of a host, '/repo/' on https://org.github.io/repo/.
 * Astro's `base`, which astro.config.mjs takes from the site's address; '/' where Astro set none (tests).
 */
const SITE_BASE: string = import.meta.env?.BASE_URL ?? '/';

const normaliseBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * An address of this site as readers reach it: withBase('/favicon.svg') → '/repo/favicon.svg'. Every
 * site-absolute href and src goes through here (or localizedPath, which does), so a sub-path just works.
 */
export function withBase(path: string, base = SITE_BASE): string {
  const prefix = normaliseBase(base);
  return prefix === '/' ? path : `${prefix}${path.replace(/^\/+/, '')}`;
}

/** The path inside the site, without the base: '/repo/lo/about/' → '/lo/about/'. */
export function withoutBase(pathname: string, base = SITE_BASE): string {
  const prefix = normaliseBase(base);
  if (prefix === '/') return pathname;
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}

/** Normalises a site path to start and end with a slash: 'stories/x' → '/stories/x/'. */
function withSlashes(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL path of a page in a language: localizedPath('lo', 'stories') → '/lo/stories/' (after the base). */
export function localizedPath(locale: Locale, path = ''): string {
  const rest = withSlashes(path);
  return withBase(rest === '/' ? `/${locale}/` : `/${locale}${rest}`);
}

/** Splits '/lo/stories/x/' (with or without the base) into its locale and the path after it. */
export function splitLocale(pathname: string): { locale: Locale | undefined; rest: string } {
  const [, first = '', ...rest] = withoutBase(pathname).split('/');
  if (isLocale(first)) return { locale: first, rest: withSlashes(rest.join('/')) };
  return { locale: undefined, rest: withSlashes(withoutBase(pathname)) };
}

/** The same page in another language: '/lo/stories/x/' → '/en/stories/x/'. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localizedPath(target, splitLocale(pathname).rest);
}
