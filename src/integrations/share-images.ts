/**
 * Copies the share cards the built pages name (/og/<hash>.png, drawn into the build cache by
 * src/data/share-images.ts) into dist/og/. Only named files are copied, so old cards in the cache never ship.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '../lib/build-cache';
import { SHARE_CARD_KIND, SHARE_IMAGE_PATH, shareCardFiles } from '../lib/share-image';

export default function shareImagesIntegration(): AstroIntegration {
  let started = 0;
  return {
    name: 'share-images',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          for (const [, hash] of readFileSync(path.join(root, file), 'utf8').matchAll(SHARE_IMAGE_PATH)) hashes.add(hash!);
        }
        mkdirSync(path.join(root, 'og'), { recursive: true });
        let drawn = 0;
        const cached = shareCardFiles();
        for (const hash of hashes) {
          const source = cached.get(hash);
          if (!source) {
            const folder = path.join(defaultCacheDir(), SHARE_CARD_KIND);
            throw new Error(`${folder}: a page names the share card ${hash}, but it was not drawn. Delete ${folder} and build again.`);
          }
          if (statSync(source).mtimeMs >= started) drawn++;
          copyFileSync(source, path.join(root, 'og', `${hash}.png`));
        }
        // Drawn = written to the cache during this build; the others were reused from an earlier build.
        logger.info(`${hashes.size} share cards copied into og/ (${drawn} drawn in this build, ${hashes.size - drawn} reused)`);
      },
    },
  };
}
