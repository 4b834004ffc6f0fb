/**
 * The content schemas of src/content.config.ts outside Astro, and "does this file pass the content check"
 * as the build decides it: the schema (with the build's messages) and the content gate's file rules.
 * 'astro:content' exists only inside Astro; content.config.ts needs only its defineCollection, which returns
 * its argument. Under Node (Playwright) a resolve hook supplies that; Vitest tests mock the module instead:
 *   vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { collectionSchema } from '../../src/cms/schemas';
import { checkContentFile, formatContentProblem } from '../../src/lib/quality/content-tree';

const root = path.resolve(import.meta.dirname, '../..');
const astroContent = `data:text/javascript,${encodeURIComponent('export const defineCollection = (collection) => collection;')}`;
registerHooks({
  resolve: (specifier, context, next) => (specifier === 'astro:content' ? { url: astroContent, shortCircuit: true } : next(specifier, context)),
});

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
export async function contentCheck(file: string, text: string): Promise<string[]> {
  const { collections } = await import('../../src/content.config');
  const collection = collections[file.split('/')[1] as keyof typeof collections];
  const problems = checkContentFile({ path: file, text }, (relative) => existsSync(path.join(root, relative))).map(formatContentProblem);
  const result = collectionSchema(collection).safeParse(frontmatterOf(text));
  if (!result.success) problems.push(...result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return problems;
}
