/**
 * Builds the site from fixture content in a temporary folder, as `npm run build` would, and reports what a
 * staff member would see: the exit status, the messages and whether any output was left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedBuildCaches } from './build-caches';
import { e2eCacheDir, e2eContentDir } from './e2e-site';

export interface FixtureBuild {
  ok: boolean;
  /** stdout and stderr together, without colour codes. */
  output: string;
  contentDir: string;
  outDir: string;
  distExists: boolean;
  read(file: string): string;
}

const root = path.resolve(import.meta.dirname, '../..');

/** Extra arguments for scripts/build.mjs (`--release`) and environment variables (SITE_URL). */
export interface BuildOptions {
  args?: string[];
  env?: Record<string, string | undefined>;
}

/**
 * `npm run build` of a content folder into outDir, with its own Astro cache. In the project itself, or with
 * `project`, in a copy of it (see privateProject).
 */
export function buildSite(options: { contentDir: string; outDir: string; cacheDir: string; project?: string } & BuildOptions): FixtureBuild {
  const result = spawnSync('node', [path.join(root, 'scripts/build.mjs'), ...(options.args ?? [])], {
    cwd: options.project ?? root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...options.env,
      CONTENT_DIR: options.contentDir,
      OUT_DIR: options.outDir,
      ASTRO_CACHE_DIR: options.cacheDir,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return {
    ok: result.status === 0,
    output,
    contentDir: options.contentDir,
    outDir: options.outDir,
    distExists: existsSync(options.outDir),
    read: (file) => readFileSync(path.join(options.outDir, file), 'utf8'),
  };
}

/** The project files a build reads; node_modules is linked, not copied. */
const projectFiles = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore'];
let project: string | undefined;

/**
 * A copy of the project for this test file's builds, so that two test files can build at once (see
 * vitest.build.config.ts): Astro writes each build's content modules into <project>/.astro and Vite its
 * dependency cache into <project>/node_modules/.vite, which builds of different content in one project
 * would overwrite under each other. node_modules is linked entry by entry, leaving those caches private.
 */
export function privateProject(): string {
  if (project) return project;
  const dir = mkdtempSync(path.join(tmpdir(), 'astro-project-'));
  for (const file of projectFiles) cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return (project = dir);
}

/**
 * The fixture's files are laid over the fixture site's settings and pages (tests/fixtures/site/content: the
 * free-standing pages the navigation and footer link to, so that the built site's links resolve), and
 * nothing else, to keep builds quick. Not the real content/: a staff edit there cannot break these builds.
 */
export function buildFixture(name: string, options: BuildOptions = {}): FixtureBuild {
  const work = mkdtempSync(path.join(tmpdir(), `fixture-${name}-`));
  const contentDir = path.join(work, 'content');
  for (const folder of ['settings', 'pages']) {
    cpSync(path.join(e2eContentDir, folder), path.join(contentDir, folder), { recursive: true });
  }
  cpSync(path.join(root, 'tests/fixtures', name, 'content'), contentDir, { recursive: true });
  // What the fixture site's build drew (its pages' share cards and pictures, the same for these pages) is
  // not drawn again: see build-caches.ts.
  const cacheDir = path.join(work, 'cache');
  seedBuildCaches(e2eCacheDir, cacheDir);
  return buildSite({ contentDir, outDir: path.join(work, 'dist'), cacheDir, project: privateProject(), ...options });
}

/** A fixture holding one mistake, and what the build must say about it. */
export interface BadFixture {
  fixture: string;
  mistake?: string;
  says: (string | RegExp)[];
}

/**
 * A test per fixture: the build stops with a message naming the file, the field and the fix (each of
 * `says`), says nothing was published, and leaves no output behind.
 */
export function describeBadFixtures(cases: readonly BadFixture[]) {
  describe.each(cases)('$fixture', ({ fixture, mistake, says }) => {
    it(`stops the build${mistake ? ` on ${mistake}` : ''} with a message naming the file, the field and the fix, leaving no output`, () => {
      const build = buildFixture(fixture);
      expect(build.ok, build.output).toBe(false);
      for (const expected of says) expect(build.output).toMatch(expected);
      expect(build.output).toContain('Build failed: nothing was published');
      expect(build.distExists).toBe(false);
    });
  });
}
