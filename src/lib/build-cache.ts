/**
 * A cache for files the build draws (poster PNGs and PDFs, previews, campaign and share cards), kept between builds:
 * drawing them takes most of a build's time and they rarely change. The key is a SHA-256 of everything the
 * output depends on — the inputs, the contents of the files it reads (artwork, fonts, and the renderer's own
 * source, so that editing the renderer redraws) and a version the caller bumps for anything else — so a
 * stale file can only come back if the caller forgets an input. Delete the folder to start afresh.
 *
 * Where: BUILD_CACHE_DIR if set; else inside ASTRO_CACHE_DIR (fixture and bench builds keep their own);
 * else node_modules/.cache/laos-tip-gbv-hub/, which CI caches keep and `npm ci` clears.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CacheKey {
  /** What is drawn, e.g. 'poster-png': also the cache's subfolder. Letters, digits and dashes. */
  kind: string;
  /** Bump when the output changes for a reason not in `inputs` or `files`. */
  version: number;
  /** Everything else the output depends on: plain data (objects, arrays, strings, numbers, bytes, URLs). */
  inputs: unknown;
  /** Files whose contents the output depends on (paths relative to the project root, or absolute). */
  files?: readonly (string | undefined)[];
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BUILD_CACHE_DIR) return path.resolve(env.BUILD_CACHE_DIR);
  if (env.ASTRO_CACHE_DIR) return path.resolve(env.ASTRO_CACHE_DIR, 'build-cache');
  return path.resolve('node_modules/.cache/laos-tip-gbv-hub');
}

const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** JSON with object keys sorted and bytes replaced by their hash, so equal inputs give equal text. */
function stable(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: digest(value) };
  if (value instanceof URL) return value.href;
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((name) => (value as Record<string, unknown>)[name] !== undefined)
        .map((name) => [name, stable((value as Record<string, unknown>)[name])]),
    );
  }
  if (typeof value === 'function' || typeof value === 'symbol') throw new Error(`Build cache: inputs must be plain data, not a ${typeof value}.`);
  return value;
}

/** File hashes, remembered by path, size and time of change: a build reads the same fonts hundreds of times. */
const fileHashes = new Map<string, string>();
function fileHash(file: string): string {
  const full = path.resolve(file);
  let stamp: string;
  try {
    const stats = statSync(full);
    stamp = `${full}\n${stats.size}\n${stats.mtimeMs}`;
  } catch {
    throw new Error(`Build cache: ${file} (an input of a drawn file) cannot be read: fix the path in the caller of cachedRender.`);
  }
  let hash = fileHashes.get(stamp);
  if (!hash) {
    hash = digest(readFileSync(full));
    fileHashes.set(stamp, hash);
  }
  return hash;
}

/** The key's SHA-256, hex. */
export function cacheKey(key: CacheKey): string {
  if (!/^[a-z0-9-]+$/.test(key.kind)) throw new Error(`Build cache: kind "${key.kind}" must be lower-case letters, digits and dashes.`);
  const files = (key.files ?? []).filter((file): file is string => file !== undefined).map(fileHash);
  return digest(JSON.stringify({ kind: key.kind, version: key.version, inputs: stable(key.inputs), files }));
}

/** The cached bytes for `key`, or `render()`'s, stored for next time. */
export async function cachedRender(key: CacheKey, render: () => Promise<Uint8Array>, dir = defaultCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  const file = path.join(dir, key.kind, `${cacheKey(key)}.bin`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // Not drawn yet (or unreadable): draw it.
  }
  const bytes = new Uint8Array(await render());
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside then renamed: a build stopped halfway never leaves half a file under a valid key.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}
