#!/usr/bin/env node
/**
 * `npm test`: every check in order, stopping at the first failure — type check, unit tests, the production
 * build (which itself stops on a broken link), checks over the built site (links, HTML, sitemap, feeds),
 * builds of the fixture content (good and bad) and the deterministic-build check, then end-to-end tests in
 * a browser on the build (accessibility, languages, page weight).
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type check', 'npx', ['astro', 'check']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Production build', 'node', ['scripts/build.mjs']],
  ['Built-site checks', 'npx', ['vitest', 'run', '--config', 'vitest.site.config.ts']],
  ['Fixture builds', 'npx', ['vitest', 'run', '--config', 'vitest.build.config.ts']],
  ['End-to-end tests', 'npx', ['playwright', 'test']],
];

// BUILT_DIST: the deterministic-build test compares this run's production build with a fresh one.
// SITE_URL: the tests read the site served locally at the root, whatever public address the settings give
// (tests/build/base-path.test.ts builds one published under a sub-path).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILT_DIST: 'dist', SITE_URL: 'http://localhost:4321/' };
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
