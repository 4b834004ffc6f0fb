import { defineConfig } from 'vitest/config';

/** Checks over the built site in dist/ (links, HTML, sitemap, feeds): run after `npm run build`. */
export default defineConfig({
  // `@/…` imports (tsconfig.json paths), as in Astro.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
