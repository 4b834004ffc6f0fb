/**
 * Video queries for pages, plus the checks a schema cannot make: a published video has a transcript, and a
 * video kept as a file (provider: file) and its caption files exist next to the entry.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { withBase } from '../i18n/urls';
import { contentDir } from '../lib/content-dir';
import { localizeEntries } from '../lib/localized-entries';
import { groupByCampaign } from '../lib/videos';
import { entriesIn, localizedPaths, publishedEntries, type Localized } from './entries';

export type VideoEntry = CollectionEntry<'videos'>;
export type VideoCampaign = CollectionEntry<'videoCampaigns'>['data'];

/** Where files of provider: file videos are published: /media/videos/<path under content/videos>. */
const mediaBase = '/media/videos/';
const videosDir = path.join(contentDir, 'videos');

export interface VideoMedia {
  /** Site path of the video file. */
  src: string;
  type: string;
  /** Caption files, one per language listed in `captions`. */
  tracks: { lang: Locale; src: string }[];
  /** Files to publish: site path → file on disk. */
  files: { route: string; file: string }[];
}

function entryFile(entry: VideoEntry): string {
  return entry.filePath ?? `content/videos/${entry.id}.mdx`;
}

/** The video file and its captions for provider: file, with the fix named when one is missing. */
export function videoMedia(entry: VideoEntry): VideoMedia | undefined {
  const { provider, url, captions } = entry.data;
  if (provider !== 'file' || !url) return undefined;
  const file = path.resolve(path.dirname(path.resolve(entryFile(entry))), url);
  const relative = path.relative(videosDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`${entryFile(entry)}: url "${url}" points outside content/videos/. Keep the video file in content/videos/ (e.g. content/videos/files/).`);
  }
  if (!existsSync(file)) {
    throw new Error(`${entryFile(entry)}: url "${url}": the file ${path.relative(process.cwd(), file)} does not exist. Check the path, or add the file.`);
  }
  const route = (p: string) => mediaBase + p.split(path.sep).join('/');
  const files = [{ route: route(relative), file }];
  const tracks = captions.map((lang) => {
    const track = file.replace(/\.\w+$/, `.${lang}.vtt`);
    if (!existsSync(track)) {
      throw new Error(
        `${entryFile(entry)}: captions lists "${lang}", but the caption file ${path.relative(process.cwd(), track)} does not exist. Add it (WebVTT), or remove "${lang}" from captions.`,
      );
    }
    const trackRoute = route(path.relative(videosDir, track));
    files.push({ route: trackRoute, file: track });
    return { lang, src: withBase(trackRoute) };
  });
  return { src: withBase(files[0]!.route), type: file.endsWith('.webm') ? 'video/webm' : 'video/mp4', tracks, files };
}

function check(entry: VideoEntry): void {
  if (!entry.data.draft && !entry.body?.trim()) {
    throw new Error(
      `${entryFile(entry)}: the transcript is missing. Below the closing --- line, write out everything said in the video, in this file's language.`,
    );
  }
  videoMedia(entry);
}

/** Published videos (drafts too in `astro dev`), checked. */
export async function publishedVideos(): Promise<VideoEntry[]> {
  const entries = await publishedEntries('videos');
  entries.forEach(check);
  return entries;
}

/** getStaticPaths for /<locale>/videos/<slug>/. */
export async function videoPaths() {
  await publishedVideos();
  return localizedPaths('videos');
}

export async function getVideoCampaigns(): Promise<VideoCampaign[]> {
  return (await getCollection('videoCampaigns')).map((entry) => entry.data);
}

/** The gallery's sections for one language: each campaign with its videos, then the others. */
export async function videoGallery(locale: Locale) {
  await publishedVideos();
  const [campaigns, videos] = await Promise.all([getVideoCampaigns(), entriesIn('videos', locale)]);
  return groupByCampaign(campaigns, videos, (item) => item.entry.data.campaign);
}

/** One video as it is published under a language (a translation, or the other language's as a fallback). */
export async function findVideo(slug: string, locale: Locale): Promise<Localized<'videos'> | undefined> {
  const all = (await getCollection('videos')) as VideoEntry[];
  return localizeEntries(all).find((item) => item.slug === slug && item.locale === locale);
}

/** Every slug in the collection, drafts included: for messages naming what exists. */
export async function videoSlugs(): Promise<string[]> {
  return [...new Set(localizeEntries(await getCollection('videos')).map((item) => item.slug))].sort();
}

/** Files of published provider: file videos, for the /media/videos/ endpoint. */
export async function videoFiles() {
  const files = (await publishedVideos()).flatMap((entry) => videoMedia(entry)?.files ?? []);
  return [...new Map(files.map((item) => [item.route, item])).values()];
}
