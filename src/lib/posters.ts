/**
 * Posters: which printed versions a poster has, the library's filters as query-free paths, file names and
 * the renderer spec. Pure (no Astro): the data layer (src/data/posters.ts) feeds it content.
 */
import type { HelpLine, PictureSource, PosterSpec } from './graphics/spec';
import { colour as token } from './graphics/tokens.ts';
import { withBase } from '../i18n/urls.ts';

export const posterAudiences = ['hotels', 'guesthouses', 'tour-operators', 'transport'] as const;
export type PosterAudience = (typeof posterAudiences)[number];

/** Printed versions: Lao text, English text, or both (Lao first). */
export const posterVersions = ['lo', 'en', 'bilingual'] as const;
export type PosterVersion = (typeof posterVersions)[number];

export const posterSizes = ['a4', 'a3'] as const;
export type PosterSize = (typeof posterSizes)[number];

/** Colour schemes a poster may choose; white text on each accent is at least 7:1. */
export const posterColours = {
  teal: { accent: token('brand') },
  orange: { accent: token('orange-deep') },
  red: { accent: token('red-deep') },
} as const;
export type PosterColour = keyof typeof posterColours;

/** The text of one language's poster file, with the fields that decide its versions. */
export interface PosterText {
  title: string;
  message: string;
  /** Versions this file's text is printed in; undefined: all it can be part of. */
  versions?: readonly PosterVersion[] | undefined;
}

/**
 * The versions a poster can be printed in: a language's own version needs that language's file, the
 * bilingual one needs both; a file may opt out of a version with `versions`.
 */
export function availableVersions(texts: Partial<Record<'lo' | 'en', PosterText>>): PosterVersion[] {
  const allows = (lang: 'lo' | 'en', version: PosterVersion) => {
    const t = texts[lang];
    return Boolean(t && (!t.versions || t.versions.includes(version)));
  };
  return posterVersions.filter((version) =>
    version === 'bilingual' ? allows('lo', version) && allows('en', version) : allows(version, version),
  );
}

/** Versions named in a file that the file cannot take part in (English in a Lao file): mistakes to report. */
export function impossibleVersions(lang: 'lo' | 'en', versions: readonly PosterVersion[] | undefined): PosterVersion[] {
  return (versions ?? []).filter((version) => version !== lang && version !== 'bilingual');
}

/** The language the poster's own page is read in when its QR code is scanned: the first language printed. */
export const versionLocale = (version: PosterVersion): 'lo' | 'en' => (version === 'en' ? 'en' : 'lo');

/** A blank line (or a line break) in the message starts a new paragraph on the poster. */
export const messageParagraphs = (message: string): string[] =>
  message
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

// ---------------------------------------------------------------------------------------------------------
// Library filters: every combination is a real static page, /<locale>/posters/audience/hotels/size/a3/.

export interface PosterFilter {
  audience?: PosterAudience | undefined;
  language?: PosterVersion | undefined;
  size?: PosterSize | undefined;
}
export const filterKeys = ['audience', 'language', 'size'] as const;
export type FilterKey = (typeof filterKeys)[number];
export const filterValues = {
  audience: posterAudiences,
  language: posterVersions,
  size: posterSizes,
} as const satisfies Record<FilterKey, readonly string[]>;

/** The path after /<locale>/posters/ for a filter: 'audience/hotels/size/a3', '' for none. */
export function filterPath(filter: PosterFilter): string {
  return filterKeys.flatMap((key) => (filter[key] ? [key, filter[key]] : [])).join('/');
}

/** Every filter combination, the unfiltered library first. */
export function allFilters(): PosterFilter[] {
  let combos: PosterFilter[] = [{}];
  for (const key of filterKeys) {
    combos = combos.flatMap((combo) => [combo, ...filterValues[key].map((value) => ({ ...combo, [key]: value }))]);
  }
  return combos;
}

/** The same filter with one facet changed (undefined: any). */
export function withFilter<K extends FilterKey>(filter: PosterFilter, key: K, value: PosterFilter[K] | undefined): PosterFilter {
  return { ...filter, [key]: value };
}

/** Does a poster belong in a filtered list? (Every poster has both sizes.) */
export function matchesFilter(poster: { audiences: readonly PosterAudience[]; versions: readonly PosterVersion[] }, filter: PosterFilter): boolean {
  return (
    (!filter.audience || poster.audiences.includes(filter.audience)) &&
    (!filter.language || poster.versions.includes(filter.language))
  );
}

/** Filtered library pages and print views: real pages, but kept out of the sitemap (and search engines). */
export const isUnlistedPosterPage = (pathname: string): boolean =>
  /^\/[a-z]{2}\/posters\/(?:(?:audience|language|size)\/|[^/]+\/print\/)/.test(pathname);

/** Path segments that are filters, so no poster may use them as its file name. */
export const reservedPosterSlugs: readonly string[] = filterKeys;

// ---------------------------------------------------------------------------------------------------------
// Files: /posters/<slug>-<version>-a4.pdf, …-a3.pdf, <slug>-<version>.png (screens), …-print.png (print view),
// previews /posters/preview/<slug>-<version>-<width>.webp.

export type PosterFileKind = PosterSize | 'png' | 'print';

export function posterFile(slug: string, version: PosterVersion, kind: PosterFileKind): string {
  if (kind === 'png') return withBase(`/posters/${slug}-${version}.png`);
  return withBase(`/posters/${slug}-${version}-${kind}.${kind === 'print' ? 'png' : 'pdf'}`);
}

/** Preview widths in px: list thumbnails, then the poster page's large preview on phones and desktops. */
export const previewWidths = [240, 480, 720, 1080] as const;

export const previewFile = (slug: string, version: PosterVersion, width: number): string =>
  withBase(`/posters/preview/${slug}-${version}-${width}.webp`);

/** The `[file]` route parameter of a file's endpoint: its name without folder and extension. */
export const fileParam = (file: string): string => file.slice(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));

// ---------------------------------------------------------------------------------------------------------
// Renderer spec.

export interface PosterLanguageText {
  lang: 'lo' | 'en';
  title: string;
  message: string;
  /** Interface strings in this language. */
  siteName: string;
  helpLinesTitle: string;
  scanCaption: string;
  /** Printed across the top of a local preview build's files, whose QR code leads nowhere readers can reach. */
  previewStamp: string;
}

export interface PosterHelpLine {
  number: string;
  name: Record<'lo' | 'en', string>;
}

export interface PosterSpecInput {
  version: PosterVersion;
  /** The texts the version prints: one language, or Lao then English for the bilingual one. */
  texts: readonly PosterLanguageText[];
  helplines: readonly PosterHelpLine[];
  colour: PosterColour;
  /** Absolute URL of the poster's page, for the QR code. */
  url: string;
  logo?: PictureSource | undefined;
  artwork?: PictureSource | undefined;
  /** The url is not the public site's (a local preview build): mark the poster "do not print". */
  preview?: boolean | undefined;
}

const ink = token('ink');
const muted = token('muted');

export function posterSpec({ version, texts, helplines, colour, url, logo, artwork, preview }: PosterSpecInput): PosterSpec {
  const [first, second] = texts;
  if (!first || (version === 'bilingual') !== Boolean(second)) {
    throw new Error(`posterSpec: the ${version} version needs ${version === 'bilingual' ? 'two texts' : 'one text'}`);
  }
  const both = (pick: (t: PosterLanguageText) => string) => (second ? `${pick(first)} · ${pick(second)}` : pick(first));
  const helpLines: HelpLine[] = helplines.map((line) => ({
    number: line.number,
    label: line.name[first.lang],
    ...(second ? { secondaryLabel: line.name[second.lang] } : {}),
  }));
  return {
    layout: 'poster',
    lang: first.lang,
    title: first.title,
    body: messageParagraphs(first.message),
    ...(second
      ? { secondary: { lang: second.lang, title: second.title, body: messageParagraphs(second.message) } }
      : {}),
    kicker: both((t) => t.siteName),
    helpLinesTitle: both((t) => t.helpLinesTitle),
    helpLines,
    qr: { url, caption: second ? `${first.scanCaption}\n${second.scanCaption}` : first.scanCaption },
    background: token('white'),
    foreground: ink,
    muted,
    accent: posterColours[colour].accent,
    accentText: token('white'),
    ...(logo ? { logo } : {}),
    ...(artwork ? { artwork } : {}),
    ...(preview ? { stamp: both((t) => t.previewStamp) } : {}),
  };
}

/** The title a version's PDF carries in its metadata and a download's name. */
export const versionTitle = (texts: readonly PosterLanguageText[]): string => texts.map((t) => t.title).join(' / ');
