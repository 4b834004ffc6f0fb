/**
 * Rules for stories about real survivors (principle 6, "Safety first", in docs/architecture.md). A story is
 * an illustrative composite unless it says otherwise; a real person's story must record that their consent
 * is documented and that names, faces and places are changed or withheld, must carry a content warning, and
 * may not show a recognisable photo. The schema fields and the cross-field check live here so unit tests
 * cover them without a build. They are zod pieces of src/content.config.ts, hence src/schemas: src/lib has
 * no Astro imports.
 */
import { z } from 'astro/zod';

/** What a picture shows. Unmarked pictures count as photos: a real person, possibly recognisable. */
export const pictureKind = z
  .enum(['illustrative', 'anonymised', 'photo'], {
    error: 'must be illustrative (a drawing or stock image, no real person), anonymised (nobody can be recognised) or photo',
  })
  .default('photo');

export const survivorFields = {
  /** A composite story written to illustrate real risks, not one person's account. */
  illustrative: z.boolean({ error: 'must be true (a composite story) or false (a real person\'s story)' }).default(true),
  /** Only for a real person's story: both must be true before it is published. */
  survivor: z
    .strictObject(
      {
        consentDocumented: z.literal(true, {
          error: 'must be true: publish a real survivor\'s story only once their written consent is on file',
        }),
        identityProtected: z.literal(true, {
          error: 'must be true: change or leave out their name, face and the places that could identify them',
        }),
      },
      { error: 'must be written as survivor: { consentDocumented: true, identityProtected: true }' },
    )
    .optional(),
};

interface StoryData {
  illustrative: boolean;
  survivor?: unknown;
  contentWarning?: string | undefined;
  cover?: { kind: string } | undefined;
}

interface Context {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

export function checkSurvivorStory(data: StoryData, ctx: Context): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (!data.illustrative && !data.survivor) {
    issue(
      ['survivor'],
      'is required when illustrative is false (a real person\'s story): add survivor: { consentDocumented: true, identityProtected: true } once their written consent is on file, or set illustrative: true if the story is a composite',
    );
  }
  if (!data.survivor) return;
  if (data.illustrative) {
    issue(['illustrative'], 'must be false in a story with survivor: it is a real person\'s story, not a composite; add illustrative: false');
  }
  if (!data.contentWarning) {
    issue(['contentWarning'], 'is required in a survivor story: one sentence telling readers what the story describes, shown before the text');
  }
  if (data.cover && data.cover.kind === 'photo') {
    issue(['cover', 'kind'], 'must be "illustrative" or "anonymised" in a survivor story (a picture without kind counts as a photo): use a picture in which nobody can be recognised');
  }
}
