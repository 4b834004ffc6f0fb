/*
 * The service worker (served as /sw.js by src/pages/sw.js.ts, which puts the CONFIG line above this).
 * - Pages: from the network first, and a copy kept, so a page read once opens again without a connection;
 *   with no connection and no copy, the offline page in the page's language.
 * - /_astro/ files (stylesheets, scripts, pictures): their names change with their content, so a kept copy
 *   is always right; kept as they are fetched.
 * - Kept from the first visit: the offline pages, and unless the phone asks to save data, the help and
 *   safety pages with their stylesheet, scripts and logo.
 * - Nothing else (search index, posters, videos, other hosts) is touched.
 * - The pages open when the worker starts are kept too, so the very first page read is readable offline.
 * - The quick exit posts 'forget': every kept copy is deleted and the worker removed, since kept pages are a
 *   record of what was read.
 */
/* global CONFIG */
const PAGES = `pages-${CONFIG.version}`;
const FILES = 'files';

const saveData = () => self.navigator.connection?.saveData === true;

/** Fetches a page and the stylesheets, scripts and site mark (the header's logo, an SVG) it names, and keeps them. */
async function keep(path, cache = 'no-cache') {
  const response = await fetch(path, { cache });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const html = await response.clone().text();
  await (await caches.open(PAGES)).put(path, response);
  const files = await caches.open(FILES);
  const assets = new Set([...html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+\.(?:css|js|svg))"/g)].map((match) => match[1]));
  await Promise.all([...assets].map(async (asset) => (await files.match(asset)) ?? files.add(asset)));
}

self.addEventListener('install', (event) => {
  const paths = saveData() ? CONFIG.essential : [...CONFIG.essential, ...CONFIG.extra];
  // One page after the other: two pages adding the same stylesheet at once make Cache.add fail.
  event.waitUntil(paths.reduce((done, path) => done.then(() => keep(path)), Promise.resolve()).then(() => self.skipWaiting()));
});

/** The pages open now were loaded before the worker ran: keep them too (usually from the browser's cache). */
async function keepOpenPages() {
  const open = await self.clients.matchAll({ type: 'window' });
  const paths = open.map((client) => new URL(client.url)).filter((url) => url.origin === self.location.origin).map((url) => url.pathname);
  for (const path of paths) await keep(path, 'default').catch(() => undefined);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== PAGES && name !== FILES).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
      .then(keepOpenPages),
  );
});

async function page(request) {
  const url = new URL(request.url);
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(url.pathname, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(url.pathname);
    if (kept) return kept;
    const locale = url.pathname.slice(CONFIG.base.length).split('/')[0];
    const offline = await cache.match(CONFIG.offline[locale] ?? CONFIG.offline[CONFIG.defaultLocale]);
    if (offline) return offline;
    throw error;
  }
}

async function file(request) {
  const files = await caches.open(FILES);
  const kept = await files.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await files.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith(`${CONFIG.base}_astro/`)) event.respondWith(file(request));
});

// The quick exit: no kept page and no worker are left behind; the next visit starts afresh.
self.addEventListener('message', (event) => {
  if (event.data === 'forget') {
    event.waitUntil(
      caches
        .keys()
        .then((names) => Promise.all(names.map((name) => caches.delete(name))))
        .then(() => self.registration.unregister()),
    );
  }
});
