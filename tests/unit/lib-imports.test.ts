/**
 * src/lib is plain TypeScript: no Astro imports, so unit tests and Node scripts can load any of it without a
 * build, and the rules in it outlive a change of framework. Code that needs Astro lives next to it: zod
 * schema pieces in src/schemas, build steps and Markdown plugins in src/integrations, content queries in
 * src/data (see docs/architecture.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const lib = path.join(root, 'src/lib');

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function importedModules(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((match) => match[1]!);
}

/** 'astro', 'astro/zod', 'astro:content', '@astrojs/…' and any .astro component are Astro. */
const isAstroModule = (specifier: string): boolean =>
  /^(?:astro(?:[:/].*)?|@astrojs\/.+)$/.test(specifier) || /\.astro$/.test(specifier);

describe('the Astro-import check', () => {
  it('finds Astro in every form an import can take', () => {
    const source = [
      "import { z } from 'astro/zod';",
      "import type { AstroIntegration } from \"astro\";",
      "import { getCollection } from 'astro:content';",
      "import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';",
      "import Seo from '../components/head/Seo.astro';",
      "export { thing } from 'astro:assets';",
      "const mdx = await import('@astrojs/mdx');",
      "import './side-effect.astro';",
    ].join('\n');
    expect(importedModules(source).filter(isAstroModule)).toHaveLength(8);
  });

  it('leaves plain modules and words that merely contain "astro" alone', () => {
    const source = "import { readFileSync } from 'node:fs';\nimport { dates } from './astronomy';\nimport yaml from 'yaml';\n// from 'astro' in a comment is not an import";
    expect(importedModules(source).filter(isAstroModule)).toEqual([]);
  });
});

describe('src/lib', () => {
  it('imports nothing from Astro (move such code to src/schemas, src/integrations or src/data)', () => {
    const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => /\.[cm]?ts$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      importedModules(readFileSync(path.join(lib, file), 'utf8'))
        .filter(isAstroModule)
        .map((specifier) => `src/lib/${file.split(path.sep).join('/')} imports '${specifier}'`),
    );
    expect(offenders).toEqual([]);
  });
});
