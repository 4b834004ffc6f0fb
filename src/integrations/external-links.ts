/**
 * The Markdown/MDX plugin (a Sätteri hast plugin, set in astro.config.mjs) that gives every link to another
 * site rel="noopener noreferrer", so staff never need to remember it. The rule itself is plain TypeScript in
 * src/lib/external-links.ts; this file binds it to Astro's Markdown processor.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { isExternalHref, withSafeRel } from '../lib/external-links';

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
