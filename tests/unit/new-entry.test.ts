/**
 * `npm run new -- <kind> <slug>`: both language files, every required field, a draft whose translation needs
 * review, and clear refusals. Files are written into a temporary content folder (with the real settings).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentCheck, frontmatterOf } from '../support/content-schemas';
import { createEntry, entryKinds } from '../../src/lib/new-entry';

vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));

const root = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-03-08T20:00:00Z'); // 9 March in Laos

function tempContent(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'new-entry-')), 'content');
  cpSync(path.join(root, 'content/settings'), path.join(dir, 'settings'), { recursive: true });
  return dir;
}

describe('npm run new', () => {
  it('creates the Lao and English files of a story, in plain Markdown, as a draft whose translation needs review', () => {
    const contentDir = tempContent();
    const files = createEntry({ contentDir, kind: 'story', slug: 'fake-job-offers-2', now });
    expect(files).toEqual([
      path.join(contentDir, 'stories/lo/fake-job-offers-2.md'),
      path.join(contentDir, 'stories/en/fake-job-offers-2.md'),
    ]);
    for (const file of files) {
      const data = frontmatterOf(readFileSync(file, 'utf8'));
      expect(data).toMatchObject({ draft: true, reviewNeeded: true, date: '2026-03-09' });
    }
    expect(readFileSync(files[0]!, 'utf8')).toContain('in Lao');
    expect(readFileSync(files[1]!, 'utf8')).toContain('in English');
  });

  it('accepts the folder name as the kind too', () => {
    const contentDir = tempContent();
    createEntry({ contentDir, kind: 'updates', slug: 'new-hotline-hours', now });
    expect(existsSync(path.join(contentDir, 'updates/en/new-hotline-hours.mdx'))).toBe(true);
  });

  it.each(Object.keys(entryKinds))('makes %s files that pass the content check (schema and file rules)', async (kind) => {
    const contentDir = tempContent();
    const slug = kind === 'campaign' ? '2031' : `new-${kind}`;
    for (const file of createEntry({ contentDir, kind, slug, now })) {
      const asInContent = path.relative(path.dirname(contentDir), file).split(path.sep).join('/');
      expect(await contentCheck(asInContent, readFileSync(file, 'utf8'))).toEqual([]);
    }
  });

  it.each(['Fake-Jobs', 'fake jobs', 'fake_jobs', 'ເລື່ອງໃໝ່', 'fake--jobs', '-fake', 'fake.mdx'])(
    'refuses the slug "%s", saying which characters are allowed, and writes nothing',
    (slug) => {
      const contentDir = tempContent();
      expect(() => createEntry({ contentDir, kind: 'story', slug, now })).toThrow(
        /cannot be used as a file name and web address\. Use lowercase letters a–z, digits 0–9 and single dashes/,
      );
      expect(existsSync(path.join(contentDir, 'stories'))).toBe(false);
    },
  );

  it('refuses an unknown kind, listing the kinds', () => {
    expect(() => createEntry({ contentDir: tempContent(), kind: 'blog', slug: 'x', now })).toThrow(
      '"blog" is not a kind of entry. Use one of: story, update, material, video, poster, page, campaign.',
    );
  });

  it('refuses a campaign not named by its year', () => {
    expect(() => createEntry({ contentDir: tempContent(), kind: 'campaign', slug: 'sixteen-days', now })).toThrow(/file name is its year/);
  });

  it('refuses to overwrite an existing file in either language, and leaves it as it was', () => {
    const contentDir = tempContent();
    const [lao] = createEntry({ contentDir, kind: 'page', slug: 'contact', now });
    writeFileSync(lao!, 'edited by staff');
    expect(() => createEntry({ contentDir, kind: 'page', slug: 'contact', now })).toThrow(/contact\.mdx already exist.*nothing was written/);
    expect(readFileSync(lao!, 'utf8')).toBe('edited by staff');
  });

  it('refuses a story whose name an MDX story already has (both would take one address)', () => {
    const contentDir = tempContent();
    const [lao] = createEntry({ contentDir, kind: 'story', slug: 'with-helplines', now });
    const mdx = lao!.replace(/\.md$/, '.mdx');
    writeFileSync(mdx, readFileSync(lao!, 'utf8'));
    rmSync(lao!);
    expect(() => createEntry({ contentDir, kind: 'story', slug: 'with-helplines', now })).toThrow(/with-helplines\.mdx and .*with-helplines\.md already exist.*nothing was written/);
    expect(existsSync(lao!)).toBe(false);
  });
});
