import { defineConfig } from 'vitest/config';

/** Tests that run whole builds of fixture content: slow, so separate from the unit tests. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two test files at once (the CI machine has two cores): each builds in its own copy of the project
    // (tests/support/fixture-build.ts privateProject), as Astro and Vite write into the project they build.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
