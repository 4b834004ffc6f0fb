/** The home-screen icons the web app manifest names: /icons/192.png and /icons/512.png, from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { cachedRender } from '../../lib/build-cache';
import { ICON_SIZES } from '../../lib/offline';

export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: String(size) }, props: { size } }))) satisfies GetStaticPaths;

const logo = 'public/favicon.svg';

export const GET: APIRoute<{ size: number }> = async ({ props: { size } }) => {
  const png = await cachedRender({ kind: 'app-icon', version: 1, inputs: { size }, files: [logo, 'src/pages/icons/[size].png.ts'] }, () =>
    // Drawn at the icon's size (density scales the SVG), on the page colour: launchers show no transparency well.
    sharp(logo, { density: Math.ceil((72 * size) / 32) })
      .resize(size, size)
      .flatten({ background: '#fffdf8' })
      .png({ compressionLevel: 9, palette: true })
      .toBuffer(),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
