/**
 * `getImage` once per picture and set of options, shared by every page that shows it. A story's cover is on
 * its own page, in lists and in other stories' related entries; Astro's `<Picture>` works out each time the
 * same files, hashing every transform again: 12% of the render at 1,000 stories per language (profiled).
 *
 * In `astro dev` every call goes to Astro, so an edited picture shows at once. (Astro's incremental builds,
 * not used here, record each page's pictures as it renders: with those, call `getImage` every time too.)
 */
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from 'astro';
import { getImage } from 'astro:assets';

const results = new Map<string, Promise<GetImageResult>>();

/** A picture's options, the picture named by its file: equal options, equal key. */
function keyOf(options: UnresolvedImageTransform & { src: ImageMetadata }): string {
  return JSON.stringify(Object.entries({ ...options, src: options.src.src }).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function sharedImage(options: UnresolvedImageTransform & { src: ImageMetadata }): Promise<GetImageResult> {
  if (import.meta.env.DEV) return getImage(options);
  const key = keyOf(options);
  let result = results.get(key);
  if (!result) {
    result = getImage(options);
    results.set(key, result);
    // A failure is the build's, once: not kept for the next page to fail on again.
    result.catch(() => results.delete(key));
  }
  return result;
}
