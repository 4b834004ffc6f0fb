/**
 * The documentation stays usable: the README is short enough to read on arrival (at most 8 kB, the rest in
 * docs/), and every relative link and #anchor in README.md and docs/**\/*.md leads to a file or heading in
 * the repository, so moving or renaming a guide cannot leave a dead link behind.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** GitHub's id for a heading: lower case, punctuation dropped, spaces to dashes. */
function headingId(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** The text outside fenced code blocks and inline code, where links are links. */
const prose = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** Heading ids of a Markdown file, with GitHub's -1, -2 for repeated headings. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  for (const match of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const id = headingId(match[1]!);
    const count = seen.get(id) ?? 0;
    ids.add(count === 0 ? id : `${id}-${count}`);
    seen.set(id, count + 1);
  }
  return ids;
}

/** Link targets in Markdown: [text](target "title") and [label]: target. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((match) => match[1]!),
  ];
}

/** Each link in `file` (a path from the repository root) that leads nowhere, with why. */
function brokenLinks(file: string, markdown: string, exists = (p: string) => existsSync(path.join(root, p)), read = (p: string) => readFileSync(path.join(root, p), 'utf8')): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, tel:
    const [address = '', anchor] = target.split('#');
    const resolved = address ? path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(address))).replace(/(.)\/$/, '$1') : file;
    if (resolved.startsWith('..') || path.posix.isAbsolute(resolved)) {
      problems.push(`${file}: "${target}" points outside the repository`);
    } else if (!exists(resolved)) {
      problems.push(`${file}: "${target}" leads to ${resolved}, which does not exist`);
    } else if (anchor && resolved.endsWith('.md') && !anchors(read(resolved)).has(anchor)) {
      problems.push(`${file}: "${target}" names a heading ${resolved} does not have`);
    }
  }
  return problems;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && statSync(path.join(root, dir, name)).isFile())
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')));
}

describe('the link check', () => {
  const files = new Map([
    ['README.md', '# Title\n## Quick start\n'],
    ['docs/guide.md', '# Guide\n## Set up the site\n## Set up the site\n'],
  ]);
  const check = (file: string, markdown: string) => brokenLinks(file, markdown, (p) => files.has(p) || p === 'docs', (p) => files.get(p)!);

  it('accepts links to files, folders and headings that exist, and other sites', () => {
    const markdown = '[a](docs/guide.md) [b](docs/guide.md#set-up-the-site-1) [c](#quick-start) [d](https://example.org/x.md) [e](docs/)\n[f]: docs/guide.md';
    expect(check('README.md', markdown)).toEqual([]);
    expect(check('docs/guide.md', '[back](../README.md#quick-start)')).toEqual([]);
  });

  it('reports a missing file, a missing heading and a way out of the repository', () => {
    expect(check('README.md', '[a](docs/missing.md) [b](#no-such-part) [c](../elsewhere/notes.md)\n[d]: docs/gone.md')).toEqual([
      'README.md: "docs/missing.md" leads to docs/missing.md, which does not exist',
      'README.md: "#no-such-part" names a heading README.md does not have',
      'README.md: "../elsewhere/notes.md" points outside the repository',
      'README.md: "docs/gone.md" leads to docs/gone.md, which does not exist',
    ]);
  });

  it('ignores what is inside code', () => {
    expect(check('README.md', '```md\n[a](docs/missing.md)\n```\nWrite `[b](nowhere.md)` to link.')).toEqual([]);
  });
});

describe('the documentation', () => {
  it('has a README of at most 8 kB, with a Quick start', () => {
    const readme = readFileSync(path.join(root, 'README.md'));
    expect(readme.length, `README.md is ${readme.length} bytes`).toBeLessThanOrEqual(8192);
    expect(anchors(readme.toString('utf8')).has('quick-start')).toBe(true);
  });

  it('links only to files and headings that exist in the repository', () => {
    const files = ['README.md', ...markdownFiles('docs')];
    expect(files.length).toBeGreaterThan(1);
    expect(files.flatMap((file) => brokenLinks(file, readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });
});
