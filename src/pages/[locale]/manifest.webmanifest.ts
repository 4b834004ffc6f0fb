/** The web app manifest, one per language (/<locale>/manifest.webmanifest): name, colours and home-screen icons. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { localizedPath, withBase } from '../../i18n/urls';
import { useTranslations } from '../../i18n/ui';
import { ICON_SIZES } from '../../lib/offline';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const manifest = {
    name: t('site.name'),
    description: t('site.tagline'),
    lang: locale,
    dir: 'ltr',
    id: localizedPath(locale),
    start_url: localizedPath(locale),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#fffdf8',
    theme_color: '#0b5259',
    icons: ICON_SIZES.map((size) => ({ src: withBase(`/icons/${size}.png`), sizes: `${size}x${size}`, type: 'image/png' })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
