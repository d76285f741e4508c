/**
 * Lighthouse audit (performance, accessibility, best practices, SEO) of the built site, served
 * by `astro preview`, in Debian's Chromium. An audit, not a gate: scores move with machine load.
 * Each page is audited as Lighthouse's default phone and with its desktop preset.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from '../scripts/chromium.mjs';

const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
const PORT = 4390;
const PAGES = [
  { name: 'Home', path: '/', target: 100 },
  { name: 'Guide section', path: '/guide/nlu/', target: 100 },
  { name: 'Model page', path: '/models/gpt-3/', target: 100 },
  { name: 'Search', path: '/search/?q=ner', target: 95 },
  { name: 'Evolution tree', path: '/tree/', target: 95 },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (let i = 0; i < 60; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false)) break;
    await sleep(500);
  }
  const audit = async (path: string, config?: typeof desktopConfig) => {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
    return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)])) as Record<(typeof CATEGORIES)[number], number>;
  };
  const rows: string[] = [];
  for (const page of PAGES) {
    const mobile = await audit(page.path);
    const desktop = await audit(page.path, desktopConfig);
    const mark = (score: number) => `${score}${score >= page.target ? '' : ' ✗'}`;
    const cells = [mobile.performance, desktop.performance, mobile.accessibility, mobile['best-practices'], mobile.seo].map(mark);
    rows.push(`| ${page.name} (\`${page.path}\`) | ${cells.join(' | ')} | ${page.target} |`);
  }
  console.log(`## Lighthouse audit

Lighthouse ${LIGHTHOUSE_VERSION} against the built site served by \`astro preview\`, one run per page and form factor: its
default mobile settings (a mid-range phone, simulated slow 4G, 4× CPU slowdown) and its desktop preset. Accessibility,
best practices and SEO are from the mobile run. Targets: 100 in every category for reading pages, at least 95 for search
and the tree; ✗ marks a score under its target.

| Page | Performance (mobile) | Performance (desktop) | Accessibility | Best practices | SEO | Target |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}`);
} finally {
  chrome.kill();
  if (server.pid) process.kill(-server.pid);
}
