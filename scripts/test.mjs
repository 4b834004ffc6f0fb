#!/usr/bin/env node
/**
 * `npm test`: every check in order, stopping at the first failure — type check, unit tests, the production
 * build of content/ (which itself stops on a broken link), checks over that built site (links, HTML,
 * sitemap, feeds), the build of the fixture site (tests/fixtures/site, a frozen snapshot of content/),
 * builds of the fixture content (good and bad) and the deterministic-build check, then end-to-end tests in
 * a browser on the fixture site (accessibility, languages, page weight): a staff edit to content/ can stop
 * the build or the built-site checks, which is what they are for, but cannot break a browser test.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type check', 'npx', ['astro', 'check']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Production build', 'node', ['scripts/build.mjs']],
  ['Built-site checks', 'npx', ['vitest', 'run', '--config', 'vitest.site.config.ts']],
  ['Fixture site build', 'npm', ['run', '--silent', 'build:e2e']],
  ['Fixture builds', 'npx', ['vitest', 'run', '--config', 'vitest.build.config.ts']],
  ['End-to-end tests', 'npx', ['playwright', 'test']],
];

// BUILT_DIST: the deterministic-build test compares this run's fixture-site build with a fresh one.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILT_DIST: 'dist-e2e' };
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
