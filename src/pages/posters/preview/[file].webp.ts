/** Responsive previews of each poster version: /posters/preview/<slug>-<version>-<width>.webp. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allVersions, versionFiles } from '@/data/posters';
import { fileParam, previewFile, previewWidths, type PosterVersion } from '@/lib/posters';

export const getStaticPaths = (async () =>
  (await allVersions()).flatMap(({ slug, version }) =>
    previewWidths.map((width) => ({ params: { file: fileParam(previewFile(slug, version, width)) }, props: { slug, version, width } })),
  )) satisfies GetStaticPaths;

interface Props { slug: string; version: PosterVersion; width: number }

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const files = await versionFiles(props.slug, props.version, site ?? new URL(url.origin));
  return new Response(new Uint8Array(await files.preview(props.width)), { headers: { 'Content-Type': 'image/webp' } });
};
