/**
 * Browser tests run against built sites served by `astro preview`, in Debian's Chromium
 * (Playwright cannot download its own browsers here). Two projects, each with its own build
 * and server (tests/e2e/builds.ts): `site` sweeps the real site in `dist/`, `features` tests
 * the features on the fixture site in `dist-fixture/`. `npm run test:e2e` builds both.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { BUILDS, FEATURE_SPECS } from './tests/e2e/builds';

const executablePath: string | undefined = findChromium();
if (!executablePath)
  throw new Error(
    'Chromium not found: run `node scripts/chromium.mjs` (installs it) or set CHROMIUM_PATH.',
  );

const featureSpecs = FEATURE_SPECS.map((name) => `**/${name}.spec.ts`);
const baseURL = (port: number) => `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  // CI machines are shared and busy: an assertion waits longer there before it fails, so a page
  // that arrives late is not mistaken for one that never comes. Failures still fail.
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  use: {
    trace: 'off',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: featureSpecs,
      use: { baseURL: baseURL(BUILDS.site.port) },
      metadata: { build: 'site' },
    },
    {
      name: 'features',
      testMatch: featureSpecs,
      use: { baseURL: baseURL(BUILDS.features.port) },
      metadata: { build: 'features' },
    },
  ],
  // `astro preview` serves the config's outDir, which OUT_DIR sets (astro.config.mjs).
  webServer: Object.values(BUILDS).map(({ outDir, port }) => ({
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    env: { OUT_DIR: outDir },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
