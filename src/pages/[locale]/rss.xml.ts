/** /<locale>/rss.xml: the news in one language, for feed readers. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { locales, localeTags, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { feedItems } from '../../data/feed';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('feed.description'),
    site: site ?? 'http://localhost:4321',
    items: await feedItems(locale),
    customData: `<language>${localeTags[locale]}</language>`,
    trailingSlash: true,
  });
};
