/**
 * Sitemap and feed validity: well-formed XML; every sitemap address is a page of the built site;
 * language alternates (in the sitemap and in each page's head) pair up both ways; every RSS or Atom feed
 * has items with a title, a link that resolves and a date. Pure: the caller reads the files.
 */
// XMLValidator is marked deprecated in favour of a separate package; it still works and is tested here.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { fileUrl, pathInSite, resolvePath } from './links';

export interface XmlProblem {
  file: string;
  message: string;
}

const ARRAYS = new Set(['sitemap', 'url', 'xhtml:link', 'item', 'entry', 'link']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => ARRAYS.has(name),
  processEntities: true,
  htmlEntities: false,
});

/** Parses XML, or explains why it is not well-formed. */
export function parseXml(xml: string): { data: Record<string, unknown> } | { error: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})` };
  return { data: parser.parse(xml) as Record<string, unknown> };
}

type Node = Record<string, unknown>;
const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const textOf = (value: unknown): string => {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']).trim();
  return '';
};

/** Where an absolute address on the site leads in dist, or a message saying why it does not. */
function internalFile(address: string, origin: string, files: ReadonlySet<string>): { file: string } | { message: string } {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { message: `"${address}" is not an absolute address (https://…)` };
  }
  if (url.origin !== new URL(origin).origin) return { message: `"${address}" is not on the site (${origin}): build with SITE_URL set to the public address` };
  const inside = pathInSite(url, origin);
  if (inside === undefined) return { message: `"${address}" is outside ${new URL(origin).pathname}, where the site is published` };
  const target = resolvePath(decodeURIComponent(inside), files);
  if ('file' in target) return target;
  return { message: `"${address}" is not a page or file of the built site` };
}

export interface SitemapEntry {
  loc: string;
  /** hreflang → href */
  alternates: Map<string, string>;
}

/**
 * Checks sitemap-index.xml and the sitemaps it lists. `read` returns a dist file's text (undefined when
 * missing). Returns the problems and the entries, for the alternate check.
 */
export function checkSitemaps(
  read: (file: string) => string | undefined,
  files: ReadonlySet<string>,
  origin: string,
  index = 'sitemap-index.xml',
): { problems: XmlProblem[]; entries: SitemapEntry[] } {
  const problems: XmlProblem[] = [];
  const entries: SitemapEntry[] = [];
  const indexXml = read(index);
  if (indexXml === undefined) return { problems: [{ file: index, message: 'is missing: the sitemap integration did not run' }], entries };
  const parsedIndex = parseXml(indexXml);
  if ('error' in parsedIndex) return { problems: [{ file: index, message: parsedIndex.error }], entries };
  const sitemapindex = parsedIndex.data.sitemapindex as Node | undefined;
  if (!sitemapindex) return { problems: [{ file: index, message: 'has no <sitemapindex> root element' }], entries };
  const sitemaps = asNodes(sitemapindex.sitemap).map((node) => textOf(node.loc));
  if (sitemaps.length === 0) problems.push({ file: index, message: 'lists no sitemap' });

  const seen = new Set<string>();
  for (const loc of sitemaps) {
    const target = internalFile(loc, origin, files);
    if ('message' in target) {
      problems.push({ file: index, message: `lists ${target.message}` });
      continue;
    }
    const parsed = parseXml(read(target.file) ?? '');
    if ('error' in parsed) {
      problems.push({ file: target.file, message: parsed.error });
      continue;
    }
    const urlset = parsed.data.urlset as Node | undefined;
    if (!urlset) {
      problems.push({ file: target.file, message: 'has no <urlset> root element' });
      continue;
    }
    for (const url of asNodes(urlset.url)) {
      const pageLoc = textOf(url.loc);
      if (seen.has(pageLoc)) problems.push({ file: target.file, message: `lists ${pageLoc} twice` });
      seen.add(pageLoc);
      const page = internalFile(pageLoc, origin, files);
      if ('message' in page) problems.push({ file: target.file, message: `lists ${page.message}` });
      else if (!page.file.endsWith('.html')) problems.push({ file: target.file, message: `lists ${pageLoc}, which is not a page` });
      const alternates = new Map<string, string>();
      for (const link of asNodes(url['xhtml:link'])) {
        if (link['@rel'] === 'alternate') alternates.set(String(link['@hreflang']), String(link['@href']));
      }
      entries.push({ loc: pageLoc, alternates });
    }
  }
  problems.push(...checkAlternates(entries, index === 'sitemap-index.xml' ? 'sitemap' : index));
  return { problems, entries };
}

/**
 * Language alternates pair up: each entry names itself among its alternates, every alternate is itself
 * an entry, and names the same set back (A says "lo is B" ⇔ B says "en is A").
 */
export function checkAlternates(entries: readonly SitemapEntry[], where: string): XmlProblem[] {
  const problems: XmlProblem[] = [];
  const byLoc = new Map(entries.map((entry) => [entry.loc, entry]));
  for (const entry of entries) {
    if (entry.alternates.size === 0) continue;
    const ownLang = [...entry.alternates].find(([, ownHref]) => ownHref === entry.loc)?.[0];
    if (!ownLang) {
      problems.push({ file: where, message: `${entry.loc} does not list itself among its language alternates` });
      continue;
    }
    for (const [lang, href] of entry.alternates) {
      if (href === entry.loc) continue;
      const other = byLoc.get(href);
      if (!other) {
        problems.push({ file: where, message: `${entry.loc} names ${href} as its "${lang}" version, which is not in the ${where}` });
        continue;
      }
      const back = [...other.alternates].filter(([, otherHref]) => otherHref === entry.loc).map(([otherLang]) => otherLang);
      if (!back.includes(ownLang)) {
        problems.push({ file: where, message: `${entry.loc} names ${href} as its "${lang}" version, but ${href} does not name ${entry.loc} back` });
      }
    }
  }
  return problems;
}

/** The <link rel="alternate" hreflang> of a page, made absolute. */
export function htmlAlternates(html: string, pageUrl: string): Map<string, string> {
  const alternates = new Map<string, string>();
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (tag === 'link' && (attrs.rel ?? '').split(/\s+/).includes('alternate') && attrs.hreflang && attrs.href) {
        alternates.set(attrs.hreflang, new URL(attrs.href, pageUrl).href);
      }
    },
  });
  parser.write(html);
  parser.end();
  return alternates;
}

/** The alternates in each page's head pair up the same way ('x-default' points to the chooser, not a twin). */
export function checkPageAlternates(pages: ReadonlyMap<string, string>, origin: string): XmlProblem[] {
  const entries: SitemapEntry[] = [];
  for (const [file, html] of pages) {
    const loc = fileUrl(file, origin).href;
    const alternates = htmlAlternates(html, loc);
    alternates.delete('x-default');
    entries.push({ loc, alternates });
  }
  return checkAlternates(entries, 'pages');
}

const RFC822 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UT|Z|[+-]\d{4}|[A-Z]{3})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An RSS 2.0 or Atom feed: well-formed, titled, with items that have a title, a resolvable link and a date. */
export function checkFeed(file: string, xml: string, files: ReadonlySet<string>, origin: string): XmlProblem[] {
  const parsed = parseXml(xml);
  if ('error' in parsed) return [{ file, message: parsed.error }];
  const problems: XmlProblem[] = [];
  const report = (message: string) => problems.push({ file, message });
  const checkLink = (what: string, address: string) => {
    if (!address) return report(`${what} has no link`);
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return report(`${what}'s link "${address}" is not an absolute address (https://…)`);
    }
    if (url.origin !== new URL(origin).origin) return; // Another site: syntax only.
    const target = internalFile(address, origin, files);
    if ('message' in target) report(`${what}'s link: ${target.message}`);
  };

  const rss = parsed.data.rss as Node | undefined;
  const atom = parsed.data.feed as Node | undefined;
  if (rss) {
    if (rss['@version'] !== '2.0') report('is RSS but not version="2.0"');
    const channel = rss.channel as Node | undefined;
    if (!channel) return [...problems, { file, message: 'has no <channel>' }];
    for (const field of ['title', 'link', 'description']) if (!textOf(channel[field])) report(`<channel> has no <${field}>`);
    const items = asNodes(channel.item);
    if (items.length === 0) report('has no <item>: a feed readers subscribe to must list something');
    items.forEach((item, index) => {
      const title = textOf(item.title);
      const what = `item ${index + 1}${title ? ` ("${title}")` : ''}`;
      if (!title) report(`${what} has no <title>`);
      checkLink(what, textOf(asNodes(item.link)[0]));
      const date = textOf(item.pubDate);
      if (!date) report(`${what} has no <pubDate>`);
      else if (!RFC822.test(date) || Number.isNaN(Date.parse(date))) report(`${what}'s <pubDate> "${date}" is not an RFC 822 date like "Tue, 25 Nov 2025 00:00:00 GMT"`);
    });
  } else if (atom) {
    if (!textOf(atom.title)) report('<feed> has no <title>');
    const entries = asNodes(atom.entry);
    if (entries.length === 0) report('has no <entry>: a feed readers subscribe to must list something');
    entries.forEach((entry, index) => {
      const title = textOf(entry.title);
      const what = `entry ${index + 1}${title ? ` ("${title}")` : ''}`;
      if (!title) report(`${what} has no <title>`);
      const link = asNodes(entry.link).find((node) => !node['@rel'] || node['@rel'] === 'alternate');
      checkLink(what, String(link?.['@href'] ?? ''));
      const updated = textOf(entry.updated);
      if (!RFC3339.test(updated)) report(`${what} has no <updated> date like 2025-11-25T00:00:00Z`);
    });
  } else {
    report('is neither an RSS nor an Atom feed');
  }
  return problems;
}

/** Feeds are the XML files that are not sitemaps. */
export const isSitemapFile = (file: string) => /(^|\/)sitemap[^/]*\.xml$/.test(file);
