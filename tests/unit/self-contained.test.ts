/**
 * The repository is self-contained: no file points at documents or folders outside it (a design note or a
 * source folder on one engineer's machine), which the next maintainer would not have. What such files said
 * that matters is in docs/ (docs/architecture.md: principles and layout; docs/sources.md: the published
 * sources behind the site's facts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** References to places outside the repository, each with what to write instead. */
const outside: { pattern: RegExp; fix: string }[] = [
  { pattern: /(?:^|[\s"'`(:])(?:\.\.\/)+shared\b/, fix: 'a folder next to the repository: bring what is needed into the repository' },
  { pattern: /\/work\//, fix: 'an absolute path on one machine: use a path inside the repository' },
  { pattern: /\bDESIGN(?:\.md| principle)/, fix: 'a design note outside the repository: cite docs/architecture.md' },
];

/** Tracked files, and new files not yet committed, that git does not ignore. */
function repositoryFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
}

/** Each "file:line: what it points at (why)" found in the text. */
function outsideReferences(file: string, text: string): string[] {
  if (text.includes('\0')) return []; // a picture, font or PDF
  return text.split('\n').flatMap((line, index) =>
    outside.filter(({ pattern }) => pattern.test(line)).map(({ fix }) => `${file}:${index + 1}: ${line.trim().slice(0, 100)} (${fix})`),
  );
}

describe('references outside the repository', () => {
  it('are found in every form the project has had', () => {
    expect(outsideReferences('a.yaml', '# Sources: ../shared/sources/FACTS.md')).toHaveLength(1);
    expect(outsideReferences('a.ts', ' * (DESIGN principle 3). Pure: tests give it plain objects.')).toHaveLength(1);
    expect(outsideReferences('README.md', 'See `../shared/DESIGN.md` (architecture).')).toHaveLength(2);
    expect(outsideReferences('a.md', 'Built in /work/main.')).toHaveLength(1);
  });

  it('leave paths inside the repository and binary files alone', () => {
    expect(outsideReferences('a.ts', "besideFile('content/a/en/x.mdx', '../images/shared-cover.png')")).toEqual([]);
    expect(outsideReferences('a.md', 'See docs/architecture.md and content/shared/.')).toEqual([]);
    expect(outsideReferences('a.png', '\0../shared/x')).toEqual([]);
  });

  it('appear in no file of the repository', () => {
    const self = path.relative(root, import.meta.filename).split(path.sep).join('/');
    const files = repositoryFiles().filter((file) => file !== self);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => outsideReferences(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });
});
