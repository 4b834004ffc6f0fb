/** /admin/locales/<language>.json: the CMS's interface in each language it has, from the npm package (src/cms/self-host.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const folder = path.join(path.dirname(require.resolve('@sveltia/cms')), '../locales');

export const getStaticPaths = (() =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ params: { locale: file.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(path.join(folder, `${params.locale}.json`)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
