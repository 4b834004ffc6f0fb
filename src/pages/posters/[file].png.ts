/** Poster images: /posters/<slug>-<version>.png for screens and messaging apps, …-print.png for the print view. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allVersions, versionFiles } from '../../data/posters';
import { fileParam, posterFile, type PosterVersion } from '../../lib/posters';

export const getStaticPaths = (async () =>
  (await allVersions()).flatMap(({ slug, version }) => [
    { params: { file: fileParam(posterFile(slug, version, 'png')) }, props: { slug, version, print: false } },
    { params: { file: fileParam(posterFile(slug, version, 'print')) }, props: { slug, version, print: true } },
  ])) satisfies GetStaticPaths;

interface Props { slug: string; version: PosterVersion; print: boolean }

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const files = await versionFiles(props.slug, props.version, site ?? new URL(url.origin));
  const body = props.print ? await files.printPng() : await files.png();
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'image/png' } });
};
