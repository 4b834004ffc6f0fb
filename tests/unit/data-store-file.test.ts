/**
 * In `astro build` the pages read the content data store from Astro's file (src/integrations/data-store-file.ts):
 * the module that replaces Astro's bundled copy gives the same value, and it is used only where it can work.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataStoreFile, dataStoreModule } from '../../src/integrations/data-store-file';

const RESOLVED_ID = '\0astro:data-layer-content';

interface LoadHook {
  order: string;
  filter: { id: RegExp };
  handler(this: { environment: { config: { consumer: string } } }, id: string): { code: string } | null;
}

/** Runs the integration's setup as `astro build|dev` would, and returns the Vite plugins it adds and what it logs. */
function setUp(options: { command?: string; output?: string; cacheDir: string; experimental?: Record<string, unknown> }) {
  const plugins: { name: string; apply: string; load: LoadHook }[] = [];
  const logged: string[] = [];
  const hook = dataStoreFile().hooks['astro:config:setup'] as unknown as (params: unknown) => void;
  hook({
    command: options.command ?? 'build',
    config: {
      output: options.output ?? 'static',
      cacheDir: pathToFileURL(`${options.cacheDir}/`),
      experimental: { collectionStorage: 'single-file', incrementalBuild: false, ...options.experimental },
    },
    updateConfig: (config: { vite: { plugins: typeof plugins } }) => plugins.push(...config.vite.plugins),
    logger: { info: (message: string) => logged.push(message) },
  });
  return { plugins, logged };
}

const load = (hook: LoadHook, id: string, consumer = 'server') => hook.handler.call({ environment: { config: { consumer } } }, id);

describe('the content data store, read from its file in a build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'data-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the pages the same value as the file, Lao text included', async () => {
    const store = [['Map', 1, 2], 'stories', { id: 'lo/ການຄ້າມະນຸດ', body: 'ບົດ "ທີ" 1\n\\' }];
    const file = path.join(dir, 'data-store.json');
    writeFileSync(file, JSON.stringify(store));
    const module = path.join(dir, 'module.mjs');
    writeFileSync(module, dataStoreModule(file));
    const loaded = (await import(/* @vite-ignore */ pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  });

  it('replaces Astro’s module for server code, before Astro’s own plugin', () => {
    writeFileSync(path.join(dir, 'data-store.json'), '[]');
    const { plugins } = setUp({ cacheDir: dir });
    expect(plugins).toHaveLength(1);
    const [plugin] = plugins;
    expect(plugin!.apply).toBe('build');
    expect(plugin!.load.order).toBe('pre');
    expect(plugin!.load.filter.id.test(RESOLVED_ID)).toBe(true);
    expect(load(plugin!.load, RESOLVED_ID)?.code).toContain(JSON.stringify(path.join(dir, 'data-store.json')));
  });

  it('leaves the module to Astro for browser code, other modules, and when there is no file yet', () => {
    const { plugins } = setUp({ cacheDir: dir });
    const hook = plugins[0]!.load;
    expect(load(hook, RESOLVED_ID)).toBeNull(); // No data-store.json yet.
    writeFileSync(path.join(dir, 'data-store.json'), '[]');
    expect(load(hook, RESOLVED_ID, 'client')).toBeNull();
    expect(hook.filter.id.test('\0astro:content')).toBe(false);
    expect(hook.filter.id.test('astro:data-layer-content')).toBe(false);
  });

  it('changes nothing in dev, for server output, or for other storage forms, and says why in a build', () => {
    expect(setUp({ cacheDir: dir, command: 'dev' })).toEqual({ plugins: [], logged: [] });
    for (const options of [{ output: 'server' }, { experimental: { collectionStorage: 'chunked' } }, { experimental: { incrementalBuild: true } }]) {
      const { plugins, logged } = setUp({ cacheDir: dir, ...options });
      expect(plugins).toEqual([]);
      expect(logged.join('\n')).toMatch(/bundled/);
    }
  });
});
