/** What the reading tests compare the pages with: the built files and the settings they come from. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { e2eContentDir, e2eDist } from './e2e-site';

/** The built HTML of a site path, e.g. '/lo/stories/' → dist-e2e/lo/stories/index.html. */
export function distHtml(sitePath: string): string {
  return readFileSync(path.join(e2eDist, sitePath, sitePath.endsWith('/') ? 'index.html' : ''), 'utf8');
}

export interface Helpline {
  id: string;
  number: string;
  name: Record<'en' | 'lo', string>;
  serves: Record<'en' | 'lo', string>;
  hours?: Record<'en' | 'lo', string>;
  languages?: Record<'en' | 'lo', string>;
  cost?: Record<'en' | 'lo', string>;
  source: string;
}

export function helplines(): Helpline[] {
  return parse(readFileSync(path.join(e2eContentDir, 'settings/helplines.yaml'), 'utf8')) as Helpline[];
}

/** Entry pages of a collection in the sitemap: '/lo/stories/fake-job-offers/' (not listing pages like /2/). */
export function entryPaths(paths: string[], collection: string, locale?: 'en' | 'lo'): string[] {
  const pattern = new RegExp(`^/(en|lo)/${collection}/(?!\\d+/$)[^/]+/$`);
  return paths.filter((p) => pattern.test(p) && (!locale || p.startsWith(`/${locale}/`)));
}
