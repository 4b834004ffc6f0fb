/**
 * Before the end-to-end tests: builds tests/fixtures/videos (published videos with fake test addresses,
 * laid over the real settings) into a temporary folder, or in `npm test` takes the build the fixture builds
 * left (builtVideosDist), and serves it like a static host on fixturePort.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildFixture } from './fixture-build';
import { builtVideosDist, fixtureOrigin, fixturePort } from './fixture-site';

export default async function globalSetup() {
  const outDir = builtVideosDist && existsSync(builtVideosDist) ? builtVideosDist : buildVideos();
  process.env.E2E_FIXTURE_DIST = outDir;

  const serve = path.resolve(import.meta.dirname, '../../scripts/serve.mjs');
  const server = spawn(process.execPath, [serve, outDir, String(fixturePort)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<never>((_, reject) =>
    server.once('exit', (code) => reject(new Error(`The fixture server on port ${fixturePort} stopped (exit ${code}); is the port in use?`))),
  );
  await Promise.race([waitForServer(`${fixtureOrigin}/en/videos/`), exited]);

  return async () => {
    server.kill();
    rmSync(outDir === builtVideosDist ? outDir : path.dirname(outDir), { recursive: true, force: true });
  };
}

/** The videos fixture built now, when no earlier step of `npm test` left its build (builtVideosDist). */
function buildVideos(): string {
  const build = buildFixture('videos');
  if (!build.ok) throw new Error(`tests/fixtures/videos did not build:\n${build.output}`);
  return build.outDir;
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The fixture site did not answer at ${url}.`);
}
