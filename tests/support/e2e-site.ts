/**
 * The site the end-to-end tests run on: tests/fixtures/site/content, a frozen snapshot of content/ edited
 * only for tests, built into dist-e2e/ (`npm run build:e2e`). A staff edit to content/ cannot break them;
 * the real content is checked by the production build and the built-site checks over dist/.
 */
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The fixture site's content folder. */
export const e2eContentDir = path.join(root, 'tests/fixtures/site/content');

/** Where `npm run build:e2e` writes the fixture site, and what playwright.config.ts serves. */
export const e2eDist = path.join(root, 'dist-e2e');

/** The fixture site's own Astro cache, so it never mixes with the real content's. */
export const e2eCacheDir = path.join(root, 'node_modules/.astro-e2e');
