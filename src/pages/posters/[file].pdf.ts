/** Print-ready PDFs: /posters/<slug>-<version>-<a4|a3>.pdf, generated at build (or the designer's file). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allVersions, versionFiles } from '../../data/posters';
import { fileParam, posterFile, posterSizes, type PosterSize, type PosterVersion } from '../../lib/posters';

export const getStaticPaths = (async () =>
  (await allVersions()).flatMap(({ slug, version }) =>
    posterSizes.map((size) => ({ params: { file: fileParam(posterFile(slug, version, size)) }, props: { slug, version, size } })),
  )) satisfies GetStaticPaths;

interface Props { slug: string; version: PosterVersion; size: PosterSize }

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const files = await versionFiles(props.slug, props.version, site ?? new URL(url.origin));
  return new Response(new Uint8Array(await files.pdf(props.size)), { headers: { 'Content-Type': 'application/pdf' } });
};
