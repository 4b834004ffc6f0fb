/**
 * Page weight as a reader's phone pays for it: every response the browser receives while a page loads,
 * gzip-compressed the way a static host sends it, sorted into HTML, CSS, JS and fonts (images apart).
 */
import type { Page, Request, Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { weightKind, type PageWeight } from '../../src/lib/quality/budgets';
import { scanPage } from '../../src/lib/quality/links';
import { e2eDist as dist } from './e2e-site';
const gzipped = new Map<string, number>();
const gzipSize = (key: string, bytes: Buffer) => {
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(bytes).length);
  return gzipped.get(key)!;
};

/** A quick estimate from the served build (dist-e2e/): the page's HTML and the stylesheets and scripts it names, gzip. */
export function staticWeight(pagePath: string): number {
  const file = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  const html = readFileSync(path.join(dist, file));
  let total = gzipSize(file, html);
  for (const ref of scanPage(html.toString('utf8')).refs) {
    const isCode = (ref.tag === 'link' && /\.(css|m?js)$/.test(ref.url)) || (ref.tag === 'script' && ref.attr === 'src');
    if (!isCode || !ref.url.startsWith('/')) continue;
    const asset = ref.url.split(/[?#]/)[0]!;
    total += gzipSize(asset, readFileSync(path.join(dist, asset)));
  }
  return total;
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** A page's HTML without its inline scripts, and those scripts (JSON data blocks stay in the HTML). */
export function splitInlineScripts(page: string): { html: string; scripts: string } {
  let scripts = '';
  const html = page.replace(INLINE_SCRIPT, (whole, attributes: string, code: string) => {
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) return whole;
    scripts += code;
    return '';
  });
  return { html, scripts };
}

export interface Measurement {
  weight: PageWeight;
  /** Every URL the page requested. */
  requests: string[];
  /** What was counted, for the failure message: 'js 2.1 kB /_astro/x.js'. */
  counted: string[];
}

/** Loads a page in the browser and measures what it downloaded, once it and its fonts have settled. */
export async function measurePage(page: Page, pagePath: string): Promise<Measurement> {
  const weight: PageWeight = { html: 0, css: 0, js: 0, font: 0 };
  const requests: string[] = [];
  const counted: string[] = [];
  const pending: Promise<void>[] = [];
  const onRequest = (request: Request) => requests.push(request.url());
  const onResponse = (response: Response) => {
    const kind = weightKind(response.request().resourceType(), response.url());
    if (!kind || response.status() >= 300) return;
    pending.push(
      response.body().then((body) => {
        const parts: [keyof PageWeight, string, Buffer][] = [[kind, response.url(), body]];
        if (kind === 'html') {
          // Inline scripts are JavaScript the phone parses and runs: they count against the JS budget.
          const { html, scripts } = splitInlineScripts(body.toString('utf8'));
          parts[0] = ['html', response.url(), Buffer.from(html)];
          if (scripts) parts.push(['js', `${response.url()} (inline scripts)`, Buffer.from(scripts)]);
        }
        for (const [bucket, key, bytes] of parts) {
          const size = gzipSize(key, bytes);
          weight[bucket] += size;
          counted.push(`${bucket} ${(size / 1000).toFixed(1)} kB ${key.replace(/^https?:\/\/[^/]+/, '')}`);
        }
      }),
    );
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  await page.goto(pagePath, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  // Stop listening before waiting for the bodies: a body read started after the test ends fails it.
  page.off('request', onRequest);
  page.off('response', onResponse);
  await Promise.all(pending);
  return { weight, requests, counted };
}
