/**
 * Links to other sites carry rel="noopener noreferrer", so the site they lead to learns nothing about where
 * the reader came from. `externalLinks` applies it to Markdown and MDX content (a Sätteri hast plugin), so
 * staff never need to remember it.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
export function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && /^(https?:)?\/\//i.test(href.trim());
}

/** rel values with noopener and noreferrer added, keeping any others. */
export function withSafeRel(rel: unknown): string[] {
  const values = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  for (const value of ['noopener', 'noreferrer']) if (!values.includes(value)) values.push(value);
  return values;
}

type HastPlugin = Exclude<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], false | null | undefined | readonly unknown[] | ((...args: never[]) => unknown)>;

export const externalLinks: HastPlugin = {
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      if (isExternalHref(node.properties.href)) ctx.setProperty(node, 'rel', withSafeRel(node.properties.rel));
    },
  },
};
