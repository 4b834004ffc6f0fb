/**
 * The CMS configuration and the content schemas cannot drift apart: every schema field is in the CMS form
 * and nothing else is; an entry filled in with only what the CMS marks required passes the schema, and
 * leaving out any field it marks required fails it; every choice the CMS offers is one the schema accepts.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'astro/zod';
import { collections } from '../../src/content.config';
import { cmsCollections, cmsConfig, type CmsCollectionName } from '../../src/cms/config';
import type { CmsField } from '../../src/cms/fields';
import { cmsSchemas } from '../../src/cms/schemas';
import { readSettingsIds } from '../../src/lib/settings-ids';
import { contentDir } from '../../src/lib/content-dir';

vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));

const schemas = cmsSchemas(collections);
const config = cmsConfig({ repo: 'example/site', branch: 'main', schemas, labels: new Map([['trafficking', 'Human trafficking']]) });
const names = Object.keys(cmsCollections) as CmsCollectionName[];
const collectionConfig = (name: string) => config.collections.find((collection) => collection.name === name)!;
const formFields = (name: string) => collectionConfig(name).fields.filter((field) => field.name !== 'body') as CmsField[];
const shapeOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;

/** What a person would enter in a field the CMS requires (or its default): the first choice, a date, words. */
function valueFor(field: CmsField): unknown {
  if (field.default !== undefined) return field.default;
  switch (field.widget) {
    case 'select':
      return field.multiple ? [field.options![0]!.value] : field.options![0]!.value;
    case 'datetime':
      return '2026-11-25';
    case 'number':
      return 2026;
    case 'boolean':
      return false;
    case 'image':
      return '../../images/covers/placeholder.png';
    case 'object':
      return requiredOnly(field.fields!);
    case 'list':
      return Array.from({ length: field.min ?? 0 }, () => (field.fields ? requiredOnly(field.fields) : valueFor(field.field!)));
    default:
      return 'Words a person typed';
  }
}

function requiredOnly(fields: readonly CmsField[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field.required !== false || field.default !== undefined).map((field) => [field.name, valueFor(field)]));
}

describe('CMS configuration generated from the content schemas', () => {
  it('stores entries as content/<kind>/<lo|en>/<slug>.md for stories and .mdx otherwise, Lao first', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['lo', 'en'], default_locale: 'lo' });
    // Optional fields left empty are left out: every schema refuses '' and null for them.
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    for (const name of names) {
      const extension = name === 'stories' ? 'md' : 'mdx';
      expect(collectionConfig(name)).toMatchObject({ folder: `content/${name}`, extension, format: 'frontmatter', i18n: true });
    }
  });

  // The CMS lists only the files with its collection's extension: an entry in the other format would be
  // invisible to staff.
  it.each(names)('%s: every entry in content/ has the extension the CMS edits', (name) => {
    const { extension } = collectionConfig(name);
    const folder = path.join(contentDir, name);
    const entries = existsSync(folder)
      ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file))
      : [];
    expect(entries.filter((file) => !file.endsWith(`.${extension}`))).toEqual([]);
  });

  it.each(names)('%s: the form has exactly the schema\'s fields, plus the text', (name) => {
    expect(formFields(name).map((field) => field.name).sort()).toEqual(Object.keys(shapeOf(schemas[name])).sort());
    expect(collectionConfig(name).fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  it.each(names)('%s: an entry with only the fields the CMS requires passes the schema', (name) => {
    const entry = requiredOnly(formFields(name));
    const result = schemas[name].safeParse(entry);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(names)('%s: leaving out any field the CMS requires fails the schema on that field', (name) => {
    const entry = requiredOnly(formFields(name));
    const required = formFields(name).filter((field) => field.required !== false && field.default === undefined);
    expect(required.length).toBeGreaterThan(0);
    for (const field of required) {
      const { [field.name]: _left, ...rest } = entry;
      const result = schemas[name].safeParse(rest);
      expect(result.success, `${name}.${field.name} is required in the CMS but optional in the schema`).toBe(false);
      expect(result.error!.issues.map((issue) => issue.path[0])).toContain(field.name);
    }
  });

  it.each(names)('%s: every choice offered passes the schema, and a value not offered fails it', (name) => {
    const entry = requiredOnly(formFields(name));
    for (const field of formFields(name).filter((field) => field.widget === 'select')) {
      for (const { value } of field.options!) {
        const result = schemas[name].safeParse({ ...entry, [field.name]: field.multiple ? [value] : value });
        expect(result.error?.issues ?? [], `${name}.${field.name}: ${value}`).toEqual([]);
      }
      const other = schemas[name].safeParse({ ...entry, [field.name]: field.multiple ? ['not-offered'] : 'not-offered' });
      expect(other.success, `${name}.${field.name} accepts a value the CMS does not offer`).toBe(false);
    }
  });

  it('offers the topics of content/settings/topics.yaml by name, and starts new entries as drafts to review', () => {
    const topics = formFields('stories').find((field) => field.name === 'topics')!;
    expect(topics).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(topics.options!.map((option) => option.value)).toEqual(readSettingsIds(contentDir, 'topics.yaml'));
    expect(topics.options![0]).toEqual({ label: 'Human trafficking', value: 'trafficking' });
    expect(formFields('stories').find((field) => field.name === 'draft')).toMatchObject({ widget: 'boolean', default: true });
    expect(formFields('stories').find((field) => field.name === 'reviewNeeded')).toMatchObject({ widget: 'boolean', default: true });
  });

  it('writes dates as YYYY-MM-DD and keeps one language\'s words out of the other\'s file', () => {
    const fields = formFields('stories');
    expect(fields.find((field) => field.name === 'date')).toMatchObject({ widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', i18n: 'duplicate' });
    expect(fields.find((field) => field.name === 'title')).toMatchObject({ widget: 'string', i18n: true });
    expect(fields.find((field) => field.name === 'cover')?.fields?.find((field) => field.name === 'src')).toMatchObject({ widget: 'image' });
  });
});
