import { describe, expect, it } from 'vitest';
import { relatedTo } from '../../src/lib/related';

const entry = (key: string, topics: string[], date = '2024-01-01') => ({ key, topics, date: new Date(date) });

describe('relatedTo', () => {
  const current = entry('stories/a', ['trafficking', 'online-safety']);
  const candidates = [
    current,
    entry('updates/old-one-topic', ['trafficking'], '2023-01-01'),
    entry('materials/two-topics', ['online-safety', 'trafficking'], '2022-01-01'),
    entry('updates/new-one-topic', ['online-safety'], '2024-06-01'),
    entry('stories/unrelated', ['tourism'], '2025-01-01'),
  ];

  it('ranks by shared topics, then newest, and leaves out the entry itself and unrelated ones', () => {
    expect(relatedTo(current, candidates).map((item) => item.key)).toEqual([
      'materials/two-topics',
      'updates/new-one-topic',
      'updates/old-one-topic',
    ]);
  });

  it('stops at the limit', () => {
    expect(relatedTo(current, candidates, 1).map((item) => item.key)).toEqual(['materials/two-topics']);
  });

  it('picks the same entries, in the same order, as ranking them all would, ties included', () => {
    const topics = ['trafficking', 'online-safety', 'tourism', 'labour'];
    // Deterministic spread of topics and dates, with many equal dates and equal shares.
    const many = Array.from({ length: 300 }, (_, i) =>
      entry(`stories/s${(i * 7919) % 300}`, topics.filter((_, t) => (i >> t) % 3 === 0), `2024-0${1 + (i % 3)}-01`),
    );
    const mine = new Set(current.topics);
    const shared = (item: (typeof many)[number]) => item.topics.filter((topic) => mine.has(topic)).length;
    const expected = many
      .filter((item) => shared(item) > 0)
      .sort((a, b) => shared(b) - shared(a) || b.date.getTime() - a.date.getTime() || a.key.localeCompare(b.key))
      .map((item) => item.key);
    for (const limit of [0, 1, 3, 10]) {
      expect(relatedTo(current, many, limit).map((item) => item.key)).toEqual(expected.slice(0, limit));
    }
  });
});
