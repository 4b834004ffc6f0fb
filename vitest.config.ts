import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@/…` imports (tsconfig.json paths), as in Astro.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Image rendering (sharp) on two shared cores can take several seconds: generous, never a timing assertion.
    testTimeout: 30_000,
  },
});
