#!/usr/bin/env node
/**
 * Serves a built site the way a static host does: /path/ → /path/index.html, unknown paths → 404.html with
 * status 404, and the headers listed in _headers (Cloudflare Pages / Netlify format) applied. Used by the
 * end-to-end tests so they see what readers will see. Usage: node scripts/serve.mjs [dir] [port] [base]
 *
 * `base` is the path the site was built for ('/repo/' for https://org.github.io/repo/): pages are served under
 * it, as GitHub Pages serves a project site. By default it comes from the same setting as the build's
 * (SITE_URL, else `url:` in content/settings/site.yaml), so `npm start` works with a sub-path too.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';
import { readSiteAddress } from '../src/lib/site-address.ts';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const base = normaliseBase(process.argv[4] ?? readSiteAddress(path.resolve(process.env.CONTENT_DIR ?? 'content')).base);

/** '/hub' or 'hub/' → '/hub/'; '' → '/'. */
function normaliseBase(value) {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const headersFile = path.join(root, '_headers');
const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

function resolveFile(urlPath) {
  const safe = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, safe);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // The address of a site published under a base: '/' and '/hub' lead to '/hub/'.
  if (base !== '/' && (url.pathname === '/' || `${url.pathname}/` === base)) {
    response.writeHead(302, { Location: `${base}${url.search}` }).end();
    return;
  }
  // The path inside the built folder; outside the base there is nothing (the 404 page).
  const inside = base === '/' ? url.pathname : url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined;
  // Like static hosts: a directory without its trailing slash is redirected to it.
  const bare = inside === undefined ? undefined : path.join(root, decodeURIComponent(inside));
  if (bare && !url.pathname.endsWith('/') && existsSync(bare) && statSync(bare).isDirectory()) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = inside === undefined ? undefined : resolveFile(inside);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  for (const [name, value] of Object.entries(headersFor(headerRules, inside ?? url.pathname))) response.setHeader(name, value);
  response.setHeader('Content-Type', types[path.extname(served)] ?? 'application/octet-stream');
  response.writeHead(status);
  if (request.method === 'HEAD' || !existsSync(served)) {
    response.end();
    return;
  }
  createReadStream(served).pipe(response);
});
// Port 0 lets the system choose a free port (tests): the line below says which.
server.listen(port, () => console.log(`Serving ${root} at http://localhost:${server.address().port}${base}`));
