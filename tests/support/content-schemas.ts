/**
 * The content schemas of src/content.config.ts, usable in unit tests, and "does this file pass the content
 * check" as the build decides it: the schema (with the build's messages) and the content gate's file rules.
 * The test file must mock 'astro:content' first (it exists only inside Astro):
 *   vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { collections } from '../../src/content.config';
import { checkContentFile, formatContentProblem } from '../../src/lib/quality/content-tree';

const root = path.resolve(import.meta.dirname, '../..');

/** Astro's image() checks the file at build; here a path is a string (the content gate checks the file). */
const image = () => z.string();

export function entrySchema(collection: keyof typeof collections): z.ZodType {
  const schema = (collections[collection] as { schema?: unknown }).schema;
  if (typeof schema === 'function') return schema({ image }) as z.ZodType;
  if (schema) return schema as z.ZodType;
  throw new Error(`collection ${collection} has no schema`);
}

/** The front matter of an .mdx file's text, as data. */
export function frontmatterOf(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error('no front matter');
  return parse(match[1]!);
}

/**
 * Every problem the build would report for this text saved as `file` (relative to the project, e.g.
 * 'content/stories/en/x.mdx'), as "field: message" lines; pictures are looked for in this project.
 */
export function contentCheck(file: string, text: string): string[] {
  const collection = file.split('/')[1] as keyof typeof collections;
  const problems = checkContentFile({ path: file, text }, (relative) => existsSync(path.join(root, relative))).map(formatContentProblem);
  const result = entrySchema(collection).safeParse(frontmatterOf(text));
  if (!result.success) problems.push(...result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return problems;
}
