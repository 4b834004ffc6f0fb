import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkSurvivorStory, pictureKind, survivorFields } from '../../src/schemas/survivor';

// The story schema's survivor-related fields, as src/content.config.ts uses them.
const story = z
  .strictObject({
    ...survivorFields,
    contentWarning: z.string().optional(),
    cover: z.strictObject({ alt: z.string(), kind: pictureKind }).optional(),
  })
  .superRefine(checkSurvivorStory);

/** "path: message" for each problem, as the build prints them. */
function problems(data: unknown): string[] {
  const result = story.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const consent = { consentDocumented: true, identityProtected: true };
const warning = 'This story describes forced labour.';

describe('survivor stories', () => {
  it('treats a story as an illustrative composite unless it says otherwise', () => {
    expect(story.parse({}).illustrative).toBe(true);
    expect(problems({ cover: { alt: 'A drawing', kind: 'photo' } })).toEqual([]);
  });

  it('publishes a real survivor\'s story with consent, protected identity, a warning and an anonymised picture', () => {
    expect(problems({ illustrative: false, survivor: consent, contentWarning: warning, cover: { alt: 'Hands', kind: 'anonymised' } })).toEqual([]);
  });

  it('refuses a real person\'s story without the survivor record', () => {
    expect(problems({ illustrative: false, contentWarning: warning })).toEqual([expect.stringMatching(/^survivor: is required when illustrative is false/)]);
  });

  it('refuses consent or identity protection that is not confirmed', () => {
    expect(problems({ illustrative: false, contentWarning: warning, survivor: { consentDocumented: false, identityProtected: true } })).toEqual([
      expect.stringMatching(/^survivor\.consentDocumented: must be true: .*written consent/),
    ]);
    expect(problems({ illustrative: false, contentWarning: warning, survivor: { consentDocumented: true } })).toEqual([
      expect.stringMatching(/^survivor\.identityProtected: must be true: .*name, face/),
    ]);
  });

  it('refuses a survivor story still marked illustrative, or without a content warning', () => {
    expect(problems({ survivor: consent, contentWarning: warning })).toEqual([expect.stringMatching(/^illustrative: must be false/)]);
    expect(problems({ illustrative: false, survivor: consent })).toEqual([expect.stringMatching(/^contentWarning: is required in a survivor story/)]);
  });

  it('counts an unmarked picture as a photo, which a survivor story may not show', () => {
    expect(problems({ illustrative: false, survivor: consent, contentWarning: warning, cover: { alt: 'A face' } })).toEqual([
      expect.stringMatching(/^cover\.kind: must be "illustrative" or "anonymised" in a survivor story/),
    ]);
  });
});
