/**
 * Copies what one build drew into another build's empty caches, so that a test build does not encode the same
 * pictures and draw the same posters again: the fixture site is a snapshot of content/, and the fixture
 * builds lay their few files over its pages and settings, so most of what they draw the production build (or
 * the fixture-site build) has drawn already. Drawing is most of a build's time on two cores.
 *
 * Only caches keyed by what the output depends on are copied (Astro's optimised images, named by a hash of
 * the source and the transform; src/lib/build-cache.ts, which holds posters, cards and share cards, keyed by a
 * SHA-256 of inputs and renderer source), never Astro's content data store, which describes one content
 * folder. A file already there is kept. tests/build/deterministic.test.ts still builds from a cold cache and
 * compares, which is what would catch a cache handing back a stale file.
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { defaultCacheDir } from '../../src/lib/build-cache';

const root = path.resolve(import.meta.dirname, '../..');

/** Where a build with this ASTRO_CACHE_DIR (undefined: the production build's defaults) keeps each cache. */
export function buildCaches(astroCacheDir?: string): string[] {
  const astro = astroCacheDir ? path.resolve(root, astroCacheDir) : path.join(root, 'node_modules/.astro');
  const drawn = defaultCacheDir(astroCacheDir ? { ASTRO_CACHE_DIR: astro } : {});
  return [path.join(astro, 'assets'), drawn];
}

/** Seeds the caches of a build with ASTRO_CACHE_DIR `to` from those of `from` (see buildCaches). */
export function seedBuildCaches(from: string | undefined, to: string): void {
  const sources = buildCaches(from);
  const targets = buildCaches(to);
  sources.forEach((source, index) => {
    if (existsSync(source)) cpSync(source, targets[index]!, { recursive: true, force: false });
  });
}
