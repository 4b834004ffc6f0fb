/**
 * Share images for pages: an entry's cover cut to 1200×630, or else a card with the page's title (see
 * src/lib/share-image.ts). Cards are drawn into the build cache during the build; the share-images
 * integration copies the ones the pages name into dist/og/.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Locale } from '../i18n/locales';
import { cachedShareImage, SHARE_IMAGE_SIZE, shareImagePath } from '../lib/share-image';

export interface ShareImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** Cards are only drawn in a production build: the dev server does not copy them, and it stays fast. */
const drawCards = import.meta.env.PROD;

const pending = new Map<string, Promise<string>>();

export async function pageShareImage(title: string, locale: Locale, siteName: string): Promise<ShareImage | undefined> {
  if (!drawCards) return undefined;
  const key = JSON.stringify([title, locale, siteName]);
  let hash = pending.get(key);
  if (!hash) pending.set(key, (hash = cachedShareImage({ lang: locale, title, siteName })));
  return { src: shareImagePath(await hash), ...SHARE_IMAGE_SIZE, alt: title === siteName ? siteName : `${title} – ${siteName}` };
}

/** An entry's cover, cut to the share size around its middle, as a JPEG every app reads. */
export async function coverShareImage(cover: { src: ImageMetadata; alt: string } | undefined): Promise<ShareImage | undefined> {
  if (!cover) return undefined;
  const { width, height } = SHARE_IMAGE_SIZE;
  const image = await getImage({ src: cover.src, width, height, fit: 'cover', position: 'center', format: 'jpg', quality: 80 });
  return { src: image.src, width, height, alt: cover.alt };
}
