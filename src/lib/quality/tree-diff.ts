/** Compares two builds file by file, for the deterministic-build check. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './site-files';

export interface TreeDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  different: string[];
}

/** Every file of a folder with the SHA-256 of its bytes. */
export function hashTree(root: string): Map<string, string> {
  return new Map(listFiles(root).map((file) => [file, createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')]));
}

export function diffTrees(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): TreeDiff {
  return {
    onlyInFirst: [...first.keys()].filter((file) => !second.has(file)).sort(),
    onlyInSecond: [...second.keys()].filter((file) => !first.has(file)).sort(),
    different: [...first].filter(([file, hash]) => second.has(file) && second.get(file) !== hash).map(([file]) => file).sort(),
  };
}

export const isIdentical = (diff: TreeDiff) => diff.onlyInFirst.length + diff.onlyInSecond.length + diff.different.length === 0;
