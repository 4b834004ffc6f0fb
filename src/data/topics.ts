/** Topic pages: everything tagged with a topic, across the reading collections. */
import { locales } from '../i18n/locales';
import { allCardsIn, type Card } from './reading';
import { getTopics } from './settings';

export type Topic = Awaited<ReturnType<typeof getTopics>>[number];

export async function topicPaths() {
  const topics = await getTopics();
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const cards = await allCardsIn(locale);
      return topics.map((topic) => ({
        params: { locale, topic: topic.id },
        props: { topic, cards: cards.filter((card) => card.topics.includes(topic.id)) },
      }));
    }),
  );
  return perLocale.flat();
}

export type TopicProps = { topic: Topic; cards: Card[] };
