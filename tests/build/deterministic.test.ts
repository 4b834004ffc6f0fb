/**
 * Two builds of the same commit give byte-identical sites, so neither the clock, nor randomness, nor the
 * Astro cache can change what is published. No file is exempt (docs/quality-gates.md). The content is the
 * fixture site (tests/fixtures/site, a snapshot of content/ with every kind of page). In `npm test` the
 * fixture site built for the end-to-end tests moments earlier (BUILT_DIST, cold on a fresh clone) is
 * compared with a build reusing its cache; run alone, the test makes both builds: cold, then reusing
 * that cache.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTrees, hashTree } from '../../src/lib/quality/tree-diff';
import { e2eCacheDir, e2eContentDir } from '../support/e2e-site';
import { buildSite } from '../support/fixture-build';

describe('the build', () => {
  it('is deterministic: two builds of the fixture site, one from a cold cache, write identical files', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'deterministic-'));
    const contentDir = e2eContentDir;
    const built = process.env.BUILT_DIST && existsSync(process.env.BUILT_DIST) ? path.resolve(process.env.BUILT_DIST) : undefined;
    const cacheDir = built ? e2eCacheDir : path.join(work, 'cache');
    const first = built ? { ok: true, output: '', outDir: built } : buildSite({ contentDir, outDir: path.join(work, 'first'), cacheDir });
    expect(first.ok, first.output).toBe(true);
    const second = buildSite({ contentDir, outDir: path.join(work, 'second'), cacheDir });
    expect(second.ok, second.output).toBe(true);
    const firstFiles = hashTree(first.outDir);
    expect(firstFiles.size).toBeGreaterThan(5);
    expect(diffTrees(firstFiles, hashTree(second.outDir))).toEqual({ onlyInFirst: [], onlyInSecond: [], different: [] });
  });
});
