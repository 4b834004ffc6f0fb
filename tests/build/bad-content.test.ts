/**
 * Content that must stop the build: each fixture's message must name the file, the field and the fix, and
 * no output may be left behind.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/fixture-build';

const cases: { fixture: string; says: (string | RegExp)[] }[] = [
  {
    fixture: 'bad-missing-title',
    says: ['content/pages/en/no-title.mdx', /title/, 'title is required'],
  },
  {
    fixture: 'bad-survivor-without-consent',
    says: ['content/stories/en/her-own-words.mdx', 'survivor: is required when illustrative is false', 'consentDocumented: true'],
  },
  {
    fixture: 'bad-survivor-photo',
    says: ['content/stories/en/his-own-words.mdx', 'cover.kind: must be "illustrative" or "anonymised" in a survivor story'],
  },
  {
    fixture: 'bad-language-folder',
    says: ['pages/fr/a-propos.mdx', '"fr" is not a language folder', 'Move the file into one of: lo/, en/'],
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
