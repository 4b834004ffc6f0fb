/**
 * Two builds of the same commit give byte-identical sites: the first from a cold Astro cache, the second
 * reusing it, so neither the clock, nor randomness, nor the cache can change what is published. No file
 * is exempt (see README, Performance and quality gates).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTrees, hashTree } from '../../src/lib/quality/tree-diff';
import { buildSite } from '../support/fixture-build';

describe('the build', () => {
  it('is deterministic: a cold and a cached build of the real content write identical files', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'deterministic-'));
    const contentDir = path.resolve(import.meta.dirname, '../../content');
    const cacheDir = path.join(work, 'cache');
    const first = buildSite({ contentDir, outDir: path.join(work, 'first'), cacheDir });
    expect(first.ok, first.output).toBe(true);
    const second = buildSite({ contentDir, outDir: path.join(work, 'second'), cacheDir });
    expect(second.ok, second.output).toBe(true);
    const firstFiles = hashTree(first.outDir);
    expect(firstFiles.size).toBeGreaterThan(5);
    expect(diffTrees(firstFiles, hashTree(second.outDir))).toEqual({ onlyInFirst: [], onlyInSecond: [], different: [] });
  });
});
