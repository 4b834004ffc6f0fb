/**
 * The file format of each collection's entries, for the two things that write new ones (the CMS and
 * `npm run new`). The build reads both formats in every collection (src/content.config.ts).
 *
 * Stories are plain Markdown (.md): Astro renders a .md entry when it syncs the content, whereas each .mdx
 * entry becomes a module Vite bundles (at 3,000 stories per language that bundling alone needs 2.4 GB;
 * docs/performance.md), and plain Markdown forgives what MDX does not (a stray `{` or `<` stops an MDX build).
 * Collections whose entries use components (<HelplineList />, <Video />) stay MDX. A story that needs a
 * component can still be written as .mdx by hand; the CMS lists only files of its collection's format.
 */
export const entryExtensions = {
  stories: 'md',
  updates: 'mdx',
  materials: 'mdx',
  videos: 'mdx',
  posters: 'mdx',
  pages: 'mdx',
  campaigns: 'mdx',
} as const;
export type EntryCollection = keyof typeof entryExtensions;
