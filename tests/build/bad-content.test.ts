/**
 * Content that must stop the build: each fixture's message must name the file, the field and the fix, and
 * no output may be left behind. One fixture per mistake a staff member can make; each holds only that
 * mistake, so the build reports exactly one problem. (Video mistakes — no poster, unknown provider, no
 * address — are in videos.test.ts.)
 */
import { describeBadFixtures, type BadFixture } from '../support/fixture-build';

const cases: BadFixture[] = [
  {
    fixture: 'bad-lao-word',
    mistake: 'an English word in the list of Lao words kept on one line',
    says: ['content/settings/lao-words.yaml', 'word 2 ("hotline") is not one Lao word', 'Write Lao letters only'],
  },
  {
    fixture: 'bad-missing-title',
    mistake: 'a missing title',
    says: ['content/pages/en/no-title.mdx', /title/, 'title is required'],
  },
  {
    fixture: 'bad-date',
    mistake: 'a date that does not exist (YAML would roll 2025-11-31 over to 1 December)',
    says: ['content/stories/en/date-typo.md:4', 'date: "2025-11-31" is not a real date', 'month 11 of 2025 has 30 days', 'Write the date as YYYY-MM-DD'],
  },
  {
    fixture: 'bad-date-format',
    mistake: 'a date written day/month/year',
    says: ['content/stories/en/date-format.mdx', 'date: must be a date written as YYYY-MM-DD, e.g. 2025-11-25'],
  },
  {
    fixture: 'bad-unknown-topic',
    mistake: 'an unknown topic',
    says: ['content/stories/en/unknown-topic.mdx', 'topics.0', 'must be one of the topic ids in content/settings/topics.yaml: trafficking,'],
  },
  {
    fixture: 'bad-cover-alt',
    mistake: 'a cover image without alt text',
    says: ['content/stories/en/cover-without-alt.mdx', 'cover.alt', 'describe the image for people who cannot see it'],
  },
  {
    fixture: 'bad-body-image-alt',
    mistake: 'an image in the text without alt text',
    says: ['content/pages/en/image-without-alt.mdx:8', 'the image "./picture.png" has no alt text', 'Describe what it shows between the square brackets'],
  },
  {
    fixture: 'bad-missing-image',
    mistake: 'an image file that does not exist',
    says: ['content/stories/en/missing-cover.mdx:7', 'cover.src', 'the file "./cover-photo.jpg" does not exist', 'Check the file name and folder, or add the file'],
  },
  {
    fixture: 'bad-broken-link',
    mistake: 'a broken internal link in MDX',
    says: [
      'A link is broken',
      'content/pages/en/broken-link.mdx:6',
      'the link "/en/stories/check-a-job-offer/" leads to nothing',
      'Correct the address, or remove the link',
    ],
  },
  {
    fixture: 'bad-duplicate-slug',
    mistake: 'the same slug as .md and .mdx',
    says: ['content/pages/en/contact.mdx', 'has the same file name as', 'content/pages/en/contact.md,', 'Keep one of them'],
  },
  {
    fixture: 'bad-translation-slug',
    mistake: 'a translation filed under a different file name',
    says: [
      'content/pages/lo/fake-job.mdx: has no English version',
      'content/pages/en/fake-jobs.mdx, with an almost identical name, has no Lao version',
      'rename lo/fake-job.mdx to fake-jobs.mdx',
    ],
  },
  {
    fixture: 'bad-survivor-without-consent',
    mistake: 'a survivor story without consent',
    says: ['content/stories/en/her-own-words.mdx', 'survivor: is required when illustrative is false', 'consentDocumented: true'],
  },
  {
    fixture: 'bad-survivor-photo',
    mistake: 'a recognisable photo in a survivor story',
    says: ['content/stories/en/his-own-words.mdx', 'cover.kind: must be "illustrative" or "anonymised" in a survivor story'],
  },
  {
    fixture: 'bad-language-folder',
    mistake: 'an unknown language folder',
    says: ['pages/fr/a-propos.mdx', '"fr" is not a language folder', 'Move the file into one of: lo/, en/'],
  },
];

describeBadFixtures(cases);
