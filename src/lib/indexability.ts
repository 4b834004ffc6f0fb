/**
 * Which pages search engines and the site's own search may list: decided here, once, for every page. The
 * sitemap filter (src/integrations/sitemap.ts), the robots <meta> (src/components/head/RobotsMeta.astro),
 * the layouts that mark the searchable part of a page (data-pagefind-body) and the search indexer
 * (src/lib/search/indexable.ts) all ask `indexability`, so a page is never in the sitemap while telling
 * search engines not to index it, or in the site's search while kept from everything else.
 *
 * A page is decided by its path and one fact the path cannot tell: whether it shows the other language's
 * text because its translation is missing. Pages state that fact in their HTML (data-fallback="true" on the
 * content), so checks over the built site read it back with `pageFacts`.
 */
import { locales } from '../i18n/locales.ts';
import { isUnlistedPosterPage } from './posters.ts';
import { firstTagWith } from './tag-attributes.ts';

export interface PageFacts {
  /** The page shows the other language's text under this address, because its translation is missing. */
  fallback?: boolean | undefined;
}

export interface IndexabilityRule {
  /** Named in reports and test failures, e.g. "Indexed pages: … (left out: 154 poster-view)". */
  name: string;
  /** Why pages of this kind are treated this way. */
  why: string;
  applies: (pathname: string, facts: PageFacts) => boolean;
  /** Listed in the sitemap. */
  sitemap: boolean;
  /** What search engines are told: 'noindex' writes <meta name="robots" content="noindex">. */
  robots: 'index' | 'noindex';
  /** The site's search holds the page's main content (the part its layout marks data-pagefind-body). */
  search: boolean;
}

export type Indexability = Pick<IndexabilityRule, 'name' | 'sitemap' | 'robots' | 'search'>;

const lang = `(?:${locales.join('|')})`;
const hidden = { sitemap: false, robots: 'noindex', search: false } as const;

/** The rules, first match wins. Every page is listed, indexed and searchable unless a rule says otherwise. */
export const indexabilityRules: readonly IndexabilityRule[] = [
  {
    name: 'not-found',
    why: 'the page a host serves for an address that does not exist',
    applies: (pathname) => /^\/404(?:\.html|\/)?$/.test(pathname),
    ...hidden,
  },
  {
    name: 'language-chooser',
    why: 'the root sends readers on to /lo/ or /en/, which are listed; search engines may still index it, as it is the x-default alternate of every page',
    applies: (pathname) => pathname === '/',
    sitemap: false,
    robots: 'index',
    search: false,
  },
  {
    name: 'admin',
    why: 'the editor staff publish with, not a page for readers',
    applies: (pathname) => /^\/admin(?:\/|\.html$|$)/.test(pathname),
    ...hidden,
  },
  {
    name: 'offline',
    why: 'shown by the browser when a reader is offline, never reached by a link',
    applies: (pathname) => new RegExp(`^/${lang}/offline(?:/|\\.html)?$`).test(pathname),
    ...hidden,
  },
  {
    name: 'poster-view',
    why: 'a filtered poster list or a print view: another view of the poster pages, thousands of them as posters grow',
    applies: (pathname) => isUnlistedPosterPage(pathname),
    ...hidden,
  },
  {
    name: 'campaign-now',
    why: 'the stable 16 Days address repeats the year page of the current campaign, which search holds; listed, as it is the address people share',
    applies: (pathname) => new RegExp(`^/${lang}/16-days/$`).test(pathname),
    sitemap: true,
    robots: 'index',
    search: false,
  },
  {
    name: 'list',
    why: 'the home page, the search page and lists of entries (sections, their next pages, topics, videos, posters): search holds the entries themselves',
    applies: (pathname) =>
      new RegExp(`^/${lang}/(?:(?:search|topics|videos|posters)/|topics/[^/]+/|(?:stories|materials|updates)/(?:\\d+/)?)?$`).test(pathname),
    sitemap: true,
    robots: 'index',
    search: false,
  },
  {
    name: 'untranslated-fallback',
    why: "the other language's text standing in until the translation is written: the original is listed and searchable in its own language",
    applies: (_pathname, facts) => facts.fallback === true,
    ...hidden,
  },
  {
    name: 'page',
    why: 'an entry, a free-standing page, a campaign year or Get help',
    applies: () => true,
    sitemap: true,
    robots: 'index',
    search: true,
  },
];

/** How a page is listed, by its path ('/lo/stories/fake-job-offers/', '/404.html') and what the path cannot tell. */
export function indexability(pathname: string, facts: PageFacts = {}): Indexability {
  const rule = indexabilityRules.find((candidate) => candidate.applies(pathname, facts))!;
  return { name: rule.name, sitemap: rule.sitemap, robots: rule.robots, search: rule.search };
}

const FALLBACK = /\sdata-fallback\s*=\s*["']?true\b/gi;

/** The facts a built page states about itself (see PageFacts). */
export function pageFacts(html: string): PageFacts {
  return { fallback: firstTagWith(html, FALLBACK) >= 0 };
}
