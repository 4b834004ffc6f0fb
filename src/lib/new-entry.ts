/**
 * `npm run new -- <kind> <slug>`: the two language files of a new entry, with every field its schema
 * requires filled with a placeholder to replace, `draft: true` (so it is not published yet) and
 * `reviewNeeded: true` (so the translation report lists it). Imports only files Node can run as they are
 * (scripts/new-entry.ts runs this without a build step); tests/unit/new-entry.test.ts checks each template
 * against the content schemas, so a field added to a schema cannot be forgotten here.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { entryExtensions } from './entry-format.ts';
import { readSettingsIds } from './settings-ids.ts';
import { SLUG, slugRule } from './slug.ts';

const languages = ['lo', 'en'] as const;
type Language = (typeof languages)[number];

/** What staff type → the content folder. Campaigns are named by their year (content/campaigns/lo/2026.mdx). */
export const entryKinds = {
  story: 'stories',
  update: 'updates',
  material: 'materials',
  video: 'videos',
  poster: 'posters',
  page: 'pages',
  campaign: 'campaigns',
} as const;
export type EntryKind = keyof typeof entryKinds;

/** Also accept the folder's name (stories), which staff see in content/. */
export function kindOf(word: string): EntryKind | undefined {
  const found = Object.entries(entryKinds).find(([kind, folder]) => word === kind || word === folder);
  return found?.[0] as EntryKind | undefined;
}

const placeholder = (what: string, language: Language) =>
  `TODO: ${what} in ${language === 'lo' ? 'Lao' : 'English'}`;

/** Today in Laos (UTC+7), as YYYY-MM-DD. */
function today(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

interface TemplateContext {
  slug: string;
  language: Language;
  date: string;
  topic: string;
}

/** The front matter of each kind: the editorial fields, then what that kind's schema requires. */
function frontmatter(kind: EntryKind, { slug, language, date, topic }: TemplateContext): Record<string, unknown> {
  const editorial = {
    title: placeholder('the title', language),
    description: placeholder('one sentence saying what this is about', language),
    draft: true,
    reviewNeeded: true,
  };
  const cover = {
    src: '../../images/covers/placeholder.png',
    alt: placeholder('what the picture shows', language),
    kind: 'illustrative',
  };
  switch (kind) {
    case 'story':
      return { ...editorial, date, topics: [topic], cover };
    case 'update':
      return { ...editorial, date, topics: [topic] };
    case 'material':
      return { ...editorial, date, topics: [topic], kind: 'guide' };
    case 'video':
      return {
        ...editorial,
        provider: 'youtube',
        poster: { src: '../images/placeholder-poster.jpg', alt: placeholder('what the still image shows', language) },
        topics: [topic],
      };
    case 'poster':
      return { ...editorial, message: placeholder('the words printed under the title', language), audiences: ['hotels'], topics: [topic] };
    case 'page':
      return editorial;
    case 'campaign':
      return { ...editorial, year: Number(slug), theme: placeholder("the year's theme", language), start: `${slug}-11-25`, end: `${slug}-12-10` };
  }
}

const bodyText: Record<Language, string> = {
  lo: 'TODO: write the text in Lao here. Keep draft: true until it is checked; then delete the draft line.\n',
  en: 'TODO: write the text in English here. Keep draft: true until it is checked; then delete the draft line.\n',
};

/** The text of one language's file. Dates stay plain YYYY-MM-DD (the schema reads them as dates). */
export function entryText(kind: EntryKind, context: TemplateContext): string {
  const yaml = stringify(frontmatter(kind, context), { lineWidth: 0 }).replace(/^(date|start|end): '(\d{4}-\d{2}-\d{2})'$/gm, '$1: $2');
  return `---\n${yaml}---\n\n${bodyText[context.language]}`;
}

export class NewEntryError extends Error {}

/**
 * Checks kind and slug, then writes content/<folder>/lo/<slug>.<ext> and en/<slug>.<ext>, in the collection's
 * format (src/lib/entry-format.ts: .md for stories, .mdx otherwise); returns their paths.
 */
export function createEntry(options: { contentDir: string; kind: string; slug: string; now?: Date }): string[] {
  const kind = kindOf(options.kind);
  if (!kind) {
    throw new NewEntryError(
      `"${options.kind}" is not a kind of entry. Use one of: ${Object.keys(entryKinds).join(', ')}. Example: npm run new -- story fake-job-offers`,
    );
  }
  const { slug } = options;
  if (!SLUG.test(slug)) {
    throw new NewEntryError(`"${slug}" cannot be used as a file name and web address. Use ${slugRule}.`);
  }
  if (kind === 'campaign' && !/^\d{4}$/.test(slug)) {
    throw new NewEntryError(`a campaign's file name is its year, e.g. npm run new -- campaign 2026 (not "${slug}").`);
  }
  const folder = path.join(options.contentDir, entryKinds[kind]);
  const files = languages.map((language) => path.join(folder, language, `${slug}.${entryExtensions[entryKinds[kind]]}`));
  // An entry of the other format under the same name would take the same address.
  const existing = languages
    .flatMap((language) => ['md', 'mdx'].map((extension) => path.join(folder, language, `${slug}.${extension}`)))
    .filter((file) => existsSync(file));
  if (existing.length > 0) {
    throw new NewEntryError(
      `${existing.map((file) => path.relative(process.cwd(), file)).join(' and ')} already exist${existing.length === 1 ? 's' : ''}: nothing was written. Open the existing file to edit it, or choose another name.`,
    );
  }
  const context = { slug, date: today(options.now ?? new Date()), topic: readSettingsIds(options.contentDir, 'topics.yaml')[0] };
  languages.forEach((language, index) => {
    const file = files[index]!;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entryText(kind, { ...context, language }));
  });
  return files;
}
