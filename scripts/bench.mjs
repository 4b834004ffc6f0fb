#!/usr/bin/env node
/**
 * `npm run bench`: figures, never a pass or fail.
 *
 * 1. Build speed: builds generated corpora (scripts/generate-corpus.mjs) of 100, 1,000 and 3,000 entries
 *    per language in a temporary folder, and prints build time, pages per second, peak memory, dist size
 *    and search-index size per language (when the build writes dist/pagefind). The same corpus is built as
 *    a bare Astro + Pagefind site too (scripts/bench-baseline.mjs), and the ratios are printed: marginal
 *    milliseconds per page (between two sizes) and peak memory.
 * 2. Lighthouse (mobile, the local Chromium) on the home page, a story, the campaign, the poster library
 *    and the search page in both languages — those the site has — of a fresh build of the real content:
 *    the four scores, LCP, TBT, CLS and bytes; then the search figures of that build, with a plain Pagefind
 *    index of it for comparison (scripts/bench-search.mjs).
 *
 *    Chromium is given Noto Sans Lao as an installed font (tests/support/device-fonts.ts), as the Android
 *    phones it stands for have, so Lao pages are measured without downloading the site's web font.
 *    Each page is measured --runs times (3) and the median run (by performance score) is printed;
 *    --details also prints that run's long tasks, forced reflows and main-thread time by kind.
 *
 * Options: --sizes 100,1000 (corpus sizes), --format md|mdx (the generated stories' format, md by default: both
 * builds read the same files; .mdx entries are bundled as one module each, .md entries are rendered when
 * Astro syncs the content), --skip-corpus, --skip-lighthouse, --port 4319 (or BENCH_PORT),
 * --runs 3, --details, --site DIR (measure an existing build of the real content instead of building one),
 * --only REGEXP (only the pages whose path matches),
 * --warm (build each corpus once, untimed, before the measured builds: the measured build then reuses the
 * pictures, share cards and PDFs drawn by the first, as a repeat build with a kept cache does; without it,
 * every measured build is a first build and draws everything),
 * --repeat N (build each corpus N times, both sites taking turns, and print the median: on a shared machine
 * one build can take 15% longer than the next; with --warm every one of them is a repeat build).
 *
 * Times are wall-clock, and CPU time too (user + system, the build's processes together, Pagefind's
 * included): on a busy machine the CPU time of a build moves much less than its wall-clock time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.mjs';
import { writeBaselineProject } from './bench-baseline.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,3000' },
    'skip-corpus': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    format: { type: 'string', default: 'md' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4319' },
    runs: { type: 'string', default: '3' },
    details: { type: 'boolean', default: false },
    site: { type: 'string' },
    only: { type: 'string' },
  },
});
const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Every file below a folder with its size. */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(dir, file), size: statSync(file).size };
    });
}
const sum = (list) => list.reduce((total, item) => total + item.size, 0);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1e3).toFixed(0)} kB`;

/** Runs a command, timed, with its peak memory from GNU time (the largest of its processes). */
function timed(args, options) {
  const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const command = timeBinary ? [timeBinary, '-v', ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  return {
    ok: result.status === 0,
    seconds,
    cpuSeconds: user && system ? Number(user) + Number(system) : undefined,
    peakBytes: peakKb ? Number(peakKb) * 1024 : undefined,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/** One `npm run build` of a content folder. */
function build(contentDir, outDir) {
  const result = timed(['node', 'scripts/build.mjs'], {
    cwd: root,
    env: { ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(path.dirname(outDir), 'cache') },
  });
  return { ...result, gates: /quality-gates\].*?checked in ([\d.]+) s/.exec(result.output)?.[1] };
}

/** The bare Astro + Pagefind build of the same content: `astro build`, then `pagefind --site`. */
function buildBaseline(contentDir, folder) {
  const project = writeBaselineProject(path.join(folder, 'baseline'), contentDir);
  // Inside the project: Astro's prerender chunks find their packages through its node_modules.
  const outDir = path.join(project, 'dist');
  const astro = timed(['node', path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, env: { ...env, OUT_DIR: outDir } });
  if (!astro.ok) return astro;
  const pagefind = timed([path.join(root, 'node_modules/.bin/pagefind'), '--site', outDir], { cwd: project, env });
  const pages = files(outDir).filter((item) => item.file.endsWith('.html')).length;
  return {
    ok: pagefind.ok,
    seconds: astro.seconds + pagefind.seconds,
    cpuSeconds: astro.cpuSeconds !== undefined && pagefind.cpuSeconds !== undefined ? astro.cpuSeconds + pagefind.cpuSeconds : undefined,
    peakBytes: Math.max(astro.peakBytes ?? 0, pagefind.peakBytes ?? 0) || undefined,
    pages,
    output: `${astro.output}\n${pagefind.output}`,
  };
}

/** Milliseconds each further page costs: the slope between the first and the last size, else the average. */
function marginalMs(runs, key = 'seconds') {
  const [first, last] = [runs[0], runs.at(-1)];
  if (!first || first[key] === undefined || last[key] === undefined) return undefined;
  if (runs.length < 2) return (first[key] * 1000) / first.pages;
  return ((last[key] - first[key]) * 1000) / (last.pages - first.pages);
}

const median = (numbers) => {
  const sorted = numbers.filter((number) => number !== undefined).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor((sorted.length - 1) / 2)];
};

/** Several runs of one build as one: median times, the largest peak memory; failed if any failed. */
function medianRun(runs) {
  const failed = runs.find((run) => !run.ok);
  if (failed) return failed;
  return {
    ...runs[0],
    seconds: median(runs.map((run) => run.seconds)),
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    peakBytes: Math.max(...runs.map((run) => run.peakBytes ?? 0)) || undefined,
  };
}

/** Search index bytes per language, from Pagefind's file names (<lang>_<hash>.pf_*, wasm.<lang>.pagefind). */
function searchIndex(outDir) {
  const pagefind = path.join(outDir, 'pagefind');
  if (!existsSync(pagefind)) return undefined;
  const byLanguage = {};
  for (const { file, size } of files(pagefind)) {
    const lang = /(?:^|[/.])([a-z]{2,3})_[0-9a-f]+\.pf_/.exec(file)?.[1];
    if (!lang) continue;
    const kind = file.endsWith('.pf_fragment') ? 'fragments' : 'index';
    byLanguage[lang] ??= { index: 0, fragments: 0 };
    byLanguage[lang][kind] += size;
  }
  return byLanguage;
}

function corpusBench() {
  const collection = 'stories';
  console.log(`\n## Build speed (generated ${collection} as .${values.format}, both languages; ${values.warm ? 'repeat builds: caches kept from an untimed first build' : 'first builds: empty caches'})\n`);
  console.log('| entries per language | pages | build | pages/s | peak memory | link check | dist | search index per language | baseline: pages, build, peak memory | load |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |');
  const site = [];
  const baseline = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const folder = path.join(work, `corpus-${size}`);
    const contentDir = generateCorpus({ out: folder, count: size, collection, format: values.format });
    const outDir = path.join(folder, 'dist');
    if (values.warm) {
      build(contentDir, outDir);
      rmSync(outDir, { recursive: true, force: true });
    }
    if (values.warm) buildBaseline(contentDir, folder);
    // The two sites take turns, so a busy spell of the machine falls on both.
    const siteRuns = [];
    const bareRuns = [];
    for (let round = 0; round < Number(values.repeat); round++) {
      if (round > 0) rmSync(outDir, { recursive: true, force: true });
      siteRuns.push(build(contentDir, outDir));
      if (round < Number(values.repeat) - 1) bareRuns.push(buildBaseline(contentDir, folder));
    }
    const result = medianRun(siteRuns);
    if (!result.ok) {
      console.log(`| ${size} | build failed | | | | | | | | ${load()} |`);
      console.error(result.output.slice(-3000));
      continue;
    }
    const built = files(outDir);
    const pages = built.filter((item) => item.file.endsWith('.html')).length;
    const index = searchIndex(outDir);
    const indexText = index
      ? Object.entries(index).map(([lang, bytes]) => `${lang}: index ${kb(bytes.index)}, fragments ${kb(bytes.fragments)}`).join('; ')
      : 'no dist/pagefind';
    rmSync(outDir, { recursive: true, force: true });
    bareRuns.push(buildBaseline(contentDir, folder));
    const bare = medianRun(bareRuns);
    if (!bare.ok) console.error(bare.output.slice(-3000));
    const bareText = bare.ok ? `${bare.pages}, ${bare.seconds.toFixed(1)} s, ${bare.peakBytes ? mb(bare.peakBytes) : 'n/a'}` : 'build failed';
    console.log(
      `| ${size} | ${pages} | ${result.seconds.toFixed(1)} s | ${(pages / result.seconds).toFixed(0)} | ${result.peakBytes ? mb(result.peakBytes) : 'n/a'} | ${result.gates ? `${result.gates} s` : 'n/a'} | ${mb(sum(built))} | ${indexText} | ${bareText} | ${load()} |`,
    );
    site.push({ seconds: result.seconds, cpuSeconds: result.cpuSeconds, pages, peakBytes: result.peakBytes });
    if (bare.ok) baseline.push({ seconds: bare.seconds, cpuSeconds: bare.cpuSeconds, pages: bare.pages, peakBytes: bare.peakBytes });
    rmSync(folder, { recursive: true, force: true });
  }
  const siteMs = marginalMs(site);
  const bareMs = marginalMs(baseline);
  if (siteMs !== undefined && bareMs !== undefined && site.length === baseline.length) {
    const how = site.length > 1 ? 'between the smallest and the largest size' : 'average, one size only';
    // A larger build that took less time means the machine was busier during the smaller one: no figure.
    const ratio = siteMs > 0 && bareMs > 0 ? `ratio ${(siteMs / bareMs).toFixed(2)}` : 'no ratio: a larger build was faster, so the machine was too busy to measure';
    console.log(`\nMarginal cost per page (${how}): this site ${siteMs.toFixed(1)} ms, bare Astro + Pagefind ${bareMs.toFixed(1)} ms, ${ratio}.`);
    const [siteCpu, bareCpu] = [marginalMs(site, 'cpuSeconds'), marginalMs(baseline, 'cpuSeconds')];
    if (siteCpu !== undefined && bareCpu !== undefined) {
      const cpuRatio = siteCpu > 0 && bareCpu > 0 ? `ratio ${(siteCpu / bareCpu).toFixed(2)}` : 'no ratio: a larger build took less CPU time';
      console.log(`Marginal CPU time per page (user + system, all the build's processes): this site ${siteCpu.toFixed(1)} ms, bare ${bareCpu.toFixed(1)} ms, ${cpuRatio}.`);
    }
    if (Number(values.repeat) > 1) console.log(`Each build ran ${values.repeat} times; medians.`);
    const [peak, barePeak] = [site.at(-1).peakBytes, baseline.at(-1).peakBytes];
    if (peak && barePeak) console.log(`Peak memory at the largest size: this site ${mb(peak)}, bare ${mb(barePeak)}, ratio ${(peak / barePeak).toFixed(2)}.`);
  }
}

/** The pages Lighthouse looks at, in both languages: the first of each kind the sitemap lists. */
function lighthouseTargets(outDir) {
  const sitemap = readdirSync(outDir)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => [...readFileSync(path.join(outDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname))
    .sort();
  const kinds = [
    ['home', (locale) => new RegExp(`^/${locale}/$`)],
    ['story', (locale) => new RegExp(`^/${locale}/stories/(?!page/|\\d+/)[^/]+/$`)],
    ['campaign', (locale) => new RegExp(`^/${locale}/16-days/$`)],
    ['poster library', (locale) => new RegExp(`^/${locale}/posters/$`)],
    ['search', (locale) => new RegExp(`^/${locale}/search/$`)],
  ];
  const targets = [];
  for (const [kind, pattern] of kinds) {
    for (const locale of ['lo', 'en']) {
      const found = sitemap.find((page) => pattern(locale).test(page));
      if (found) targets.push({ kind, locale, path: found });
      else console.log(`Note: no ${kind} page in ${locale} (yet): skipped.`);
    }
  }
  return targets;
}

async function lighthouseBench() {
  console.log('\n## Lighthouse (mobile: Moto G Power emulation, slow 4G, 4x CPU slowdown; local Chromium)\n');
  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch (error) {
    console.log(`Lighthouse is not installed (${error.message}): run npm install.`);
    return;
  }
  const { chromiumArgs, systemChromium } = await import('../tests/support/browser.ts');
  const { deviceLaoFontEnv } = await import('../tests/support/device-fonts.ts');
  const outDir = values.site ? path.resolve(values.site) : path.join(work, 'site');
  if (!values.site) {
    const result = build(path.join(root, 'content'), outDir);
    if (!result.ok) {
      console.error(result.output.slice(-3000));
      return;
    }
  }
  const targets = lighthouseTargets(outDir).filter((target) => !values.only || new RegExp(values.only).test(target.path));
  const port = Number(values.port);
  const server = spawn('node', ['scripts/serve.mjs', outDir, String(port)], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  // A server that cannot start (the port is taken by another one, perhaps serving an older build) must
  // stop the measurement, not let Lighthouse measure the wrong site or an error page.
  let serverError = '';
  server.stderr.on('data', (chunk) => (serverError += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const started = await Promise.race([exited.then(() => false), new Promise((resolve) => setTimeout(() => resolve(true), 1500))]);
  if (!started) {
    console.log(`The site server could not start on port ${port} (--port or BENCH_PORT to choose another):\n${serverError.trim()}`);
    return;
  }
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
    // A phone's own Lao font, as Android ships it: Lao pages then download no web font, as on the phones.
    envVars: deviceLaoFontEnv(),
  });
  const runs = Math.max(1, Number(values.runs) || 1);
  try {
    console.log(`Load average ${load()}. Median of ${runs} run(s) per page, by performance score (all scores after it). Bytes are as served by scripts/serve.mjs, uncompressed (hosts compress).\n`);
    console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | bytes |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const target of targets) {
      const measured = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(`http://localhost:${port}${target.path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        // A run Lighthouse could not finish (it says why) has no score: it is reported, not counted as 0.
        if (run?.lhr.runtimeError) console.error(`${target.path}: run ${i + 1} failed: ${run.lhr.runtimeError.message}`);
        else if (run) measured.push(run.lhr);
      }
      if (measured.length === 0) continue;
      const performance = (lhr) => lhr.categories.performance?.score ?? 0;
      const all = measured.map((lhr) => Math.round(performance(lhr) * 100));
      const median = [...measured].sort((a, b) => performance(a) - performance(b))[Math.floor((measured.length - 1) / 2)];
      const { categories, audits, runtimeError } = median;
      if (runtimeError) console.error(`${target.path}: Lighthouse could not measure it: ${runtimeError.message}`);
      const score = (id) => (categories[id]?.score == null ? 'n/a' : Math.round(categories[id].score * 100));
      // An audit Lighthouse could not run has no value: say so, with its reason, rather than stop.
      const value = (id, format) => {
        const audit = audits[id];
        if (typeof audit?.numericValue === 'number') return format(audit.numericValue);
        console.error(`${target.path}: no ${id}: ${audit?.errorMessage ?? 'not measured'}`);
        return 'n/a';
      };
      console.log(
        `| ${target.kind} (${target.locale}) ${target.path} | ${score('performance')}${runs > 1 ? ` (${all.join(', ')})` : ''} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${value('largest-contentful-paint', (v) => `${(v / 1000).toFixed(1)} s`)} | ${value('total-blocking-time', (v) => `${Math.round(v)} ms`)} | ${value('cumulative-layout-shift', (v) => v.toFixed(3))} | ${value('total-byte-weight', kb)} |`,
      );
      if (values.details) printDetails(median);
    }
  } finally {
    chrome.kill();
    server.kill();
  }
  await exited;
  // Search figures of the same build, beside a plain Pagefind index of it (the script serves it on the port).
  console.log('\n## Search (scripts/bench-search.mjs)');
  spawnSync('node', ['scripts/bench-search.mjs', outDir], { cwd: root, stdio: 'inherit', env: { ...env, BENCH_PORT: String(port) } });
}

/** What the main thread did in a run: the long tasks, forced reflows and time by kind (--details). */
function printDetails(lhr) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const ms = (value) => `${Math.round(value)} ms`;
  const where = (url) => (url ? String(url).replace(/^https?:\/\/[^/]+/, '') : '');
  for (const task of items('long-tasks')) console.log(`    long task ${ms(task.duration)} at ${ms(task.startTime)} ${where(task.url)}`);
  // The insight lists tables (the functions that forced a reflow, then the reflows): print their rows.
  for (const row of items('forced-reflow-insight').flatMap((item) => (item.type === 'table' ? item.items : [item]))) {
    console.log(`    forced reflow ${JSON.stringify(row).slice(0, 300)}`);
  }
  const kinds = items('mainthread-work-breakdown').map((item) => `${item.groupLabel ?? item.group} ${ms(item.duration)}`);
  if (kinds.length) console.log(`    main thread: ${kinds.join(', ')}`);
}

// Figures from a busy machine are slower than the site: the load average says how busy it was.
const load = () => loadavg()[0].toFixed(1);
console.log(`# npm run bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} CPUs, load average ${load()})`);
try {
  if (!values['skip-corpus']) corpusBench();
  if (!values['skip-lighthouse']) await lighthouseBench();
} finally {
  rmSync(work, { recursive: true, force: true });
}
