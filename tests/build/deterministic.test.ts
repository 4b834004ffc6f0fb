/**
 * Two builds of the same commit give byte-identical sites, so neither the clock, nor randomness, nor the
 * Astro cache can change what is published. No file is exempt (docs/quality-gates.md). In `npm test` the
 * production build made moments earlier (BUILT_DIST, with the project's cache) is compared with a build
 * from a cold cache; run alone, the test makes both builds: cold, then reusing that cache.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTrees, hashTree } from '../../src/lib/quality/tree-diff';
import { buildSite } from '../support/fixture-build';

describe('the build', () => {
  it('is deterministic: two builds of the real content, one from a cold cache, write identical files', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'deterministic-'));
    const contentDir = path.resolve(import.meta.dirname, '../../content');
    const cacheDir = path.join(work, 'cache');
    const built = process.env.BUILT_DIST && existsSync(process.env.BUILT_DIST) ? path.resolve(process.env.BUILT_DIST) : undefined;
    const first = built ? { ok: true, output: '', outDir: built } : buildSite({ contentDir, outDir: path.join(work, 'first'), cacheDir });
    expect(first.ok, first.output).toBe(true);
    const second = buildSite({ contentDir, outDir: path.join(work, 'second'), cacheDir });
    expect(second.ok, second.output).toBe(true);
    const firstFiles = hashTree(first.outDir);
    expect(firstFiles.size).toBeGreaterThan(5);
    expect(diffTrees(firstFiles, hashTree(second.outDir))).toEqual({ onlyInFirst: [], onlyInSecond: [], different: [] });
  });
});
