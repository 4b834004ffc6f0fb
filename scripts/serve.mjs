#!/usr/bin/env node
/**
 * Serves a built site the way a static host does: /path/ → /path/index.html, unknown paths → 404.html with
 * status 404, and the headers listed in _headers (Cloudflare Pages / Netlify format) applied. Used by the
 * end-to-end tests so they see what readers will see. Usage: node scripts/serve.mjs [dir] [port]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);

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

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // Like static hosts: a directory without its trailing slash is redirected to it.
  const bare = path.join(root, decodeURIComponent(url.pathname));
  if (!url.pathname.endsWith('/') && existsSync(bare) && statSync(bare).isDirectory()) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  for (const [name, value] of Object.entries(headersFor(headerRules, url.pathname))) response.setHeader(name, value);
  response.setHeader('Content-Type', types[path.extname(served)] ?? 'application/octet-stream');
  response.writeHead(status);
  if (request.method === 'HEAD' || !existsSync(served)) {
    response.end();
    return;
  }
  createReadStream(served).pipe(response);
}).listen(port, () => console.log(`Serving ${root} at http://localhost:${port}/`));
