/**
 * After the build, replaces each page's link to the site stylesheet with two smaller ones
 * (src/lib/page-stylesheets.ts): the shared rules, one file for the whole site, and the utilities of the
 * page's type (stories, posters, home…). Files are named by their content, so types that need the same
 * utilities share one cached file. A first visit downloads less (a story: 5.6 kB gzip instead of 6.2 kB);
 * a next page of the same type downloads no stylesheet, of another type only its utilities (0.9–2.3 kB).
 * A page's inline print rules (stories and materials: src/styles/print.css) go to the end of its type's
 * utilities file: no `<style>` and no CSP hash in every such page, and cached for the next one.
 *
 * A step of the one pass over the built pages (src/integrations/built-pages.ts). Which utilities a type
 * needs is known only once every page of that type has been seen, so `start` reads the pages first, one at
 * a time, keeping only the class and element names the stylesheet asks about; `page` then rewrites each page's link as the pass reaches it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { detached } from '../lib/detached-string';
import { hasUtilitiesLayer, pageGroup, scriptPathsIn, selectorNames, sharedPart, SiteText, utilitiesPart, withoutPrintStyles } from '../lib/page-stylesheets';
import { readPages, type PagePass } from './built-pages';

const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]*\/_astro\/)([^"/]+\.css)">/g;

export function pageStylesheetsPass(): PagePass {
  /** Per page type: the file names its pages link, and what to link instead of each. */
  const replacements = new Map<string, Map<string, string>>();
  /** The page types whose pages carry print rules to take out (the others are left as they are). */
  const printGroups = new Set<string>();
  /** The split stylesheets (by file name): removed once every page links their parts. */
  const splittable = new Map<string, string>();
  let assets = '';
  const groupOf = (file: string, html: string) => {
    const own = [...html.matchAll(STYLESHEET_LINK)].map((match) => match[2]!).filter((name) => splittable.get(name));
    return own.length === 0 ? undefined : `${own.join('+')} ${pageGroup(`/${file}`)}`;
  };

  return {
    name: 'page stylesheets',
    async start({ root, base, logger, files }) {
      assets = path.join(root, '_astro');
      for (const name of await readdir(assets)) {
        if (name.endsWith('.css')) {
          const css = await readFile(path.join(assets, name), 'utf8');
          splittable.set(name, hasUtilitiesLayer(css) ? css : '');
        }
      }
      // Only the names the stylesheets' selectors ask about are kept from the pages (memory: SiteText).
      const site = new SiteText(selectorNames([...splittable.values()].filter(Boolean)));
      const groupWords = new Map<string, Set<string>>();
      /** Per page type: the print-only inline styles of its pages, which join its utilities file. */
      const groupPrint = new Map<string, Set<string>>();
      /** The scripts that pages using the stylesheet load (the CMS's, on a page of its own, is not one). */
      const scripts = new Set<string>();
      const addScripts = (from: string, text: string) => {
        for (const name of scriptPathsIn(text)) {
          const fromRoot = name.startsWith(base) ? name.slice(base.length) : name.startsWith('/') ? name.slice(1) : undefined;
          const file = fromRoot ?? (/^\.\.?\//.test(name) ? path.join(path.dirname(from), name) : undefined);
          if (file !== undefined && !path.normalize(file).startsWith('..') && existsSync(path.join(root, file))) scripts.add(path.normalize(file));
        }
      };
      for (const { file, html } of readPages(root, files)) {
        const names = site.addPage(html);
        const group = groupOf(file, html);
        if (!group) continue;
        addScripts(file, html);
        const words = groupWords.get(group) ?? new Set();
        for (const name of names) words.add(name);
        groupWords.set(group, words);
        const print = groupPrint.get(group) ?? new Set();
        for (const css of withoutPrintStyles(html).printStyles) if (!print.has(css)) print.add(detached(css));
        groupPrint.set(group, print);
      }
      // Every such script may run on any page: the classes scripts add count for every page type. A script's
      // imports are scripts it loads (the set grows while it is walked).
      for (const file of scripts) {
        const text = await readFile(path.join(root, file), 'utf8');
        site.add(text);
        addScripts(file, text);
        const names = [...site.namesIn(text)];
        for (const words of groupWords.values()) for (const name of names) words.add(name);
      }

      const write = async (stem: string, css: string) => {
        const name = `${stem}.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
        await writeFile(path.join(assets, name), css);
        return name;
      };
      const shared = new Map<string, string>();
      const written = new Set<string>();
      for (const [group, words] of groupWords) {
        const instead = new Map<string, string>();
        const names = group.split(' ')[0]!.split('+');
        for (const name of names) {
          const css = splittable.get(name)!;
          if (!shared.has(name)) shared.set(name, await write('site', sharedPart(css, site)));
          // Print rules (unlayered, as they were inline) after the last utilities: the page no longer carries
          // them, nor their CSP hash, and a next page of the type has them cached.
          const print = name === names.at(-1) ? [...groupPrint.get(group)!].join('') : '';
          // Named by content alone, so page types that need the same utilities share one cached file.
          const utilities = await write('utilities', utilitiesPart(css, words) + print);
          written.add(shared.get(name)!).add(utilities);
          instead.set(name, `${shared.get(name)}|${utilities}`);
        }
        replacements.set(group, instead);
        if (groupPrint.get(group)!.size > 0) printGroups.add(group);
      }
      logger.info(`${groupWords.size} page types: site stylesheet split into ${written.size} files`);
    },
    page({ file, html }) {
      const group = groupOf(file, html);
      if (!group) return;
      const instead = replacements.get(group)!;
      // Its print rules are in its type's utilities file now; pages of other types have none to take out.
      const rest = printGroups.has(group) ? withoutPrintStyles(html).html : html;
      return rest.replace(STYLESHEET_LINK, (link, prefix: string, name: string) => {
        const parts = instead.get(name);
        if (!parts) return link;
        return parts
          .split('|')
          .map((part) => `<link rel="stylesheet" href="${prefix}${part}">`)
          .join('');
      });
    },
    async finish() {
      // Every page that linked a split stylesheet now links its parts instead: the whole one goes.
      for (const [name, css] of splittable) if (css) await rm(path.join(assets, name));
    },
  };
}
