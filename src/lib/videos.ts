/**
 * Video addresses: which host a video lives on, the privacy-enhanced player address that is loaded only after
 * the reader presses play, and the plain link used without JavaScript. Pure: no Astro imports.
 */
import type { Locale } from '../i18n/locales';

export const videoProviders = ['youtube', 'facebook', 'file'] as const;
export type VideoProvider = (typeof videoProviders)[number];

/** Hosts the player iframes come from; the Content-Security-Policy's frame-src must allow exactly these. */
export const playerOrigins = {
  youtube: 'https://www.youtube-nocookie.com',
  facebook: 'https://www.facebook.com',
} as const;

/** Names readers know the hosts by. */
export const hostNames = { youtube: 'YouTube', facebook: 'Facebook' } as const;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function parseUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The 11-character id from any usual YouTube address (watch, youtu.be, shorts, embed, live). */
export function youtubeId(value: string): string | undefined {
  const url = parseUrl(value);
  if (!url) return undefined;
  const host = url.hostname.replace(/^(www|m|music)\./, '');
  let id: string | null | undefined;
  if (host === 'youtu.be') id = url.pathname.split('/')[1];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, first, second] = url.pathname.split('/');
    id = first === 'watch' ? url.searchParams.get('v') : ['embed', 'shorts', 'live', 'v'].includes(first ?? '') ? second : undefined;
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined;
}

/** A Facebook video's public address, normalised to www.facebook.com; undefined if it is not one. */
export function facebookVideoUrl(value: string): string | undefined {
  const url = parseUrl(value);
  if (!url) return undefined;
  const host = url.hostname.replace(/^(www|m|web)\./, '');
  if (host === 'fb.watch' && url.pathname.length > 1) return `https://fb.watch${url.pathname}`;
  if (host !== 'facebook.com') return undefined;
  const path = url.pathname;
  const isVideo =
    /\/(videos|reel)\/[\w.-]+/.test(path) || /^\/share\/v\/\w+/.test(path) || (/^\/watch\/?$/.test(path) && url.searchParams.has('v'));
  if (!isVideo) return undefined;
  url.protocol = 'https:';
  url.hostname = 'www.facebook.com';
  url.hash = '';
  return url.href;
}

/** Why a video's `url` cannot be used, or undefined when it can. Messages complete "url ...". */
export function urlProblem(provider: VideoProvider, url: string): string | undefined {
  if (provider === 'youtube' && !youtubeId(url)) {
    return 'is not a YouTube video address: copy it from the video\'s Share button, e.g. https://www.youtube.com/watch?v=… or https://youtu.be/…';
  }
  if (provider === 'facebook' && !facebookVideoUrl(url)) {
    return 'is not a Facebook video address: copy it from the video\'s Share button, e.g. https://www.facebook.com/<page>/videos/<number>/';
  }
  if (provider === 'file' && (!/^\.{1,2}\//.test(url) || !/\.(mp4|webm)$/i.test(url))) {
    return 'must be the path of an .mp4 or .webm file next to the entry, starting with ./ or ../ (e.g. ../files/my-video.mp4)';
  }
  return undefined;
}

/**
 * The player loaded after the reader presses play: YouTube's privacy-enhanced host with captions on in the
 * page's language, or Facebook's plain plugin page (no SDK). Undefined for files, which play in <video>.
 */
export function embedUrl(provider: VideoProvider, url: string, locale: Locale): string | undefined {
  if (provider === 'youtube') {
    const id = youtubeId(url);
    if (!id) return undefined;
    const params = new URLSearchParams({
      autoplay: '1',
      cc_load_policy: '1',
      cc_lang_pref: locale,
      hl: locale,
      rel: '0',
      playsinline: '1',
    });
    return `${playerOrigins.youtube}/embed/${id}?${params}`;
  }
  if (provider === 'facebook') {
    const href = facebookVideoUrl(url);
    if (!href) return undefined;
    const params = new URLSearchParams({ href, show_text: 'false', autoplay: 'true' });
    return `${playerOrigins.facebook}/plugins/video.php?${params}`;
  }
  return undefined;
}

/** The video on its own host: the link offered instead of the player when JavaScript is off. */
export function watchUrl(provider: VideoProvider, url: string): string | undefined {
  if (provider === 'youtube') {
    const id = youtubeId(url);
    return id ? `https://www.youtube.com/watch?v=${id}` : undefined;
  }
  if (provider === 'facebook') return facebookVideoUrl(url);
  return undefined;
}

/** '1:02:03' → seconds; undefined if not written as m:ss or h:mm:ss. */
export function durationSeconds(duration: string): number | undefined {
  const match = /^(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)$/.exec(duration.trim());
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  if (match[1] !== undefined && Number(minutes) > 59) return undefined;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** '3:20' → 'PT3M20S', for <time datetime>. */
export function isoDuration(duration: string): string | undefined {
  const total = durationSeconds(duration);
  if (total === undefined) return undefined;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || total === 0 ? `${s}S` : ''}`;
}

export interface CampaignRef {
  year: number;
}

export interface VideoGroup<C extends CampaignRef, V> {
  /** Undefined for videos that belong to no campaign. */
  campaign: C | undefined;
  videos: V[];
}

/**
 * The gallery's sections: every campaign (newest first, shown even without videos so that its story is told),
 * then the videos that belong to none. Videos keep the order they are given in.
 */
export function groupByCampaign<C extends CampaignRef, V>(
  campaigns: readonly C[],
  videos: readonly V[],
  yearOf: (video: V) => number | undefined,
): VideoGroup<C, V>[] {
  const sorted = [...campaigns].sort((a, b) => b.year - a.year);
  const groups: VideoGroup<C, V>[] = sorted.map((campaign) => ({
    campaign,
    videos: videos.filter((video) => yearOf(video) === campaign.year),
  }));
  const years = new Set(sorted.map((campaign) => campaign.year));
  const rest = videos.filter((video) => {
    const year = yearOf(video);
    return year === undefined || !years.has(year);
  });
  if (rest.length > 0) groups.push({ campaign: undefined, videos: rest });
  return groups;
}
