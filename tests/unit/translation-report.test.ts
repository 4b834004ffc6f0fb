import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTranslationReport, translationReport } from '../../src/lib/translation-report';

function content(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('translationReport', () => {
  const dir = content({
    'stories/en/a.mdx': '---\ntitle: A\n---\n',
    'stories/lo/a.mdx': '---\ntitle: ກ\nreviewNeeded: true\n---\n',
    'stories/en/only-english.mdx': '---\ntitle: B\n---\n',
    'updates/lo/only-lao.md': '---\ntitle: ຂ\n---\n',
    'updates/en/unpublished.md': '---\ntitle: Draft\ndraft: true\n---\n',
    'settings/topics.yaml': '- id: x\n',
  });
  const report = translationReport(dir);

  it('lists entries missing in a language, ignoring drafts and settings', () => {
    expect(report.missing).toEqual([
      { entry: 'stories/only-english', has: ['en'], lacks: ['lo'] },
      { entry: 'updates/only-lao', has: ['lo'], lacks: ['en'] },
    ]);
  });

  it('lists translations marked for review', () => {
    expect(report.reviewNeeded).toEqual([path.join('stories', 'lo', 'a.mdx')]);
  });

  it('reads as plain instructions', () => {
    const text = formatTranslationReport(report);
    expect(text).toContain('stories/only-english: add lo/ version');
    expect(text).toContain("awaiting a native speaker's review (1)");
  });
});
