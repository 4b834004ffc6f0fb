/** Topic pages: everything tagged with a topic, across the reading collections and the videos. */
import { locales, type Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/urls';
import { entriesIn } from './entries';
import { allCardsIn, type Card } from './reading';
import { getTopics } from './settings';

export type Topic = Awaited<ReturnType<typeof getTopics>>[number];

/** A video in a topic's list: it has no date or cover of its own kind, so it is listed by title. */
export interface TopicVideo {
  href: string;
  title: string;
  description: string;
  topics: string[];
  contentLocale: Locale;
  isFallback: boolean;
}

async function videosIn(locale: Locale): Promise<TopicVideo[]> {
  return (await entriesIn('videos', locale)).map((item) => ({
    href: localizedPath(locale, `videos/${item.slug}`),
    title: item.entry.data.title,
    description: item.entry.data.description,
    topics: item.entry.data.topics,
    contentLocale: item.contentLocale,
    isFallback: item.isFallback,
  }));
}

export async function topicPaths() {
  const topics = await getTopics();
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const [cards, videos] = await Promise.all([allCardsIn(locale), videosIn(locale)]);
      return topics.map((topic) => ({
        params: { locale, topic: topic.id },
        props: {
          topic,
          cards: cards.filter((card) => card.topics.includes(topic.id)),
          videos: videos.filter((video) => video.topics.includes(topic.id)),
        },
      }));
    }),
  );
  return perLocale.flat();
}

export type TopicProps = { topic: Topic; cards: Card[]; videos: TopicVideo[] };
