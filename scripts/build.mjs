#!/usr/bin/env node
/**
 * `astro build`, but all or nothing: if the build fails, the output folder is removed, so a half-built
 * site can never be deployed by mistake. OUT_DIR chooses the folder (default dist).
 */
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
// Astro passes environment variables through to import.meta.env: a test runner's DEV=1, MODE=test or
// NODE_ENV=test would turn this into a dev build that publishes drafts.
const { DEV, PROD, MODE, NODE_ENV, ...env } = process.env;
const result = spawnSync('npx', ['astro', 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...env, OUT_DIR: outDir },
});
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was published (${path.relative(process.cwd(), outDir) || outDir} removed). Fix the error above and build again.`);
  process.exit(result.status ?? 1);
}
