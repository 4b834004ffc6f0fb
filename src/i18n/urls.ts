import { isLocale, type Locale } from './locales';

/** Normalises a site path to start and end with a slash: 'stories/x' → '/stories/x/'. */
function withSlashes(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL path of a page in a language: localizedPath('lo', 'stories') → '/lo/stories/'. */
export function localizedPath(locale: Locale, path = ''): string {
  const rest = withSlashes(path);
  return rest === '/' ? `/${locale}/` : `/${locale}${rest}`;
}

/** Splits '/lo/stories/x/' into its locale and the path after it. */
export function splitLocale(pathname: string): { locale: Locale | undefined; rest: string } {
  const [, first = '', ...rest] = pathname.split('/');
  if (isLocale(first)) return { locale: first, rest: withSlashes(rest.join('/')) };
  return { locale: undefined, rest: withSlashes(pathname) };
}

/** The same page in another language: '/lo/stories/x/' → '/en/stories/x/'. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localizedPath(target, splitLocale(pathname).rest);
}
