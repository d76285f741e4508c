/**
 * Browser tests run against the built site (`dist/`) served by `astro preview`, in Debian's
 * Chromium (Playwright cannot download its own browsers here).
 */
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

const PORT = Number(process.env.PREVIEW_PORT ?? 4322);
const executablePath: string | undefined = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/chromium.mjs` (installs it) or set CHROMIUM_PATH.');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
