#!/usr/bin/env node
/**
 * `npm test`: every check in order, stopping at the first failure — type check, unit tests, the production
 * build of content/ (which itself stops on a broken link), checks over that built site (links, HTML,
 * sitemap, feeds), the build of the fixture site (tests/fixtures/site, a frozen snapshot of content/),
 * builds of the fixture content (good and bad) and the deterministic-build check, then end-to-end tests in
 * a browser on the fixture site (accessibility, languages, page weight): a staff edit to content/ can stop
 * the build or the built-site checks, which is what they are for, but cannot break a browser test.
 *
 * Steps in one group run at the same time (the CI machine has two cores); they share no files: the type
 * check and the fixture-site build write the project's .astro/, which nothing beside them reads or writes.
 * A group's output is printed when each step ends, so that the logs do not interleave.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A package's own command, run with this Node: `npx` would add a second or more of npm start-up to each step. */
const bin = (name, ...args) => [process.execPath, [`node_modules/.bin/${name}`, ...args]];

const groups = [
  [
    ['Type check', ...bin('astro', 'check')],
    ['Unit tests', ...bin('vitest', 'run')],
  ],
  [['Production build', process.execPath, ['scripts/build.mjs']]],
  [
    ['Built-site checks', ...bin('vitest', 'run', '--config', 'vitest.site.config.ts')],
    ['Fixture site build', 'npm', ['run', '--silent', 'build:e2e']],
  ],
  [['Fixture builds', ...bin('vitest', 'run', '--config', 'vitest.build.config.ts')]],
  [['End-to-end tests', ...bin('playwright', 'test')]],
];

// BUILT_DIST: the deterministic-build test compares this run's fixture-site build with a fresh one.
// BUILT_VIDEOS_DIST: tests/build/videos.test.ts leaves its build of the videos fixture there, and the
// end-to-end tests serve it instead of building it again (tests/support/e2e-global-setup.ts removes it).
// SITE_URL: the tests read the site served locally at the root, whatever public address the settings give
// (tests/build/base-path.test.ts builds one published under a sub-path).
const builtVideos = path.join(tmpdir(), `laos-hub-videos-${process.pid}`);
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  BUILT_DIST: 'dist-e2e',
  BUILT_VIDEOS_DIST: builtVideos,
  SITE_URL: 'http://localhost:4321/',
};

/** Runs one step; alone in its group it prints as it goes, beside another its output waits for its end. */
function run([name, command, args], alone) {
  console.log(`\n▶ ${name}: ${command === process.execPath ? 'node' : command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!alone) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(output).toString('utf8')}`);
      if (code === 0) console.log(`✓ ${name} (${seconds} s)`);
      else console.error(`\n✗ ${name} failed after ${seconds} s`);
      resolve(code ?? 1);
    });
  });
}

const started = Date.now();
for (const group of groups) {
  const codes = await Promise.all(group.map((step) => run(step, group.length === 1)));
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) {
    rmSync(builtVideos, { recursive: true, force: true });
    process.exit(failed);
  }
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
