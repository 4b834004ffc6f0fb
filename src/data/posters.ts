/**
 * Posters for pages and file endpoints: each poster's versions, and its files rendered once per build (the
 * poster page needs their byte sizes, the endpoints their bytes; both share this module's cache).
 */
import type { CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { localizedPath } from '../i18n/urls';
import { cachedRender } from '../lib/build-cache';
import { LOGO_FILE } from '../lib/graphics/logo';
import { PAPER_SIZES, paperPixels, posterPdf, posterPrintScene, RENDERER_FILES, sceneToPng, type PosterScene } from '../lib/graphics/render';
import { paletteToPng } from '../lib/graphics/raster';
import { parseEntryId } from '../lib/localized-entries';
import { isPublicAddress } from '../lib/site-address';
import {
  availableVersions,
  impossibleVersions,
  posterSizes,
  posterSpec,
  previewWidths,
  reservedPosterSlugs,
  versionLocale,
  versionTitle,
  type PosterAudience,
  type PosterLanguageText,
  type PosterSize,
  type PosterVersion,
} from '../lib/posters';
import { entriesIn, publishedEntries, type Localized } from './entries';
import { getHelplines } from './settings';

type PosterEntry = CollectionEntry<'posters'>;

export interface Poster {
  slug: string;
  /** The file of each language that has one. */
  files: Partial<Record<Locale, PosterEntry>>;
  versions: PosterVersion[];
  /** Designer-made PDFs by version and size, as absolute paths. */
  printFiles: Partial<Record<PosterVersion, Partial<Record<PosterSize, string>>>>;
}

/** The file a poster's shared settings (artwork, colour, help lines, audiences) are taken from: Lao first. */
export const mainFile = (poster: Poster): PosterEntry => (poster.files.lo ?? poster.files.en)!;

/** The poster's file in a language, or the other language's when it has none. */
export const fileFor = (poster: Poster, locale: Locale): PosterEntry => poster.files[locale] ?? mainFile(poster);

export const posterAudiencesOf = (poster: Poster, locale: Locale): PosterAudience[] => fileFor(poster, locale).data.audiences;

const sourcePath = (entry: PosterEntry): string => path.resolve(entry.filePath ?? entry.id);

let postersCache: Promise<Poster[]> | undefined;

/** Every published poster, checked: a mistake stops the build with the file, the field and the fix. */
export function getPosters(): Promise<Poster[]> {
  postersCache ??= loadPosters();
  return postersCache;
}

async function loadPosters(): Promise<Poster[]> {
  const bySlug = new Map<string, Poster>();
  for (const entry of await publishedEntries('posters')) {
    const { locale, slug } = parseEntryId(entry.id);
    const file = path.relative(process.cwd(), sourcePath(entry));
    if (reservedPosterSlugs.includes(slug)) {
      throw new Error(`${file}: "${slug}" is used in the poster library's addresses. Rename the file (e.g. ${slug}-poster.mdx).`);
    }
    const wrong = impossibleVersions(locale, entry.data.versions);
    if (wrong.length) {
      throw new Error(
        `${file}: versions lists ${wrong.join(', ')}, but this file holds the ${locale === 'lo' ? 'Lao' : 'English'} wording. ` +
          `Use only ${locale} and bilingual here; the other language's wording goes in posters/${locale === 'lo' ? 'en' : 'lo'}/${slug}.mdx.`,
      );
    }
    const poster = bySlug.get(slug) ?? { slug, files: {}, versions: [], printFiles: {} };
    poster.files[locale] = entry;
    bySlug.set(slug, poster);
  }
  const posters = [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
  for (const poster of posters) {
    poster.versions = availableVersions({
      ...(poster.files.lo ? { lo: poster.files.lo.data } : {}),
      ...(poster.files.en ? { en: poster.files.en.data } : {}),
    });
    for (const locale of locales) {
      const entry = poster.files[locale];
      if (!entry) continue;
      await addPrintFiles(poster, entry, locale, 'printFiles');
      await addPrintFiles(poster, entry, 'bilingual', 'bilingualPrintFiles');
    }
  }
  return posters;
}

/** Checks designer-made PDFs (they must be A4/A3 PDFs) and records them for their version. */
async function addPrintFiles(poster: Poster, entry: PosterEntry, version: PosterVersion, field: 'printFiles' | 'bilingualPrintFiles') {
  const given = entry.data[field];
  if (!given) return;
  const file = path.relative(process.cwd(), sourcePath(entry));
  for (const size of posterSizes) {
    const relative = given[size];
    if (!relative) continue;
    const where = `${file}: ${field}.${size} (${relative})`;
    if (!poster.versions.includes(version)) {
      throw new Error(`${where}: this poster has no ${version} version, so the file would never be offered. Remove it.`);
    }
    const absolute = path.resolve(path.dirname(sourcePath(entry)), relative);
    if (!existsSync(absolute)) throw new Error(`${where}: the file does not exist. Put the PDF next to the poster's file, or correct the path.`);
    const bytes = readFileSync(absolute);
    let page;
    try {
      page = (await PDFDocument.load(bytes, { updateMetadata: false })).getPage(0);
    } catch {
      throw new Error(`${where}: this is not a PDF that can be read. Export it again as PDF (not password-protected).`);
    }
    // The trim box is the finished size; a designer's file may add bleed around it.
    const { width, height } = page.getTrimBox();
    const paper = PAPER_SIZES[size === 'a4' ? 'A4' : 'A3'];
    if (Math.abs(width - paper.width) > 2 || Math.abs(height - paper.height) > 2) {
      throw new Error(
        `${where}: the page is ${Math.round(width)} × ${Math.round(height)} pt, not ${size.toUpperCase()} portrait ` +
          `(${Math.round(paper.width)} × ${Math.round(paper.height)} pt). Export it at ${size.toUpperCase()} size.`,
      );
    }
    const other = poster.printFiles[version]?.[size];
    if (other && other !== absolute) {
      throw new Error(`${where}: the other language's file already gives a ${version} ${size} PDF. Keep it in one file only.`);
    }
    poster.printFiles[version] = { ...poster.printFiles[version], [size]: absolute };
  }
}

export async function getPoster(slug: string): Promise<Poster> {
  const poster = (await getPosters()).find((p) => p.slug === slug);
  if (!poster) throw new Error(`No published poster "${slug}".`);
  return poster;
}

/** The printed texts of a version, each with the interface strings of its language. */
function versionTexts(poster: Poster, version: PosterVersion): PosterLanguageText[] {
  const langs: ('lo' | 'en')[] = version === 'bilingual' ? ['lo', 'en'] : [version];
  return langs.map((lang) => {
    const t = useTranslations(lang);
    const data = poster.files[lang]!.data;
    return {
      lang,
      title: data.title,
      message: data.message,
      siteName: t('site.name'),
      helpLinesTitle: t('posters.printed.helpLines'),
      scanCaption: t('posters.printed.scan'),
      previewStamp: t('posters.printed.preview'),
    };
  });
}

/** The page a version's QR code opens. */
export const posterPageUrl = (slug: string, version: PosterVersion, site: URL): string =>
  new URL(localizedPath(versionLocale(version), `posters/${slug}`), site).href;

export interface VersionFiles {
  title: string;
  lang: 'lo' | 'en';
  url: string;
  pdf(size: PosterSize): Promise<Uint8Array>;
  /** 1080 px wide, for screens and messaging apps. */
  png(): Promise<Uint8Array>;
  /** The whole poster at A3 150 dpi, for the browser print view. */
  printPng(): Promise<Uint8Array>;
  preview(width: number): Promise<Uint8Array>;
}

const filesCache = new Map<string, VersionFiles>();
const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};

/** A version's files, drawn on first use from one A3 scene: vector PDFs, and PNGs drawn from the same scene. */
export async function versionFiles(slug: string, version: PosterVersion, site: URL): Promise<VersionFiles> {
  const key = `${slug}\n${version}\n${site.href}`;
  const cached = filesCache.get(key);
  if (cached) return cached;
  const poster = await getPoster(slug);
  if (!poster.versions.includes(version)) throw new Error(`Poster "${slug}" has no ${version} version.`);
  const main = mainFile(poster).data;
  const texts = versionTexts(poster, version);
  const helplines = await getHelplines();
  const url = posterPageUrl(slug, version, site);
  const title = versionTitle(texts);
  const artwork = main.artwork ? artworkPath(mainFile(poster)) : undefined;
  const logo = LOGO_FILE;
  const spec = posterSpec({
    version,
    texts,
    helplines: main.helplines.map((id) => helplines.find((line) => line.id === id)!),
    colour: main.colour,
    url,
    logo,
    artwork,
    preview: !isPublicAddress(site),
  });
  // Each file is kept between builds, keyed by the spec and every file drawing it reads (lib/build-cache).
  const drawn = (kind: string, inputs: unknown, render: () => Promise<Uint8Array>) =>
    cachedRender(
      { kind, version: 1, inputs: { spec, ...(inputs as object) }, files: [...RENDERER_FILES, 'src/data/posters.ts', logo, artwork] },
      render,
    );
  // One scene, laid out on A3 in pt: the vector PDFs and every PNG are drawn from it.
  const drawing = once(async (): Promise<PosterScene> => {
    const drawn = await posterPrintScene(spec);
    checkArtworkResolution(drawn, artwork, mainFile(poster));
    return drawn;
  });
  const picture = async (width: number) => {
    const drawn = await drawing();
    return sceneToPng(drawn.scene, width, drawn.background);
  };
  const lang = texts[0]!.lang;
  const pdfs = Object.fromEntries(
    posterSizes.map((size) => [
      size,
      once(async () => {
        const designed = poster.printFiles[version]?.[size];
        if (designed) return new Uint8Array(readFileSync(designed));
        return drawn('poster-pdf', { size, title }, async () => posterPdf(await drawing(), { title, lang, url }, size === 'a4' ? 'A4' : 'A3'));
      }),
    ]),
  ) as Record<PosterSize, () => Promise<Uint8Array>>;
  const screen = once(() => picture(1080));
  const png = once(() => drawn('poster-png', {}, async () => paletteToPng(await screen())));
  const printPng = once(() => drawn('poster-print-png', {}, () => picture(paperPixels('A3', 150).width)));
  const previews = new Map(
    previewWidths.map((w) => [w, once(() => drawn('poster-preview', { w }, async () => sharp(await screen()).resize(w).webp({ quality: 80, effort: 2 }).toBuffer()))] as const),
  );
  const files: VersionFiles = {
    title,
    lang,
    url,
    pdf: (size) => pdfs[size](),
    png,
    printPng,
    preview: (width) => {
      const make = previews.get(width as (typeof previewWidths)[number]);
      if (!make) throw new Error(`No ${width} px preview: widths are ${previewWidths.join(', ')}.`);
      return make();
    },
  };
  filesCache.set(key, files);
  return files;
}

/**
 * The artwork's file on disk. Astro hands pages the published copy (/_astro/…), not the source, so read the
 * path as written in the poster's frontmatter; the schema's image() has already checked that it exists.
 */
function artworkPath(entry: PosterEntry): string {
  const file = sourcePath(entry);
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const src = (parseYaml(frontmatter) as { artwork?: { src?: unknown } } | null)?.artwork?.src;
  if (typeof src !== 'string') throw new Error(`${path.relative(process.cwd(), file)}: artwork.src must be a file path.`);
  return path.resolve(path.dirname(file), src);
}

/** A photo must print at 150 dpi or better at the size it is drawn on A3 (the scene is in pt). */
function checkArtworkResolution(drawn: PosterScene, artwork: string | undefined, entry: PosterEntry) {
  const box = drawn.artworkBox;
  if (!box || box.vector || !artwork) return;
  const dpi = box.sourceWidth / (box.width / 72);
  if (dpi < 150) {
    const needed = Math.ceil((box.width / 72) * 150);
    throw new Error(
      `${path.relative(process.cwd(), sourcePath(entry))}: artwork.src (${path.basename(artwork)}) is ${box.sourceWidth} px wide, ` +
        `too small to print sharply on A3 (${Math.round(dpi)} dpi). Use an SVG, or a picture at least ${needed} px wide.`,
    );
  }
}

/** Byte sizes of a version's downloads, for the labels. */
export async function downloadSizes(slug: string, version: PosterVersion, site: URL) {
  const files = await versionFiles(slug, version, site);
  const [a4, a3, png] = await Promise.all([files.pdf('a4'), files.pdf('a3'), files.png()]);
  return { a4: a4.byteLength, a3: a3.byteLength, png: png.byteLength };
}

/** Every poster version, for the file endpoints' getStaticPaths. */
export async function allVersions(): Promise<{ slug: string; version: PosterVersion }[]> {
  return (await getPosters()).flatMap((poster) => poster.versions.map((version) => ({ slug: poster.slug, version })));
}

export interface ListedPoster {
  item: Localized<'posters'>;
  poster: Poster;
}

/** The posters listed under a language (with the other language's text where a translation is missing). */
export async function postersIn(locale: Locale): Promise<ListedPoster[]> {
  const posters = await getPosters();
  return (await entriesIn('posters', locale)).map((item) => ({ item, poster: posters.find((p) => p.slug === item.slug)! }));
}

/** The version a reader of a language sees first: their own language's, else the first there is. */
export const defaultVersion = (poster: Poster, locale: Locale): PosterVersion =>
  poster.versions.includes(locale) ? locale : poster.versions[0]!;
