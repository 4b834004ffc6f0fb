/** The picture shown when a page is shared: the entry's cover at 1200 px wide, as a JPEG every app reads. */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

export async function shareImage(cover: { src: ImageMetadata } | undefined): Promise<string | undefined> {
  if (!cover) return undefined;
  const image = await getImage({ src: cover.src, width: Math.min(1200, cover.src.width), format: 'jpg' });
  return image.src;
}
