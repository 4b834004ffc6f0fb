/**
 * Link check of a built site, without network: every internal link, anchor, image (srcset candidates
 * too), stylesheet, script, feed and download must resolve to a file of the site; external addresses are
 * checked for syntax only; nothing may load from another host as the page opens. Pure: the caller reads
 * the files (build integration, tests) and hands over their paths and HTML.
 */
import { forEachStartTag, type Attributes } from '../start-tags';
import type { ContentFile } from './content-tree';

/** link: a[href]; download: a[download]; resource: fetched as the page loads; metadata: canonical, og:…. */
export type ReferenceKind = 'link' | 'download' | 'resource' | 'metadata';

export interface Reference {
  tag: string;
  attr: string;
  url: string;
  kind: ReferenceKind;
}

export interface PageScan {
  refs: Reference[];
  /** Every id (and a[name]) on the page: the anchors other pages may link to. */
  ids: Set<string>;
}

export interface LinkProblem {
  /** The page (dist-relative file) the reference is on. */
  page: string;
  /** The address as written in the HTML. */
  url: string;
  tag: string;
  attr: string;
  message: string;
}

const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'preload', 'modulepreload', 'prefetch', 'manifest']);
/** Open a connection to a host without naming a file: fine to our own host, a leak to any other. */
const CONNECT_RELS = new Set(['preconnect', 'dns-prefetch']);
// A Map, not an object: `<constructor>` or `<toString>` would find the members every object has, and stop the scan.
const RESOURCE_ATTRS = new Map<string, string[]>([
  ['img', ['src', 'srcset']],
  ['source', ['src', 'srcset']],
  ['script', ['src']],
  ['iframe', ['src']],
  ['frame', ['src']],
  ['embed', ['src']],
  ['object', ['data']],
  ['video', ['src', 'poster']],
  ['audio', ['src']],
  ['track', ['src']],
  ['input', ['src']],
  ['use', ['href', 'xlink:href']],
  ['image', ['href', 'xlink:href']],
]);
const META_URL_PROPERTIES = new Set(['og:image', 'og:url', 'og:video', 'og:audio', 'twitter:image']);
export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:', 'sms:'] as const;

/** The URLs of a srcset attribute ('a.webp 400w, b.webp 800w' → ['a.webp', 'b.webp']), per the HTML parsing rules. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  // Sticky regexes, not a regex test per character: every picture on a page has two srcsets.
  const separators = /[\s,]*/y;
  const candidate = /\S*/y;
  let position = 0;
  while (position < srcset.length) {
    separators.lastIndex = position;
    separators.test(srcset);
    position = separators.lastIndex;
    if (position >= srcset.length) break;
    candidate.lastIndex = position;
    candidate.test(srcset);
    const end = candidate.lastIndex;
    let url = srcset.slice(position, end);
    position = end;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors (400w, 2x) up to the next comma outside parentheses.
      let depth = 0;
      while (position < srcset.length) {
        const char = srcset[position]!;
        if (char === '(') depth++;
        else if (char === ')') depth = Math.max(0, depth - 1);
        else if (char === ',' && depth === 0) break;
        position++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** Adds what one start tag gives its page's scan: its id (and an a[name]), and the addresses it refers to. */
export function scanStartTag(scan: PageScan, tag: string, attrs: Readonly<Attributes>): void {
  const { refs, ids } = scan;
  const add = (attr: string, url: string | undefined, kind: ReferenceKind) => {
    if (url !== undefined) refs.push({ tag, attr, url, kind });
  };
  if (attrs.id) ids.add(attrs.id);
  if (tag === 'a' && attrs.name) ids.add(attrs.name);
  if (tag === 'a' || tag === 'area') {
    add('href', attrs.href, 'download' in attrs ? 'download' : 'link');
  } else if (tag === 'link') {
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (rels.some((rel) => CONNECT_RELS.has(rel))) add('href', attrs.href, 'resource');
    else if (rels.some((rel) => RESOURCE_RELS.has(rel))) add('href', attrs.href, 'resource');
    else add('href', attrs.href, 'metadata');
    if (attrs.imagesrcset !== undefined) for (const url of srcsetUrls(attrs.imagesrcset)) add('imagesrcset', url, 'resource');
  } else if (tag === 'meta') {
    const property = (attrs.property ?? attrs.name ?? '').toLowerCase();
    if (META_URL_PROPERTIES.has(property)) add('content', attrs.content, 'metadata');
    if ((attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.content ?? '')?.[1];
      add('content', target, 'link');
    }
  } else if (tag === 'form') {
    add('action', attrs.action, 'link');
  } else if (tag === 'blockquote' || tag === 'q' || tag === 'del' || tag === 'ins') {
    add('cite', attrs.cite, 'link');
  }
  for (const attr of RESOURCE_ATTRS.get(tag) ?? []) {
    const value = attrs[attr];
    if (value === undefined) continue;
    if (attr === 'srcset') for (const url of srcsetUrls(value)) add(attr, url, 'resource');
    else if (!(tag === 'input' && (attrs.type ?? '').toLowerCase() !== 'image')) add(attr, value, 'resource');
  }
}

/** The references and ids of one HTML page. */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { refs: [], ids: new Set() };
  forEachStartTag(html, (tag, attrs) => scanStartTag(scan, tag, attrs));
  return scan;
}

/** 'en/about/index.html' → '/en/about/'; '404.html' → '/404.html'. */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The site's address with a final slash: every page's address starts with it. */
export function siteRoot(site: string): URL {
  const root = new URL(site);
  root.search = '';
  root.hash = '';
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return root;
}

/** Where a built file is read: ('en/about/index.html', 'https://example.org/hub/') → https://example.org/hub/en/about/. */
export function fileUrl(file: string, site: string): URL {
  return new URL(pagePath(file).slice(1), siteRoot(site));
}

/**
 * The path inside the built folder of an address on the site: 'https://example.org/hub/en/' → '/en/'; undefined
 * when the address is on the site's host but outside the path it is published under (/hub/).
 */
export function pathInSite(url: URL, site: string, base = siteRoot(site).pathname): string | undefined {
  if (url.pathname === base.slice(0, -1)) return '/';
  return url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined;
}

/** The file a static host serves for a path, or why there is none. */
export function resolvePath(
  pathname: string,
  files: ReadonlySet<string>,
): { file: string } | { missing: true } | { folderWithoutSlash: true } {
  const clean = pathname.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) {
    const file = `${clean}index.html`;
    return files.has(file) ? { file } : { missing: true };
  }
  if (files.has(clean)) return { file: clean };
  if (files.has(`${clean}/index.html`)) return { folderWithoutSlash: true };
  return { missing: true };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Problems with an address that leaves the site (syntax only: nothing is fetched). */
export function externalProblem(url: URL, raw: string): string | undefined {
  if (!(ALLOWED_SCHEMES as readonly string[]).includes(url.protocol)) {
    return `uses "${url.protocol}", which is not a web, e-mail or phone address (allowed: ${ALLOWED_SCHEMES.join(' ')}). Check the spelling, e.g. https://example.org/`;
  }
  if (/\s/.test(raw.trim())) return 'contains a space. Remove it, or write it as %20 if the address really has one';
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) {
      return `has no real host name ("${url.hostname}"). Write the full address, e.g. https://www.example.org/`;
    }
  }
  if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(safeDecode(url.pathname))) {
    return 'is not an e-mail address. Write it as mailto:name@example.org';
  }
  if ((url.protocol === 'tel:' || url.protocol === 'sms:') && !/^\+?[\d\s().-]{3,}$/.test(safeDecode(url.pathname))) {
    return 'is not a phone number. Write it with digits only, e.g. tel:1362';
  }
  return undefined;
}

/**
 * Every broken reference in a site. `pages` maps each HTML file (dist-relative, 'en/about/index.html') to
 * its scan; `files` holds every file of the site; `origin` is the site's own address (http://localhost:4321/,
 * or https://org.github.io/repo/ for a site published under /repo/), so absolute links to it count as
 * internal, and every internal address must start with its path.
 */
export function checkLinks(pages: ReadonlyMap<string, PageScan>, files: ReadonlySet<string>, origin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const site = new URL(origin).origin;
  const sitePath = siteRoot(origin).pathname;
  for (const [page, scan] of pages) {
    const base = fileUrl(page, origin);
    for (const ref of scan.refs) {
      const report = (message: string) => problems.push({ page, url: ref.url, tag: ref.tag, attr: ref.attr, message });
      const raw = ref.url.trim();
      if (raw === '') {
        report('is empty. Give the address, or remove the attribute');
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, base);
      } catch {
        report('is not a valid address. Check its spelling');
        continue;
      }
      if (url.protocol === 'data:' && ref.kind === 'resource') continue;
      if (url.origin !== site || !(url.protocol === 'http:' || url.protocol === 'https:')) {
        if (ref.kind === 'resource') {
          report(
            `loads from another host (${url.host || url.protocol}) as soon as the page opens, so the reader's phone contacts it before they ask. Ship the file with the site, or load it only after the reader chooses to (e.g. a click-to-load button).`,
          );
          continue;
        }
        const problem = externalProblem(url, raw);
        if (problem) report(problem);
        continue;
      }
      if (/\s/.test(raw)) {
        report('contains a space. Remove it, or write it as %20 if the file name really has one');
        continue;
      }
      // preconnect to our own host names no file.
      if (ref.tag === 'link' && url.pathname === '/' && !url.search && ref.kind === 'resource') continue;
      // The site's path, parsed once: parsing it for each reference was a third of the check.
      const inside = pathInSite(url, origin, sitePath);
      if (inside === undefined) {
        report(
          `leads to ${safeDecode(url.pathname)}, outside ${sitePath}, where the site is published. Start the address with ${sitePath} (in code: localizedPath() or withBase() from src/i18n/urls.ts)`,
        );
        continue;
      }
      const pathname = safeDecode(url.pathname);
      const target = resolvePath(safeDecode(inside), files);
      if ('folderWithoutSlash' in target) {
        report(`leads to a folder: write ${pathname}/ with the final slash, as every address on this site ends, so it works on every host without a redirect`);
        continue;
      }
      if ('missing' in target) {
        report(`leads to nothing: no page or file in the site has the address ${pathname}. Correct the address, or remove the link`);
        continue;
      }
      const fragment = safeDecode(url.hash.slice(1));
      if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:') || !target.file.endsWith('.html')) continue;
      const targetScan = pages.get(target.file);
      if (targetScan && !targetScan.ids.has(fragment)) {
        report(
          `points to #${fragment}, but ${pagePath(target.file)} has no element with id="${fragment}". Link to a heading id that exists on that page, or remove "#${fragment}"`,
        );
      }
    }
  }
  return problems;
}

/** One line per problem. */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${pagePath(problem.page)}: <${problem.tag} ${problem.attr}="${problem.url}"> ${problem.message}.`;
}

/** Where a broken address is written in the content, so the message names the file and line to fix. */
function findInContent(url: string, files: readonly ContentFile[]): string[] {
  const places: string[] = [];
  for (const file of files) {
    const index = file.text.indexOf(url);
    if (index === -1) continue;
    places.push(`${file.path}:${file.text.slice(0, index).split('\n').length}`);
  }
  return places;
}

/** Groups the same broken address on many pages (a link in the header, a fallback copy) into one line. */
export function describeLinkProblems(problems: readonly LinkProblem[], content: readonly ContentFile[]): string[] {
  const groups = new Map<string, LinkProblem[]>();
  for (const problem of problems) {
    const key = `${problem.url}\u0000${problem.message}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const pages = [...new Set(group.map((problem) => pagePath(problem.page)))];
    const seenOn = pages.length > 3 ? `${pages.slice(0, 3).join(', ')} and ${pages.length - 3} more` : pages.join(', ');
    const places = findInContent(first.url, content);
    const what = first.tag === 'a' ? 'the link' : `the ${first.tag} ${first.attr}`;
    if (places.length > 0) {
      return `${places.join(', ')}: ${what} "${first.url}" ${first.message}. (Seen on ${seenOn}.)`;
    }
    return `${seenOn}: ${what} "${first.url}" ${first.message}. It is not written in content/, so it comes from the site's code (src/).`;
  });
}
