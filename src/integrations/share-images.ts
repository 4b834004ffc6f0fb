/**
 * Copies the share cards the built pages name (/og/<hash>.png, drawn into the cache by
 * src/data/share-images.ts) into dist/og/. Only named files are copied, so old cards in the cache never ship.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARE_IMAGE_CACHE, SHARE_IMAGE_PATH } from '../lib/share-image';

export default function shareImagesIntegration(): AstroIntegration {
  return {
    name: 'share-images',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          for (const [, hash] of readFileSync(path.join(root, file), 'utf8').matchAll(SHARE_IMAGE_PATH)) hashes.add(hash!);
        }
        mkdirSync(path.join(root, 'og'), { recursive: true });
        for (const hash of hashes) {
          const source = path.join(SHARE_IMAGE_CACHE, `${hash}.png`);
          if (!existsSync(source)) throw new Error(`${source}: a page names this share card, but it was not drawn. Delete ${SHARE_IMAGE_CACHE} and build again.`);
          copyFileSync(source, path.join(root, 'og', `${hash}.png`));
        }
        logger.info(`${hashes.size} share cards copied into og/`);
      },
    },
  };
}
