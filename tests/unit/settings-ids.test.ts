import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettingsIds } from '../../src/lib/settings-ids';

function settingsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'settings-'));
  mkdirSync(path.join(dir, 'settings'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'settings', name), text);
  return dir;
}

describe('readSettingsIds', () => {
  it('returns the ids in the order of the file', () => {
    const dir = settingsDir({ 'topics.yaml': '- id: b\n- id: a\n- id: c\n' });
    expect(readSettingsIds(dir, 'topics.yaml')).toEqual(['b', 'a', 'c']);
  });
  it('names the file and the fix when it has no ids', () => {
    const dir = settingsDir({ 'topics.yaml': '[]\n' });
    expect(() => readSettingsIds(dir, 'topics.yaml')).toThrow(/topics\.yaml: no entries with an "id" found/);
  });
});
