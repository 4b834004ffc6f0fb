/**
 * The picture a page shows when shared (Open Graph, 1200×630): its title in its own language and the site's
 * mark and name, on the brand colour. Drawn once per distinct content: the file is named by a hash of everything that
 * changes its pixels, and kept in a cache directory between builds, so a rebuild reuses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { withBase } from '../i18n/urls';
import { renderCard } from './graphics/layouts/card';
import { LOGO_FILE } from './graphics/logo';
import type { PosterSpec } from './graphics/spec';
import { colour, TOKENS_FILE } from './graphics/tokens';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * Kept between builds, inside Astro's cache (node_modules/.astro, or ASTRO_CACHE_DIR as fixture builds set it,
 * so a test's cold build is really cold). A fresh clone draws every card again.
 */
export const SHARE_IMAGE_CACHE = path.resolve(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro', 'share-images');

/** Where pages find their cards: /og/<hash>.png. */
export const shareImagePath = (hash: string): string => withBase(`/og/${hash}.png`);
export const SHARE_IMAGE_PATH = /\/og\/([0-9a-f]{20})\.png/g;

/** Bump when the share card's layout changes, so cached files are drawn again. */
const LAYOUT_VERSION = 2;

export interface ShareCardInput {
  lang: string;
  title: string;
  siteName: string;
}

export const shareCardSpec = ({ lang, title, siteName }: ShareCardInput): PosterSpec => ({
  lang,
  title,
  kicker: siteName,
  logo: LOGO_FILE,
  background: colour('brand'),
  foreground: colour('white'),
});

/** A hash of the inputs and of what draws them (layout version, colour tokens, libvips): the cache key. */
export function shareImageHash(input: ShareCardInput): string {
  return createHash('sha256')
    .update(JSON.stringify([LAYOUT_VERSION, input.lang, input.title, input.siteName, sharp.versions.vips]))
    .update(readFileSync(TOKENS_FILE))
    .update(readFileSync(LOGO_FILE))
    .digest('hex')
    .slice(0, 20);
}

/** Draws the card as a small PNG (flat colours: a 256-colour palette is plenty). */
export async function drawShareImage(input: ShareCardInput): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE_SIZE;
  const card = await renderCard(shareCardSpec(input), width, height);
  return sharp(card.png).png({ palette: true, compressionLevel: 9, effort: 4 }).toBuffer();
}

export interface ShareImageCache {
  dir: string;
  draw?: (input: ShareCardInput) => Promise<Buffer>;
}

/** The card's file in the cache, drawn only if no earlier build made it. Returns its hash. */
export async function cachedShareImage(input: ShareCardInput, { dir, draw = drawShareImage }: ShareImageCache): Promise<string> {
  const hash = shareImageHash(input);
  const file = path.join(dir, `${hash}.png`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Written aside, then renamed: a build stopped half-way never leaves a broken file under the final name.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, await draw(input));
    renameSync(partial, file);
  }
  return hash;
}
