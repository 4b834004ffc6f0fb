/**
 * Build-time quality gates, so a mistake stops the build instead of reaching readers (principle 7 in
 * docs/architecture.md):
 * - before anything is read: the content folder's file names, dates and body images
 *   (src/lib/quality/content-tree.ts);
 * - once the site is written: every link, anchor, image, stylesheet, script and download resolves, and
 *   nothing loads from another host (links.ts). A broken link is traced back to the content file and
 *   line that contains it. The pages are scanned by `linkScanPass()`, a step of the one pass over the built
 *   pages (built-pages.ts); the check runs here, against the files that exist once every step has written.
 * It must be the last integration with an `astro:build:done` step, so that it sees the files the others
 * write (search index, poster PDFs, feeds); it checks that it is.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content-dir';
import { detached } from '../lib/detached-string';
import { checkContentTree, formatContentProblem, type ContentFile } from '../lib/quality/content-tree';
import { displayPath } from '../lib/quality/display-path';
import { describeLinkProblems, scanPage, type PageScan, type Reference } from '../lib/quality/links';
import { checkScannedSite, listFiles } from '../lib/quality/site-files';
import type { PagePass } from './built-pages';

const NAME = 'quality-gates';

/** An error for the person who edited the content: the message says it all, a stack trace would only distract. */
function stop(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** The Markdown and MDX entries of every localised collection; with `settings`, the settings files too. */
function readContentFiles(settings = false): ContentFile[] {
  const root = displayPath(contentDir);
  const wanted = (file: string) =>
    file.startsWith('settings/') ? settings && /\.ya?ml$/.test(file) : /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('.'));
  return listFiles(contentDir)
    .filter(wanted)
    .map((file) => ({ path: `${root}/${file}`, text: readFileSync(path.join(contentDir, file), 'utf8') }));
}

/**
 * The links and ids of every built page, as the one pass reads them (after the CSP trim rewrote them), kept
 * until the check. Most references and ids repeat on every page (menu, footer, help lines, cards), so each
 * distinct one is kept once and shared: at 3,000 stories per language, some 7,000 pages.
 */
export function linkScanPass(): PagePass & { scans: Map<string, PageScan> } {
  const scans = new Map<string, PageScan>();
  const refs = new Map<string, Reference>();
  const ids = new Map<string, string>();
  // A new reference or id is kept as a copy of its own (detached): the scanner's strings are views into the
  // page, and keeping them kept every page in memory until the check.
  const shared = <T>(pool: Map<string, T>, key: string, value: () => T): T => {
    const found = pool.get(key);
    if (found !== undefined) return found;
    const kept = value();
    pool.set(detached(key), kept);
    return kept;
  };
  return {
    name: 'link scan',
    scans,
    page: ({ file, html }) => {
      const scan = scanPage(html);
      scans.set(file, {
        refs: scan.refs.map((ref) => shared(refs, `${ref.kind} ${ref.tag} ${ref.attr} ${ref.url}`, () => ({ ...ref, tag: detached(ref.tag), url: detached(ref.url) }))),
        ids: new Set([...scan.ids].map((id) => shared(ids, id, () => detached(id)))),
      });
    },
  };
}

export default function qualityGates(links: { scans: ReadonlyMap<string, PageScan> }): AstroIntegration {
  let origin = 'http://localhost';
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = checkContentTree(readContentFiles(), displayPath(contentDir), existsSync);
        if (problems.length === 0) return;
        const message = `${problems.length === 1 ? 'A content file needs fixing' : `${problems.length} problems in the content need fixing`}:\n${problems.map((problem) => `  - ${formatContentProblem(problem)}`).join('\n')}`;
        // In dev the server keeps running so the file can be fixed while watching; a build stops.
        if (command !== 'build') logger.error(message);
        else throw stop(message);
      },
      'astro:config:done': ({ config }) => {
        origin = (config.site ?? 'http://localhost').toString();
        const index = config.integrations.findIndex((integration) => integration.name === NAME);
        const after = config.integrations.slice(index + 1).filter((integration) => integration.hooks['astro:build:done']);
        if (after.length > 0) {
          throw new Error(
            `astro.config.mjs: qualityGates() must come after ${after.map((integration) => integration.name).join(', ')} in "integrations", so that it checks the files they write. Move it to the end of the list.`,
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const files = listFiles(fileURLToPath(dir));
        // Every page must have been scanned, or the check would pass pages it never saw.
        const unscanned = files.filter((file) => file.endsWith('.html') && !links.scans.has(file));
        if (unscanned.length > 0) {
          throw new Error(
            `${NAME}: ${unscanned.length} built pages were not scanned for links (e.g. ${unscanned[0]}): give the same linkScanPass() to builtPages([...]) and qualityGates() in astro.config.mjs.`,
          );
        }
        const { problems, pages } = checkScannedSite(links.scans, files, origin);
        if (problems.length === 0) {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`links, anchors, images, scripts and downloads of ${pages} pages resolve; nothing loads from another host (checked in ${seconds} s)`);
          return;
        }
        const lines = describeLinkProblems(problems, readContentFiles(true));
        throw stop(
          `${lines.length === 1 ? 'A link is broken' : `${lines.length} links are broken`}: fix ${lines.length === 1 ? 'it' : 'them'} and build again.\n${lines.map((line) => `  - ${line}`).join('\n')}`,
        );
      },
    },
  };
}
