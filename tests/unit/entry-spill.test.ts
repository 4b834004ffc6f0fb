/** The search indexer keeps segmented pages on disk until their turn (src/lib/search/entry-spill.ts). */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EntrySpill } from '../../src/lib/search/entry-spill';

describe('EntrySpill', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'entry-spill-'));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('gives back each text as it was put, in any order, Lao and empty texts included', () => {
    const spill = new EntrySpill(folder);
    const texts = ['ການ\u200Aຄ້າ\u200Aມະ\u200Aນຸດ', '', 'A story about work abroad. '.repeat(2000), '🙂 ແມ່ນ'];
    const spilled = texts.map((text) => spill.put(text));
    for (const index of [3, 0, 2, 1, 2]) expect(spill.take(spilled[index]!)).toBe(texts[index]);
    spill.close();
    spill.close();
    expect(readdirSync(folder)).toEqual(['texts']);
  });
});
