/**
 * Stories and materials that must stop the build, each with the file, the field and the fix named and no
 * output left behind.
 */
import { describeBadFixtures, type BadFixture } from '../support/fixture-build';

const cases: BadFixture[] = [
  {
    fixture: 'bad-story-topic',
    says: [
      'content/stories/en/unknown-topic.md',
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

describeBadFixtures(cases);
