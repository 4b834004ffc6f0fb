/**
 * Stories and materials that must stop the build, each with the file, the field and the fix named and no
 * output left behind.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/fixture-build';

const cases: { fixture: string; says: (string | RegExp)[] }[] = [
  {
    fixture: 'bad-story-topic',
    says: [
      'content/stories/en/unknown-topic.mdx',
      'topics.1: must be one of the topic ids in content/settings/topics.yaml: trafficking, gender-based-violence',
    ],
  },
  {
    fixture: 'bad-story-no-cover',
    says: ['content/stories/en/no-cover.mdx', 'cover: is required: add cover: { src: ../../images/covers/<name>.png, alt:'],
  },
  {
    fixture: 'bad-story-cover-file',
    says: [
      'content/stories/en/missing-cover-file.mdx: cover.src "../../images/no-such-picture.png" does not exist',
      'Put the picture there or fix the path',
    ],
  },
  {
    fixture: 'bad-material-download',
    says: [
      /content\/materials\/en\/missing-download\.mdx: downloads\[0\]\.file "\.\/no-such-guide\.pdf" was not found/,
      'Put the file next to the entry',
    ],
  },
];

describe.each(cases)('$fixture', ({ fixture, says }) => {
  it('stops the build with a message naming the file, the field and the fix, leaving no output', () => {
    const build = buildFixture(fixture);
    expect(build.ok, build.output).toBe(false);
    for (const expected of says) expect(build.output).toMatch(expected);
    expect(build.distExists).toBe(false);
  });
});
