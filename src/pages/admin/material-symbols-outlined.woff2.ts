/** /admin/material-symbols-outlined.woff2: the CMS's icon font, from the npm package (src/cms/self-host.ts). */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const GET: APIRoute = () =>
  new Response(readFileSync(require.resolve('@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2')), {
    headers: { 'Content-Type': 'font/woff2' },
  });
