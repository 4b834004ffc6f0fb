import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTrees, hashTree, isIdentical } from '../../src/lib/quality/tree-diff';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tree-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('diffTrees', () => {
  it('finds two identical builds identical', () => {
    const files = { 'index.html': '<p>a</p>', '_astro/x.css': 'p{}' };
    const diff = diffTrees(hashTree(tree(files)), hashTree(tree(files)));
    expect(isIdentical(diff)).toBe(true);
  });

  it('names the files that differ, and those in one build only', () => {
    const diff = diffTrees(
      hashTree(tree({ 'index.html': '<p>built at 10:00</p>', 'a.txt': 'a', 'same.txt': 's' })),
      hashTree(tree({ 'index.html': '<p>built at 10:01</p>', 'b.txt': 'b', 'same.txt': 's' })),
    );
    expect(diff).toEqual({ onlyInFirst: ['a.txt'], onlyInSecond: ['b.txt'], different: ['index.html'] });
    expect(isIdentical(diff)).toBe(false);
  });
});
