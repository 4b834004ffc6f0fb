/**
 * The yardstick for `npm run bench`: a bare Astro + Pagefind site over the same generated corpus, written to
 * a temporary folder and built with this project's own astro, @astrojs/mdx and pagefind packages. One page per
 * story (title and Markdown or MDX body, as the corpus has it, nothing else: no layout, images, related entries, posters or feeds), then
 * Pagefind's default indexing of the output. What this site costs beyond that is what its features cost.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Writes the bare project next to the corpus and returns its folder. */
export function writeBaselineProject(folder, contentDir, collection = 'stories') {
  mkdirSync(path.join(folder, 'src/pages'), { recursive: true });
  // This project's packages, so both builds use the same astro. (Already there when the bench builds twice.)
  if (!existsSync(path.join(folder, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(
    path.join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], outDir: process.env.OUT_DIR, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    path.join(folder, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
// The corpus's frontmatter, read as it is: only the title is used.
export const collections = {
  ${collection}: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: ${JSON.stringify(path.join(contentDir, collection))} }),
    schema: z.object({ title: z.string() }).passthrough(),
  }),
};
`,
  );
  writeFileSync(
    path.join(folder, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection(${JSON.stringify(collection)})).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={entry.id.split('/')[0]}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  );
  return folder;
}
