/** The news feed of one language: its own news only (no untranslated copies), newest first. */
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/urls';
import { cardsIn } from './reading';
import { getTopics } from './settings';

export const feedPath = (locale: Locale) => localizedPath(locale, 'rss.xml').replace(/\/$/, '');

export async function feedItems(locale: Locale) {
  const names = new Map((await getTopics()).map((topic) => [topic.id, topic.name[locale]]));
  return (await cardsIn('updates', locale))
    .filter((card) => !card.isFallback)
    .map((card) => ({
      title: card.title,
      description: card.description,
      link: card.href,
      pubDate: card.date,
      categories: card.topics.map((id) => names.get(id) ?? id),
    }));
}
