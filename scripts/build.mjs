#!/usr/bin/env node
/**
 * `astro build`, but all or nothing: if the build fails, the output folder is removed, so a half-built
 * site can never be deployed by mistake. OUT_DIR chooses the folder (default dist).
 *
 * `--release` (npm run build:release, what the deploy workflow runs) first requires the site's public
 * address (content/settings/site.yaml `url:` or SITE_URL): without it, links in feeds, the sitemap and the
 * QR codes on printed posters would lead to this computer. Other builds are local previews.
 */
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readSiteAddress, releaseProblem } from '../src/lib/site-address.ts';
import { withHeapLimit } from '../src/lib/heap-limit.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const release = process.argv.includes('--release');
const astroArgs = process.argv.slice(2).filter((arg) => arg !== '--release');

let address;
try {
  address = readSiteAddress(path.resolve(process.env.CONTENT_DIR ?? 'content'));
} catch (error) {
  console.error(`\nBuild stopped: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const problem = release ? releaseProblem(address) : undefined;
if (problem) {
  console.error(`\nRelease build stopped: ${problem}`);
  process.exit(1);
}
console.log(
  address.isPublic
    ? `Building for ${address.url.href}`
    : `Building a local preview for ${address.url.href}: poster and guide print files are marked as previews (set url: in content/settings/site.yaml or SITE_URL for the public address).`,
);

// Astro passes environment variables through to import.meta.env: a test runner's DEV=1, MODE=test or
// NODE_ENV=test would turn this into a dev build that publishes drafts, and its BASE_URL=/ would replace the
// path the site is published under.
const { DEV, PROD, MODE, NODE_ENV, BASE_URL, SSR, ...env } = process.env;
// Node lets its heap grow towards a quarter of the machine's memory before collecting in earnest: rendering
// 1,000 stories per language then held 2.3 GB, nearly all of it garbage (what the pages keep alive is under
// 300 MB even at 3,000 stories). A 1 GiB heap keeps that build at 1.3 GB. NODE_OPTIONS with its own
// --max-old-space-size wins, for a site that one day needs more.
const HEAP_MB = 1024;
const { nodeOptions, heapMb } = withHeapLimit(env.NODE_OPTIONS, HEAP_MB);
// Astro's own script, not `npx astro`: npm's start-up cost a second or more per build (several on a busy
// machine), and the test suite runs dozens of builds.
const astro = path.resolve('node_modules/.bin/astro');
// glibc gives each thread that allocates its own memory arena (up to 8 per core), and sharp's libvips threads
// leave them fragmented: at 3,000 stories per language, cutting the pictures took the build from 1.55 to
// 1.94 GB; with two arenas, from 1.33 to 1.42 GB (docs/performance.md). No effect off glibc.
const result = spawnSync(process.execPath, [astro, 'build', ...astroArgs], {
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: '2', ...env, NODE_OPTIONS: nodeOptions, OUT_DIR: outDir },
});
// Node stops with "JavaScript heap out of memory" and SIGABRT (exit code 134) when the heap is full.
if (result.status === 134 || result.signal === 'SIGABRT') {
  console.error(`\nIf the message above says "JavaScript heap out of memory", the build needed more than ${heapMb} MB: build with NODE_OPTIONS=--max-old-space-size=${Math.max(4096, heapMb * 2)} (or more), and raise HEAP_MB in scripts/build.mjs.`);
}
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was published (${path.relative(process.cwd(), outDir) || outDir} removed). Fix the error above and build again.`);
  process.exit(result.status ?? 1);
}
