import { defineConfig } from 'vitest/config';

/** Tests that run whole builds of fixture content: slow, so separate from the unit tests. */
export default defineConfig({
  // `@/…` imports (tsconfig.json paths), as in Astro.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One build at a time: builds are CPU-bound and Astro writes generated types into the project.
    fileParallelism: false,
  },
});
