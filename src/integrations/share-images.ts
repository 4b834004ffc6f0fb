/**
 * Copies the share cards the built pages name (/og/<hash>.png, drawn into the build cache by
 * src/data/share-images.ts) into dist/og/. Only named files are copied, so old cards in the cache never ship.
 * A step of the one pass over the built pages (built-pages.ts).
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultCacheDir } from '../lib/build-cache';
import { SHARE_CARD_KIND, SHARE_IMAGE_PATH, shareCardFiles } from '../lib/share-image';
import { detached } from '../lib/detached-string';
import type { PagePass } from './built-pages';

export function shareImagesPass(): PagePass {
  const hashes = new Set<string>();
  return {
    name: 'share cards',
    page: ({ html }) => {
      // A copy, not a view into the page (src/lib/detached-string.ts): most pages name a card of their own.
      for (const [, hash] of html.matchAll(SHARE_IMAGE_PATH)) if (!hashes.has(hash!)) hashes.add(detached(hash!));
    },
    finish: ({ root, buildStarted, logger }) => {
      mkdirSync(path.join(root, 'og'), { recursive: true });
      let drawn = 0;
      const cached = shareCardFiles();
      for (const hash of hashes) {
        const source = cached.get(hash);
        if (!source) {
          const folder = path.join(defaultCacheDir(), SHARE_CARD_KIND);
          throw new Error(`${folder}: a page names the share card ${hash}, but it was not drawn. Delete ${folder} and build again.`);
        }
        if (statSync(source).mtimeMs >= buildStarted) drawn++;
        copyFileSync(source, path.join(root, 'og', `${hash}.png`));
      }
      // Drawn = written to the cache during this build; the others were reused from an earlier build.
      logger.info(`${hashes.size} share cards copied into og/ (${drawn} drawn in this build, ${hashes.size - drawn} reused)`);
    },
  };
}
