/**
 * The picture a page shows when shared (Open Graph, 1200×630): its title in its own language and the site's
 * mark and name, on the brand colour. Drawn once per distinct content and kept between builds in the build
 * cache (lib/build-cache, kind 'share-card'); the file is named by its cache key, so a rebuild reuses it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { withBase } from '../i18n/urls';
import { cachedRender, cacheKey, defaultCacheDir, type CacheKey } from './build-cache';
import { renderCard } from './graphics/layouts/card';
import { LOGO_FILE } from './graphics/logo';
import { RENDERER_FILES } from './graphics/renderer-files';
import type { PosterSpec } from './graphics/spec';
import { colour } from './graphics/tokens';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The build cache's folder for share cards. */
export const SHARE_CARD_KIND = 'share-card';

/** Where pages find their cards: /og/<hash>.png. */
export const shareImagePath = (hash: string): string => withBase(`/og/${hash}.png`);
export const SHARE_IMAGE_PATH = /\/og\/([0-9a-f]{20})\.png/g;

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

/**
 * Everything a card's pixels depend on: its text, the renderer's files, the mark, and libvips (which draws the
 * text). The mark is named by its path in the project: the key names the card's public file, which must not
 * change with the folder the site is built in.
 */
export const shareCardKey = (input: ShareCardInput): CacheKey => ({
  kind: SHARE_CARD_KIND,
  version: 1,
  inputs: { spec: { ...shareCardSpec(input), logo: path.relative(process.cwd(), LOGO_FILE).split(path.sep).join('/') }, vips: sharp.versions.vips },
  files: [...RENDERER_FILES, 'src/lib/share-image.ts', LOGO_FILE],
});

/** The card's name: the first 20 hex digits of its cache key (80 bits, no two titles share one). */
export const shareImageHash = (input: ShareCardInput): string => cacheKey(shareCardKey(input)).slice(0, 20);

/** Draws the card as a small PNG (flat colours: a 256-colour palette is plenty). */
export async function drawShareImage(input: ShareCardInput): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE_SIZE;
  const card = await renderCard(shareCardSpec(input), width, height);
  return sharp(card.png).png({ palette: true, compressionLevel: 9, effort: 4 }).toBuffer();
}

export interface ShareImageCache {
  /** The build cache's folder (tests use their own). */
  dir?: string;
  draw?: (input: ShareCardInput) => Promise<Buffer>;
}

/** The card, drawn into the build cache only if no earlier build made it. Returns its hash (its name). */
export async function cachedShareImage(input: ShareCardInput, { dir = defaultCacheDir(), draw = drawShareImage }: ShareImageCache = {}): Promise<string> {
  await cachedRender(shareCardKey(input), () => draw(input), dir);
  return shareImageHash(input);
}

/** The cached files of share cards, by hash (their name in /og/). */
export function shareCardFiles(dir = defaultCacheDir()): Map<string, string> {
  const folder = path.join(dir, SHARE_CARD_KIND);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return new Map();
  }
  return new Map(names.filter((name) => name.endsWith('.bin')).map((name) => [name.slice(0, 20), path.join(folder, name)]));
}
