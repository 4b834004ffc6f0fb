/**
 * A site built from fixture content for the end-to-end tests (tests/support/e2e-global-setup.ts builds and
 * serves it): used where content/ cannot show a feature, e.g. videos, which stay drafts until real addresses
 * exist. It is served on E2E_PORT + 100, so parallel checkouts keep apart.
 */
export const fixturePort = Number(process.env.E2E_PORT ?? 4399) + 100;
export const fixtureOrigin = `http://localhost:${fixturePort}`;

/** The fixture site's output folder, set by the global setup for the test workers. */
export function fixtureDist(): string {
  const dist = process.env.E2E_FIXTURE_DIST;
  if (!dist) throw new Error('E2E_FIXTURE_DIST is not set: run the tests with playwright.config.ts (its globalSetup builds the fixture).');
  return dist;
}

/**
 * In `npm test` (scripts/test.mjs sets it), where tests/build/videos.test.ts leaves its build of the same
 * fixture, for the global setup to serve instead of building it a second time. Unset, the setup builds.
 */
export const builtVideosDist = process.env.BUILT_VIDEOS_DIST;
