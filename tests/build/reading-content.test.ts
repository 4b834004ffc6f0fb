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
    // The content check before the build catches it first (src/lib/quality/content-tree.ts).
    says: [
      'content/stories/en/missing-cover-file.mdx:7: cover.src',
      'the file "../../images/no-such-picture.png" does not exist',
      'Check the file name and folder, or add the file',
    ],
  },
  {
    fixture: 'bad-material-download',
    says: [
      'content/materials/en/missing-download.mdx:8: downloads[0].file',
      'the file "./no-such-guide.pdf" does not exist',
      'Check the file name and folder, or add the file',
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
