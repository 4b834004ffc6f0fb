import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedRender, cacheKey, type CacheKey } from '../../src/lib/build-cache';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A renderer that counts its calls and returns bytes that say which call made them. */
function counter() {
  let calls = 0;
  return {
    render: async () => new Uint8Array([++calls, 42]),
    get calls() {
      return calls;
    },
  };
}

describe('cachedRender', () => {
  const key: CacheKey = { kind: 'test-card', version: 1, inputs: { title: 'ການຄ້າມະນຸດ', size: 'story' } };

  it('renders once: the second call with the same key returns the stored bytes without rendering', async () => {
    const renderer = counter();
    const first = await cachedRender(key, renderer.render, dir);
    const second = await cachedRender({ ...key, inputs: { size: 'story', title: 'ການຄ້າມະນຸດ' } }, renderer.render, dir);
    expect(renderer.calls).toBe(1);
    expect([...second]).toEqual([...first]);
    expect(readdirSync(path.join(dir, 'test-card'))).toHaveLength(1);
  });

  it('renders again when an input, the version or the kind changes', async () => {
    const renderer = counter();
    await cachedRender(key, renderer.render, dir);
    await cachedRender({ ...key, inputs: { title: 'ການຄ້າມະນຸດ', size: 'square' } }, renderer.render, dir);
    await cachedRender({ ...key, version: 2 }, renderer.render, dir);
    await cachedRender({ ...key, kind: 'test-poster' }, renderer.render, dir);
    expect(renderer.calls).toBe(4);
  });

  it('renders again when a file it reads changes, though its path is the same', async () => {
    const artwork = path.join(dir, 'artwork.svg');
    writeFileSync(artwork, '<svg/>');
    const renderer = counter();
    const withFile = { ...key, files: [artwork, undefined] };
    await cachedRender(withFile, renderer.render, dir);
    await cachedRender(withFile, renderer.render, dir);
    expect(renderer.calls).toBe(1);
    writeFileSync(artwork, '<svg width="2"/>');
    await cachedRender(withFile, renderer.render, dir);
    expect(renderer.calls).toBe(2);
  });

  it('keys bytes by their content and refuses inputs that are not data', () => {
    expect(cacheKey({ ...key, inputs: new Uint8Array([1, 2]) })).toBe(cacheKey({ ...key, inputs: new Uint8Array([1, 2]) }));
    expect(cacheKey({ ...key, inputs: new Uint8Array([1, 2]) })).not.toBe(cacheKey({ ...key, inputs: new Uint8Array([1, 3]) }));
    expect(() => cacheKey({ ...key, inputs: { draw: () => 1 } })).toThrow('plain data');
  });

  it('names a file input it cannot read', () => {
    expect(() => cacheKey({ ...key, files: [path.join(dir, 'missing.png')] })).toThrow('missing.png');
  });
});
