/**
 * /sw.js, the service worker (src/offline/service-worker.js) with its settings: the pages it keeps from the
 * first visit (lib/offline) and a version, so that a change to either makes phones install the new worker.
 */
import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { defaultLocale, locales } from '../i18n/locales';
import { withBase } from '../i18n/urls';
import { offlinePath, precachePaths } from '../lib/offline';
import worker from '../offline/service-worker.js?raw';

export const GET: APIRoute = () => {
  const settings = {
    ...precachePaths(),
    offline: Object.fromEntries(locales.map((locale) => [locale, offlinePath(locale)])),
    defaultLocale,
    base: withBase('/'),
  };
  const version = createHash('sha256').update(JSON.stringify(settings)).update(worker).digest('hex').slice(0, 12);
  const body = `const CONFIG = ${JSON.stringify({ version, ...settings })};\n${worker}`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
