/** Publishes the files of provider: file videos (video and captions) from content/videos at /media/videos/. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { videoFiles } from '@/data/videos';

export async function getStaticPaths() {
  return (await videoFiles()).map(({ route, file }) => ({
    params: { file: route.replace(/^\/media\/videos\//, '') },
    props: { file },
  }));
}

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { file: string }).file));
