import { defineConfig } from 'vitest/config';

/** Tests that run whole builds of fixture content: slow, so separate from the unit tests. */
export default defineConfig({
  // `@/…` imports (tsconfig.json paths), as in Astro.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    // Generous: two builds share the two cores, and a loaded machine slows each down. Tests never time builds.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Two test files at once (the CI machine has two cores): each builds in its own copy of the project
    // (tests/support/fixture-build.ts privateProject), as Astro and Vite write into the project they build.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
