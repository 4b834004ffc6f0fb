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
});
