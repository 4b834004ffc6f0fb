/**
 * /admin/sveltia-cms.js: the CMS, copied from the npm package into the site at build, so /admin/ loads
 * nothing from a CDN and its version is the one package-lock.json pins; its icon font is served beside it.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { selfHostedCms } from '../../cms/self-host';

const require = createRequire(import.meta.url);
// The package exports only its npm entry point; the browser bundle is in dist/ beside it.
const bundle = path.join(path.dirname(require.resolve('@sveltia/cms')), '../dist/sveltia-cms.js');

export const GET: APIRoute = () =>
  new Response(selfHostedCms(readFileSync(bundle, 'utf8')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
