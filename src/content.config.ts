/**
 * The content model: every collection and its schema, in one place. Schemas are strict (an unknown field is
 * an error, usually a typo) so that a mistake in a file stops the build with the file and field named.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './lib/content-dir';
import { localizedEntryId } from './lib/entry-id';
import { readSettingsIds, readSettingsValues } from './lib/settings-ids';
import { checkSurvivorStory, pictureKind, survivorFields } from './schemas/survivor';
import { urlProblem, videoProviders } from './lib/videos';
import { checkContentFile, formatContentProblem } from './lib/quality/content-tree';
import { uiTables } from './i18n/ui';
import { posterAudiences, posterColours, posterVersions, type PosterColour } from './lib/posters';

const topicIds = readSettingsIds(contentDir, 'topics.yaml');
const helplineIds = readSettingsIds(contentDir, 'helplines.yaml');
const videoCampaignYears = readSettingsValues(contentDir, 'video-campaigns.yaml', 'year').filter((year) => typeof year === 'number');
const partnerIds = readSettingsIds(contentDir, 'partners.yaml');

/** One file per entry per language: content/<collection>/<en|lo>/<slug>.mdx. */
function localizedGlob(collection: string): Loader {
  const base = path.join(contentDir, collection);
  const loader = glob({
    base,
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => localizedEntryId(path.join(path.relative(process.cwd(), base), entry)),
  });
  // The quality gate checks the whole folder before the build; this checks each file again as it is read,
  // so that `astro dev` reports a missing picture or an impossible date in a file edited while it runs,
  // with the file and the field named (Astro would name only the path).
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: ((props) => {
          if (props.filePath) {
            const file = { path: path.relative(process.cwd(), props.filePath), text: readFileSync(props.filePath, 'utf8') };
            const problems = checkContentFile(file, existsSync);
            if (problems.length > 0) throw new Error(problems.map(formatContentProblem).join('\n'));
          }
          return context.parseData(props);
        }) as LoaderContext['parseData'],
      }),
  };
}

function settingsFile(name: string) {
  return file(path.join(contentDir, 'settings', name));
}

const text = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, `${what} must not be empty`);
const dateField = z.preprocess(
  // YAML reads 2025-11-25 as a date; other spellings (25/11/2025, 11/25/2025) are ambiguous: refuse them.
  (value) => (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? Number.NaN : value),
  z.coerce.date({ error: 'must be a date written as YYYY-MM-DD, e.g. 2025-11-25' }),
);
const topics = z
  .array(z.enum(topicIds, { error: `must be one of the topic ids in content/settings/topics.yaml: ${topicIds.join(', ')}` }))
  .min(1, 'list at least one topic id from content/settings/topics.yaml');
const bilingual = z.strictObject({ en: text('English text (en)'), lo: text('Lao text (lo)') });
const localeEnum = z.enum(['lo', 'en']);

/** Editorial fields every localised entry has. */
const editorial = {
  title: text('title'),
  description: text('description (a one-sentence summary)'),
  draft: z.boolean().default(false),
  /** A native speaker should review this translation: listed by the translation report. */
  reviewNeeded: z.boolean().default(false),
  /** Shown before the text, which the reader opens only if they choose to (e.g. "This story describes abuse."). */
  contentWarning: text('contentWarning').optional(),
};

/** A picture with the words a screen reader says instead; `required` is the message when it is left out. */
const picture = <Image extends z.ZodType>(image: () => Image, required?: string) =>
  z.strictObject(
    {
      src: image(),
      alt: text('alt text (describe the image for people who cannot see it)'),
      /** Survivor content: the image does not show a real person, or shows them unrecognisably. */
      kind: pictureKind,
    },
    { error: (issue) => (issue.input === undefined ? required : undefined) },
  );

/** Stories about the risks; may carry a content warning; real survivors need recorded consent. */
const stories = defineCollection({
  loader: localizedGlob('stories'),
  schema: ({ image }) =>
    z
      .strictObject({
        ...editorial,
        date: dateField,
        topics,
        cover: picture(image).optional(),
        featured: z.boolean().default(false),
        ...survivorFields,
      })
      .superRefine((data, ctx) => {
        // Listings, the home page and shared links show it.
        if (!data.cover) {
          ctx.addIssue({
            code: 'custom',
            path: ['cover'],
            message: 'is required: add cover: { src: ../../images/covers/<name>.png, alt: "what the picture shows" }',
          });
        }
        checkSurvivorStory(data, ctx);
      }),
});

const materials = defineCollection({
  loader: localizedGlob('materials'),
  schema: ({ image }) =>
    z.strictObject({
      ...editorial,
      date: dateField,
      topics,
      kind: z.enum(['guide', 'factsheet', 'checklist', 'leaflet']),
      cover: picture(image).optional(),
      /** Files offered for download, relative to the entry file; they are copied into the site at build. */
      downloads: z
        .array(z.strictObject({ file: text('file'), label: text('label') }))
        .default([]),
    }),
});

const updates = defineCollection({
  loader: localizedGlob('updates'),
  schema: ({ image }) =>
    z.strictObject({
      ...editorial,
      date: dateField,
      topics,
      cover: picture(image).optional(),
      /** Where the facts come from (publication and date), shown under the update. */
      source: z.string().trim().min(1).optional(),
    }),
});

/**
 * One item of a campaign's day-by-day programme. With a title and description only, it is the day's message;
 * with a place, `online: true` or a time it is an event, gets its own calendar file, and needs a source.
 */
const programmeDay = z.strictObject({
  date: dateField,
  title: z.string().trim().min(1).optional(),
  description: z.string().trim().min(1).optional(),
  place: z.string().trim().min(1).optional(),
  online: z.boolean().default(false),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 14:30 (Laos time)').optional(),
  endTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 16:00 (Laos time)').optional(),
  link: z
    .string()
    .regex(/^(https:\/\/|\/)/, 'must be a web address starting with https:// or a page of this site starting with /')
    .optional(),
});

/** 16 Days of Activism: content/campaigns/<lang>/<year>.mdx, one file per year; the text below is the intro. */
const campaigns = defineCollection({
  loader: localizedGlob('campaigns'),
  schema: z
    .strictObject({
      ...editorial,
      year: z.number().int().min(2000),
      /** The theme this site uses; a neutral one when the year's global theme is not confirmed. */
      theme: text('theme'),
      /** UN Women's global theme for the year, only from a published source; left out, the page says so. */
      globalTheme: z.string().trim().min(1).optional(),
      start: dateField,
      end: dateField,
      keyMessages: z.array(text('key message')).default([]),
      hashtags: z.array(z.string().regex(/^#\S+$/, 'must start with # and have no spaces')).default([]),
      /** Organisations that ran the campaign: ids from content/settings/partners.yaml. */
      partners: z
        .array(z.enum(partnerIds, { error: `must be one of the partner ids in content/settings/partners.yaml: ${partnerIds.join(', ')}` }))
        .default([]),
      /** Help lines printed on the social media cards: ids from content/settings/helplines.yaml. */
      helplines: z
        .array(z.enum(helplineIds, { error: `must be one of the help-line ids in content/settings/helplines.yaml: ${helplineIds.join(', ')}` }))
        .default([]),
      callsToAction: z
        .array(
          z.strictObject({
            label: text('label'),
            href: z
              .string()
              .regex(/^(https:\/\/|\/|#|tel:\d+$)/, 'must start with https://, / (a page of this site), # (a part of this page) or be tel: and a number'),
          }),
        )
        .default([]),
      programme: z.array(programmeDay).default([]),
    })
    .superRefine((data, ctx) => {
      const day = (date: Date) => date.toISOString().slice(0, 10);
      if (data.start.getUTCFullYear() !== data.year) {
        ctx.addIssue({ code: 'custom', path: ['start'], message: `must be in ${data.year}, the campaign's year` });
      }
      if (data.end < data.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `must be on or after start (${day(data.start)})` });
      }
      data.programme.forEach((item, index) => {
        if (item.date < data.start || item.date > data.end) {
          ctx.addIssue({
            code: 'custom',
            path: ['programme', index, 'date'],
            message: `${day(item.date)} is outside the campaign (${day(data.start)} to ${day(data.end)}): correct the date`,
          });
        }
        const isEvent = item.place !== undefined || item.online || item.time !== undefined;
        if (isEvent && !item.title) {
          ctx.addIssue({ code: 'custom', path: ['programme', index, 'title'], message: 'is required for an event (an item with a place, online or a time)' });
        }
        if (item.endTime && (!item.time || item.endTime <= item.time)) {
          ctx.addIssue({ code: 'custom', path: ['programme', index, 'endTime'], message: 'needs a time, and must be later than it' });
        }
      });
    }),
});

/** Videos: the transcript is the text below the frontmatter, in each language's file. */
const videos = defineCollection({
  loader: localizedGlob('videos'),
  schema: ({ image }) =>
    z
      .strictObject({
        ...editorial,
        provider: z.enum(videoProviders, {
          error: 'must be youtube, facebook or file (a video file kept next to the entry)',
        }),
        /**
         * The video's address, copied from its Share button on YouTube or Facebook; for provider: file, the
         * path of an .mp4/.webm file next to the entry. Never guess one: without it the entry stays a draft.
         */
        url: z.string().trim().min(1).optional(),
        /** Who speaks in the video; role in this file's language (e.g. fashion designer). */
        person: z
          .strictObject({ name: text('person.name'), role: z.string().trim().min(1).optional() })
          .optional(),
        /** Still image shown before play, kept in the repo and optimised at build (never from the host). */
        poster: picture(
          image,
          'is required: a still image kept in the repo, shown before play. Add poster: { src: ../images/my-poster.jpg, alt: what the image shows }',
        ),
        duration: z.string().regex(/^(\d{1,2}:)?\d{1,2}:[0-5]\d$/, 'must be written like 1:30 or 1:02:03').optional(),
        /** Languages the video has captions in. For provider: file, <file>.<lang>.vtt next to the video. */
        captions: z.array(localeEnum).default([]),
        /** Year of the campaign it belongs to, listed in content/settings/video-campaigns.yaml. */
        campaign: z
          .number({ error: 'must be a year, e.g. 2021' })
          .int()
          .refine((year) => videoCampaignYears.includes(year), {
            error: `must be a campaign year listed in content/settings/video-campaigns.yaml (${videoCampaignYears.join(', ') || 'none yet'}), or left out`,
          })
          .optional(),
        topics,
      })
      .superRefine((data, ctx) => {
        if (data.url) {
          const problem = urlProblem(data.provider, data.url);
          if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
        }
        if (data.draft) return;
        if (!data.url) {
          ctx.addIssue({
            code: 'custom',
            path: ['url'],
            message: 'is required to publish: add the video\'s real address, or keep draft: true until you have it',
          });
        }
        if (!data.duration) {
          ctx.addIssue({ code: 'custom', path: ['duration'], message: 'is required to publish: write it like 1:30' });
        }
      }),
});

/** Video campaigns (e.g. the 2021 celebrity campaign): the gallery groups videos under them. */
const videoCampaigns = defineCollection({
  loader: settingsFile('video-campaigns.yaml'),
  schema: z.strictObject({
    id: z.string(),
    year: z.number().int().min(2000),
    title: bilingual,
    intro: bilingual,
    reviewNeeded: z.boolean().default(false),
  }),
});

/** Designer-made print files replacing the generated PDFs, relative to the poster's file (./x-a4.pdf). */
const printFiles = z.strictObject({
  a4: z.string().trim().min(1).optional(),
  a3: z.string().trim().min(1).optional(),
});

/**
 * Printable posters. The Lao file holds the Lao wording, the English file the English wording; a poster is
 * offered in Lao, in English, and bilingual (both files). Other languages tourists read can follow once
 * there is sourced wording and a font that covers them.
 */
const posters = defineCollection({
  loader: localizedGlob('posters'),
  schema: ({ image }) =>
    z.strictObject({
      ...editorial,
      /** The words under the title on the poster; each line is a paragraph. */
      message: text('message (the words printed under the title)'),
      audiences: z
        .array(z.enum(posterAudiences, { error: `must be one of: ${posterAudiences.join(', ')}` }))
        .min(1, `list at least one audience: ${posterAudiences.join(', ')}`),
      /** Versions this file's wording is printed in; leave out for all (its own language, and bilingual). */
      versions: z.array(z.enum(posterVersions, { error: `must be one of: ${posterVersions.join(', ')}` })).min(1).optional(),
      helplines: z
        .array(z.enum(helplineIds, { error: `must be a help-line id from content/settings/helplines.yaml: ${helplineIds.join(', ')}` }))
        .default([]),
      /** A picture (SVG preferred; a photo at least 1500 px wide) for the space between the text and the help lines. */
      artwork: picture(image).optional(),
      colour: z.enum(Object.keys(posterColours) as [PosterColour, ...PosterColour[]], {
        error: `must be one of: ${Object.keys(posterColours).join(', ')}`,
      }).default('teal'),
      /** Designer-made PDFs of this language's version, used instead of the generated ones. */
      printFiles: printFiles.optional(),
      /** Designer-made PDFs of the bilingual version (in either language's file, not both). */
      bilingualPrintFiles: printFiles.optional(),
      topics,
    }),
});

/** Free-standing pages: about, safety, get help. */
const pages = defineCollection({
  loader: localizedGlob('pages'),
  schema: z.strictObject({ ...editorial }),
});

const topicsCollection = defineCollection({
  loader: settingsFile('topics.yaml'),
  schema: z.strictObject({ id: z.string(), name: bilingual, description: bilingual }),
});

const helplines = defineCollection({
  loader: settingsFile('helplines.yaml'),
  schema: z.strictObject({
    id: z.string(),
    number: z.string().regex(/^\d{3,12}$/, 'must be digits only, e.g. "1362"'),
    name: bilingual,
    serves: bilingual,
    hours: bilingual.optional(),
    cost: bilingual.optional(),
    languages: bilingual.optional(),
    source: text('source (where the number was published)'),
  }),
});

const partners = defineCollection({
  loader: settingsFile('partners.yaml'),
  schema: z.strictObject({ id: z.string(), name: bilingual, url: z.url().optional() }),
});

const navigation = defineCollection({
  loader: settingsFile('navigation.yaml'),
  schema: z.strictObject({
    id: z.string(),
    path: z.string(),
    label: z.enum(Object.keys(uiTables.en) as [string, ...string[]], { error: 'must be a key of the interface strings in src/i18n/strings/, e.g. nav.about' }),
  }),
});

const site = defineCollection({
  loader: settingsFile('site.yaml'),
  schema: z.strictObject({
    id: z.literal('site'),
    /** Where the quick exit goes: an everyday site that gives nothing away. */
    exitUrl: z.url({ protocol: /^https$/, error: 'must be a full https:// address of a neutral, everyday site (e.g. a weather page)' }),
    /**
     * The site's public address (https://example.org/, or https://org.github.io/repo/ for a site under a
     * path). SITE_URL overrides it; astro.config.mjs reads it (src/lib/site-address.ts) before this schema.
     */
    url: z.url({ protocol: /^https?$/, error: 'must be the full address readers use, e.g. https://example.org/' }).optional(),
    programme: bilingual,
  }),
});

export const collections = {
  stories,
  materials,
  updates,
  campaigns,
  videos,
  videoCampaigns,
  posters,
  pages,
  topics: topicsCollection,
  helplines,
  partners,
  navigation,
  site,
};
