/**
 * After the build, replaces each page's link to the site stylesheet with two smaller ones
 * (src/lib/page-stylesheets.ts): the shared rules, one file for the whole site, and the utilities of the
 * page's type (stories, posters, home…). Files are named by their content, so types that need the same
 * utilities share one cached file. A first visit downloads less (a story: 5.6 kB gzip instead of 6.2 kB);
 * a next page of the same type downloads no stylesheet, of another type only its utilities (0.9–2.3 kB).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasUtilitiesLayer, pageGroup, sharedPart, utilitiesPart, wordsIn, type SiteText } from '../lib/page-stylesheets';

const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]*\/_astro\/)([^"/]+\.css)">/g;

export default function pageStylesheets(): AstroIntegration {
  return {
    name: 'page-stylesheets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = path.join(root, '_astro');
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
        const pages = new Map(files.filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
        const scripts = files.filter((file) => /\.m?js$/.test(file)).map((file) => readFileSync(path.join(root, file), 'utf8'));
        const siteText = [...pages.values(), ...scripts].join('\n');
        const site: SiteText = { text: siteText, words: wordsIn(siteText) };
        // Every script may run on any page: the classes scripts add count for every page type.
        const scriptWords = wordsIn(scripts.join('\n'));

        const splittable = new Map<string, string>();
        const groups = new Map<string, { words: Set<string>; pages: string[] }>();
        for (const [file, html] of pages) {
          const links = [...html.matchAll(STYLESHEET_LINK)].map((match) => match[2]!);
          const own = links.filter((name) => {
            if (!splittable.has(name)) {
              const css = readFileSync(path.join(assets, name), 'utf8');
              splittable.set(name, hasUtilitiesLayer(css) ? css : '');
            }
            return splittable.get(name) !== '';
          });
          if (own.length === 0) continue;
          const key = `${own.join('+')} ${pageGroup(`/${file.split(path.sep).join('/')}`)}`;
          const group = groups.get(key) ?? { words: new Set(scriptWords), pages: [] };
          for (const word of wordsIn(html)) group.words.add(word);
          group.pages.push(file);
          groups.set(key, group);
        }

        const write = (stem: string, css: string) => {
          const name = `${stem}.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
          writeFileSync(path.join(assets, name), css);
          return name;
        };
        const shared = new Map<string, string>();
        const written = new Set<string>();
        for (const group of groups.values()) {
          const utilitiesFor = new Map<string, string>();
          for (const file of group.pages) {
            const html = pages.get(file)!.replace(STYLESHEET_LINK, (link, prefix: string, name: string) => {
              const css = splittable.get(name);
              if (!css) return link;
              if (!shared.has(name)) shared.set(name, write('site', sharedPart(css, site)));
              // Named by content alone, so page types that need the same utilities share one cached file.
              if (!utilitiesFor.has(name)) utilitiesFor.set(name, write('utilities', utilitiesPart(css, group.words)));
              const utilities = utilitiesFor.get(name)!;
              written.add(shared.get(name)!).add(utilities);
              return `<link rel="stylesheet" href="${prefix}${shared.get(name)}"><link rel="stylesheet" href="${prefix}${utilities}">`;
            });
            writeFileSync(path.join(root, file), html);
          }
        }
        // Every page that linked a split stylesheet now links its parts instead: the whole one goes.
        for (const [name, css] of splittable) if (css) rmSync(path.join(assets, name));
        logger.info(`${groups.size} page types: site stylesheet split into ${written.size} files`);
      },
    },
  };
}
