import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import {
  durationSeconds,
  embedUrl,
  facebookVideoUrl,
  groupByCampaign,
  isoDuration,
  urlProblem,
  watchUrl,
  youtubeId,
} from '../../src/lib/videos';

describe('youtubeId', () => {
  it('reads the id from every usual address', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=TESTVIDEO01',
      'https://youtube.com/watch?v=TESTVIDEO01&t=30s',
      'https://m.youtube.com/watch?v=TESTVIDEO01',
      'https://youtu.be/TESTVIDEO01?si=abc',
      'https://www.youtube.com/shorts/TESTVIDEO01',
      'https://www.youtube.com/embed/TESTVIDEO01',
      'https://www.youtube-nocookie.com/embed/TESTVIDEO01',
    ]) {
      expect(youtubeId(url), url).toBe('TESTVIDEO01');
    }
  });
  it('refuses addresses that are not a YouTube video', () => {
    for (const url of ['https://vimeo.com/123', 'https://www.youtube.com/@channel', 'https://www.youtube.com/watch?v=short', 'not a url', 'javascript:alert(1)']) {
      expect(youtubeId(url), url).toBeUndefined();
    }
  });
});

describe('facebookVideoUrl', () => {
  it('accepts video and watch addresses, normalised to www.facebook.com over https', () => {
    expect(facebookVideoUrl('https://m.facebook.com/testpage/videos/1234567890/')).toBe('https://www.facebook.com/testpage/videos/1234567890/');
    expect(facebookVideoUrl('http://facebook.com/watch/?v=1234567890')).toBe('https://www.facebook.com/watch/?v=1234567890');
    expect(facebookVideoUrl('https://fb.watch/abcDEF/')).toBe('https://fb.watch/abcDEF/');
  });
  it('refuses pages that are not videos and other hosts', () => {
    expect(facebookVideoUrl('https://www.facebook.com/testpage')).toBeUndefined();
    expect(facebookVideoUrl('https://www.facebook.com/watch/')).toBeUndefined();
    expect(facebookVideoUrl('https://evil.example/facebook.com/videos/1/')).toBeUndefined();
  });
});

describe('embedUrl', () => {
  it('loads YouTube from the privacy-enhanced host with captions on in the page language and autoplay', () => {
    const url = new URL(embedUrl('youtube', 'https://youtu.be/TESTVIDEO01', 'lo')!);
    expect(url.origin).toBe('https://www.youtube-nocookie.com');
    expect(url.pathname).toBe('/embed/TESTVIDEO01');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ autoplay: '1', cc_load_policy: '1', cc_lang_pref: 'lo', hl: 'lo' });
    expect(new URL(embedUrl('youtube', 'https://youtu.be/TESTVIDEO01', 'en')!).searchParams.get('cc_lang_pref')).toBe('en');
  });
  it("uses Facebook's plain plugin page with the video's address", () => {
    const url = new URL(embedUrl('facebook', 'https://www.facebook.com/testpage/videos/1234567890/', 'en')!);
    expect(url.origin + url.pathname).toBe('https://www.facebook.com/plugins/video.php');
    expect(url.searchParams.get('href')).toBe('https://www.facebook.com/testpage/videos/1234567890/');
  });
  it('has no player address for files or bad addresses', () => {
    expect(embedUrl('file', '../files/a.mp4', 'en')).toBeUndefined();
    expect(embedUrl('youtube', 'https://vimeo.com/1', 'en')).toBeUndefined();
  });
});

describe('watchUrl', () => {
  it('links to the video on its host', () => {
    expect(watchUrl('youtube', 'https://youtu.be/TESTVIDEO01')).toBe('https://www.youtube.com/watch?v=TESTVIDEO01');
    expect(watchUrl('facebook', 'https://m.facebook.com/testpage/videos/1/')).toBe('https://www.facebook.com/testpage/videos/1/');
    expect(watchUrl('file', '../files/a.mp4')).toBeUndefined();
  });
});

describe('urlProblem', () => {
  it('explains an address that does not fit the provider', () => {
    expect(urlProblem('youtube', 'https://www.facebook.com/testpage/videos/1/')).toMatch(/not a YouTube video address/);
    expect(urlProblem('facebook', 'https://youtu.be/TESTVIDEO01')).toMatch(/not a Facebook video address/);
    expect(urlProblem('file', 'https://example.org/a.mp4')).toMatch(/\.mp4 or \.webm file next to the entry/);
    expect(urlProblem('file', '../files/a.mov')).toMatch(/\.mp4 or \.webm/);
  });
  it('accepts good addresses', () => {
    expect(urlProblem('youtube', 'https://youtu.be/TESTVIDEO01')).toBeUndefined();
    expect(urlProblem('file', '../files/a.mp4')).toBeUndefined();
    expect(urlProblem('file', './a.webm')).toBeUndefined();
  });
});

describe('durations', () => {
  it('reads m:ss and h:mm:ss', () => {
    expect(durationSeconds('1:30')).toBe(90);
    expect(durationSeconds('1:02:03')).toBe(3723);
    expect(durationSeconds('1:60')).toBeUndefined();
    expect(durationSeconds('1:75:00')).toBeUndefined();
  });
  it('writes ISO 8601 durations for <time datetime>', () => {
    expect(isoDuration('3:20')).toBe('PT3M20S');
    expect(isoDuration('1:00:00')).toBe('PT1H');
    expect(isoDuration('0:02')).toBe('PT2S');
    expect(isoDuration('0:00')).toBe('PT0S');
  });
});

describe('groupByCampaign', () => {
  const campaigns = [{ year: 2021 }, { year: 2023 }];
  const videos = [
    { slug: 'a', campaign: 2021 },
    { slug: 'b', campaign: undefined },
    { slug: 'c', campaign: 2023 },
    { slug: 'd', campaign: 2021 },
  ];
  it('lists campaigns newest first, each with its videos, then the rest', () => {
    const groups = groupByCampaign(campaigns, videos, (video) => video.campaign);
    expect(groups.map((group) => [group.campaign?.year, group.videos.map((video) => video.slug)])).toEqual([
      [2023, ['c']],
      [2021, ['a', 'd']],
      [undefined, ['b']],
    ]);
  });
  it('keeps a campaign without videos, so its story is still told', () => {
    const groups = groupByCampaign(campaigns, [], (video: { campaign?: number }) => video.campaign);
    expect(groups.map((group) => [group.campaign?.year, group.videos.length])).toEqual([
      [2023, 0],
      [2021, 0],
    ]);
  });
});

describe('the play button', () => {
  it('has an accessible name that starts with its visible words and names the video, in both languages', () => {
    for (const locale of ['lo', 'en'] as const) {
      const t = useTranslations(locale);
      const name = t('videos.play', { title: 'X' });
      // Whole words, not a prefix of a longer Lao word: tools compare names word by word (WCAG 2.5.3).
      expect(name).toMatch(new RegExp(`^${t('videos.playShort')}[:\\s]`));
      expect(name).toContain('X');
    }
  });
});
