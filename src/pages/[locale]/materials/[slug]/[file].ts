/** Serves each material's downloads at /<locale>/materials/<slug>/<file>, written into the build. */
import type { APIRoute } from 'astro';
import { localizedPaths, type Localized } from '@/data/entries';
import { materialDownloads } from '@/data/downloads';

export async function getStaticPaths() {
  const pages = await localizedPaths('materials');
  const files = await Promise.all(
    pages.map(async ({ params, props }) =>
      (await materialDownloads(props.item)).map((download) => ({
        params: { ...params, file: download.fileName },
        props: { item: props.item },
      })),
    ),
  );
  return files.flat();
}

export const GET: APIRoute<{ item: Localized<'materials'> }> = async ({ props, params }) => {
  const download = (await materialDownloads(props.item)).find((candidate) => candidate.fileName === params.file);
  if (!download) return new Response(null, { status: 404 });
  return new Response(download.body, { headers: { 'Content-Type': download.contentType } });
};
