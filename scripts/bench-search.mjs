#!/usr/bin/env node
/**
 * Search figures for a built site: index size per language, bytes a reader downloads for a first search and
 * for the next one, and how long a search takes in Chromium at a phone viewport (also with the CPU slowed
 * 4×, roughly a cheap Android phone). Then the yardstick: a plain Pagefind index of the same built pages
 * (Pagefind's defaults: no Lao segmentation, no filters of ours), built into a temporary folder of the site,
 * and the bytes the same first search costs there — Pagefind's own API fetching as many results' fragments
 * as the site's search page shows first (FIRST_PAGE_SIZE) — with the ratio. Prints figures; passes or fails nothing.
 *
 *   node scripts/bench-search.mjs [dist] [lo:ການຄ້າມະນຸດ en:trafficking …]
 *
 * BENCH_PORT (else E2E_PORT, else 4390) is the local port the site is served on while measuring.
 * For a large site: node scripts/generate-corpus.mjs --out /tmp/corpus --count 1000, then build with
 * CONTENT_DIR=/tmp/corpus/content OUT_DIR=/tmp/corpus-dist node scripts/build.mjs and measure /tmp/corpus-dist.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../tests/support/browser.ts';
import { FIRST_PAGE_SIZE } from '../src/lib/search/paging.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dist = path.resolve(args.find((arg) => !arg.includes(':')) ?? 'dist');
const given = args.filter((arg) => /^(lo|en):/.test(arg)).map((arg) => [arg.slice(0, 2), arg.slice(3)]);
const queries = given.length > 0 ? given : [['lo', 'ການຄ້າມະນຸດ'], ['lo', 'ແຮງງານ'], ['lo', 'ເຄືອຂ່າຍ'], ['en', 'trafficking'], ['en', 'vocational training']];
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4390);
const bundle = path.join(dist, 'pagefind');
if (!existsSync(path.join(bundle, 'pagefind-entry.json'))) {
  console.error(`No search index in ${bundle}: build the site first.`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * Bytes as a static host sends them: scripts and JSON gzip-compressed (as the page-weight budgets count
 * them); Pagefind's index, fragment, filter and wasm files are compressed already and go as they are.
 */
const wireSize = (url, body) => (/\.(m?js|json)$/.test(new URL(url).pathname) ? gzipSync(body).length : body.length);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

// Index size per language.
const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
const all = files(bundle).map((file) => ({ name: path.relative(bundle, file), size: statSync(file).size }));
const shared = all.filter((file) => /^pagefind(-worker)?\.js$|^pagefind-entry\.json$/.test(file.name));
console.log(`\nSearch index in ${path.relative(process.cwd(), dist) || dist}`);
for (const [language, info] of Object.entries(entry.languages)) {
  const own = all.filter((file) => new RegExp(`(^|/)(pagefind\\.)?${language}_`).test(file.name));
  const wasm = all.find((file) => file.name === `wasm.${info.wasm ?? 'unknown'}.pagefind`);
  const sum = (list) => list.reduce((total, file) => total + file.size, 0);
  const count = (kind) => own.filter((file) => file.name.startsWith(`${kind}/`)).length;
  console.log(
    `  ${language}: ${info.page_count} pages, index ${kB(sum(own))} (${count('index')} index chunks, ${count('fragment')} fragments, ${count('filter')} filter files) + wasm ${kB(wasm?.size ?? 0)}`,
  );
}
for (const file of shared) {
  const gzip = file.name.endsWith('.js') ? ` (${kB(gzipSync(readFileSync(path.join(bundle, file.name))).length)} gzipped)` : '';
  console.log(`  shared: ${file.name} ${kB(file.size)}${gzip}`);
}

// A first and a second search, in a fresh browser each time.
const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), dist, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const executablePath = systemChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });

async function measure(locale, query, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'lo-LA' });
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const fetched = [];
  // Bodies are read as they arrive; a search's figures wait for every read (bodies still being read when a
  // search was summed went uncounted, so figures came out low and varied from run to run).
  const reading = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
    reading.push(
      response.body().then(
        (body) => fetched.push({ path: new URL(response.url()).pathname, size: wireSize(response.url(), body) }),
        () => undefined, // A response the page dropped: nothing was used.
      ),
    );
  });
  await page.goto(`http://localhost:${port}/${locale}/search/`);
  await page.locator('site-search[data-state="ready"]').waitFor();
  const search = async (text) => {
    const before = fetched.length;
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole('searchbox').fill(text);
    await page.waitForFunction(() => performance.getEntriesByName('site-search').length > 0 || document.querySelector('site-search')?.dataset.state === 'error');
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    const ms = await page.evaluate(() => performance.getEntriesByName('site-search').at(-1)?.duration ?? NaN);
    const first = await page.locator('.search-result a').first().getAttribute('href').catch(() => null);
    const total = Number(await page.locator('site-search').getAttribute('data-count'));
    const mine = fetched.slice(before);
    const bytes = mine.reduce((sum, file) => sum + file.size, 0);
    const kinds = { code: /\.js$|\.pagefind$/, metadata: /\.json$|\.pf_meta$/, index: /\/index\//, fragments: /\/fragment\//, filters: /\/filter\// };
    const parts = Object.entries(kinds)
      .map(([kind, pattern]) => [kind, mine.filter((file) => pattern.test(file.path)).reduce((sum, file) => sum + file.size, 0)])
      .filter(([, size]) => size > 0)
      .map(([kind, size]) => `${kind} ${kB(size)}`)
      .join(', ');
    return { ms, bytes, parts, requests: mine.length, first, total };
  };
  const cold = await search(query);
  // The same reader's next search: code and metadata are cached, only new chunks and fragments load.
  const warm = await search(`${query} ${locale === 'lo' ? 'ລາວ' : 'Laos'}`);
  await context.close();
  return { cold, warm };
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The run with the median first-search time: the machine may be busy with other work. */
async function median(locale, query, cpuSlowdown) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measure(locale, query, cpuSlowdown));
  runs.sort((a, b) => a.cold.ms - b.cold.ms);
  const middle = runs[Math.floor(runs.length / 2)];
  const warm = [...runs].sort((a, b) => a.warm.ms - b.warm.ms)[Math.floor(runs.length / 2)].warm;
  return { cold: middle.cold, warm };
}

console.log(`\nSearches (Chromium, 360 px, median of ${RUNS}; local server, so times are CPU and parsing, not network; bytes as sent, scripts gzip)`);
for (const [locale, query] of queries) {
  const fast = await median(locale, query, 1);
  const slow = await median(locale, query, 4);
  console.log(
    `  ${locale} “${query}”: ${fast.cold.total} results, first ${fast.cold.first ?? '(none)'}; first search ${kB(fast.cold.bytes)} in ${fast.cold.requests} requests (${fast.cold.parts}), ` +
      `${Math.round(fast.cold.ms)} ms (${Math.round(slow.cold.ms)} ms at 4× slower CPU); ` +
      `next search +${kB(fast.warm.bytes)}, ${Math.round(fast.warm.ms)} ms (${Math.round(slow.warm.ms)} ms)`,
  );
}
// The yardstick: Pagefind's default index of the same pages, in a folder of the site the server already serves.
const PLAIN = '__plain-pagefind';
rmSync(path.join(dist, PLAIN), { recursive: true, force: true });
const plainBuild = spawnSync(path.join(root, 'node_modules/.bin/pagefind'), ['--site', dist, '--output-subdir', PLAIN], { encoding: 'utf8' });
if (plainBuild.status !== 0) console.log(`\nPlain Pagefind index could not be built:\n${plainBuild.stderr}`);
else {
  /**
   * Bytes of a first search on the plain index, from the search page of the query's language (Pagefind picks the
   * index by <html lang>; only pages with search allow WebAssembly in their CSP).
   */
  const plainSearch = async (locale, query) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const reading = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith(`/${PLAIN}/`)) return;
      reading.push(response.body().then((body) => wireSize(response.url(), body), () => 0));
    });
    await page.goto(`http://localhost:${port}/${locale}/search/`);
    const count = await page.evaluate(
      async ({ bundle, query, first }) => {
        const pagefind = await import(bundle);
        await pagefind.options({ noWorker: true, excerptLength: 30 });
        await pagefind.init();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, first).map((result) => result.data()));
        return search.results.length;
      },
      { bundle: `/${PLAIN}/pagefind.js`, query, first: FIRST_PAGE_SIZE },
    );
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(reading)).reduce((sum, size) => sum + size, 0);
    await context.close();
    return { bytes, count };
  };
  console.log(`\nFirst search, this site's index vs a plain Pagefind index of the same pages (Pagefind defaults):`);
  for (const [locale, query] of queries) {
    const site = (await measure(locale, query, 1)).cold;
    const plain = await plainSearch(locale, query);
    console.log(
      `  ${locale} “${query}”: site ${kB(site.bytes)} (${site.total} results), plain ${kB(plain.bytes)} (${plain.count} results), ratio ${(site.bytes / plain.bytes).toFixed(2)}`,
    );
  }
  rmSync(path.join(dist, PLAIN), { recursive: true, force: true });
}
await browser.close();
server.kill();
