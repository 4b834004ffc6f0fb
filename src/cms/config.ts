/**
 * The CMS configuration (Sveltia CMS, at /admin/), made from the content schemas at build time so that the
 * editor and the build can never disagree about which fields an entry has. Pure: src/pages/admin/config.yml.ts
 * gives it the schemas and the settings' names; tests/unit/cms-config.test.ts checks it against the schemas.
 */
import type { z } from 'astro/zod';
import { fieldsOf, type CmsField, type FieldHints } from './fields';
import { entryExtensions } from '../lib/entry-format';

/**
 * The kinds of entry staff edit, each content/<folder>/<lo|en>/<slug>.<md|mdx> (src/lib/entry-format.ts), and
 * where their pictures live.
 */
export const cmsCollections = {
  stories: { label: 'Stories', media: 'images/covers', depth: 2, alsoRequired: ['cover'] },
  updates: { label: 'Updates', media: 'images/covers', depth: 2, alsoRequired: [] },
  materials: { label: 'Materials', media: 'images/covers', depth: 2, alsoRequired: [] },
  videos: { label: 'Videos', media: 'videos/images', depth: 1, alsoRequired: [] },
  posters: { label: 'Posters', media: 'posters/artwork', depth: 1, alsoRequired: [] },
  pages: { label: 'Pages', media: 'images/covers', depth: 2, alsoRequired: [] },
  campaigns: { label: '16 Days campaigns', media: 'images/covers', depth: 2, alsoRequired: [] },
} as const;
export type CmsCollectionName = keyof typeof cmsCollections;

export interface CmsOptions {
  /** The repository staff publish to through GitHub, "owner/name"; its main branch is the live site. */
  repo: string;
  branch: string;
  schemas: Record<CmsCollectionName, z.ZodType>;
  labels: ReadonlyMap<string, string>;
}

/** A new entry starts unpublished, with its translation marked for review (as `npm run new` does). */
const newEntryDefaults = { draft: true, reviewNeeded: true };

export function cmsConfig({ repo, branch, schemas, labels }: CmsOptions) {
  const collections = Object.entries(cmsCollections).map(([name, { label, media, depth, alsoRequired }]) => {
    const hints: FieldHints = { labels, alsoRequired, defaults: newEntryDefaults };
    const body: CmsField = { name: 'body', label: 'Text', widget: 'markdown', i18n: true };
    return {
      name,
      label,
      folder: `content/${name}`,
      extension: entryExtensions[name as CmsCollectionName],
      format: 'frontmatter',
      create: true,
      // A campaign's file is named by its year; other entries by a file name typed once for both languages,
      // when the entry is created (renaming later would leave links to the old address broken).
      slug: name === 'campaigns' ? { template: '{{fields.year}}', editable: false } : { editable: ['create'] },
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: name === 'campaigns' ? ['year', 'title'] : ['title'],
      // Pictures are kept in the repository; the entry refers to them relative to its own file.
      media_folder: `/content/${media}`,
      public_folder: `${'../'.repeat(depth)}${media}`,
      i18n: true,
      fields: [...fieldsOf(schemas[name as CmsCollectionName], hints), body],
    };
  });
  return {
    backend: { name: 'github', repo, branch },
    // Staff work on the live branch through the CMS; `draft: true` keeps an entry off the site.
    publish_mode: 'simple',
    // Each collection sets its own folders; the CMS requires these defaults to exist (public_folder absolute).
    media_folder: 'content/images',
    public_folder: '/content/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty must be left out of the file: the schemas refuse '' and null
    // (found by tests/e2e/cms.spec.ts: contentWarning: '', cover: null, source: '').
    output: { omit_empty_optional_fields: true },
    i18n: { structure: 'multiple_folders', locales: ['lo', 'en'], default_locale: 'lo' },
    collections,
  };
}
