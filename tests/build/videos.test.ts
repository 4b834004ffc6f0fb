/**
 * Videos at build time: bad entries stop the build naming the file, the field and the fix; a good build
 * publishes no drafts and puts nothing from the video hosts in the pages except plain links and the
 * player address the facade holds until play.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild, describeBadFixtures, type BadFixture } from '../support/fixture-build';
import { builtVideosDist } from '../support/fixture-site';

const bad: BadFixture[] = [
  {
    fixture: 'bad-video-no-poster',
    says: ['content/videos/en/no-poster.mdx', /poster: is required/, 'Add poster: { src:'],
  },
  {
    fixture: 'bad-video-provider',
    says: ['content/videos/en/unknown-provider.mdx', 'provider: must be youtube, facebook or file'],
  },
  {
    fixture: 'bad-video-no-url',
    says: ['content/videos/en/no-url.mdx', 'url: is required to publish', 'keep draft: true'],
  },
  {
    fixture: 'bad-video-no-transcript',
    says: ['content/videos/en/no-transcript.mdx', 'the transcript is missing', 'Below the closing --- line'],
  },
];

describeBadFixtures(bad);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}

describe('the videos fixture', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('videos');
    // The end-to-end tests serve this same build (tests/support/e2e-global-setup.ts).
    if (build.ok && builtVideosDist) {
      rmSync(builtVideosDist, { recursive: true, force: true });
      cpSync(build.outDir, builtVideosDist, { recursive: true });
    }
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('publishes no draft', () => {
    expect(() => build.read('en/videos/draft-test/index.html')).toThrow();
    expect(build.read('en/videos/index.html')).not.toContain('Draft test video');
  });

  it('puts no player, script or style from another host in any page', () => {
    for (const file of htmlFiles(build.outDir)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<iframe/);
      // data-src (the facade's player address, used only after play) is the one external address allowed.
      expect(html, file).not.toMatch(/(?<![\w-])(src|srcset|poster)="https?:/);
      expect(html, file).not.toMatch(/<link\b(?=[^>]*\brel="(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon)")[^>]*href="https?:/);
    }
  });

  it('gives each hosted video a link to its host, and every poster is an optimised local image', () => {
    const html = build.read('lo/videos/youtube-test/index.html');
    expect(html).toContain('href="https://www.youtube.com/watch?v=TESTVIDEO01"');
    expect(html).toMatch(/<source srcset="\/_astro\/[^"]+\.avif/);
    expect(html).toMatch(/<source srcset="\/_astro\/[^"]+\.webp/);
  });

  it('publishes a file video with its caption files', () => {
    expect(build.read('media/videos/files/test-clip.lo.vtt')).toContain('WEBVTT');
    expect(build.read('media/videos/files/test-clip.en.vtt')).toContain('WEBVTT');
  });
});
