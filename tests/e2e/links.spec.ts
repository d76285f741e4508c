/**
 * Every internal link and anchor in the built site resolves — in the normal build and in a
 * build under a sub-path base, as on a GitHub Pages project site. Read from the HTML files
 * themselves, so links added to any page are covered without listing them here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';

interface Page {
  path: string;
  ids: Set<string>;
  links: string[];
}

function readSite(dir: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const path = `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const links = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    pages.set(path, { path, ids, links });
  }
  return pages;
}

/** Broken internal links of a built site, as "page → link (reason)". */
function brokenLinks(dir: string, base: string): string[] {
  const pages = readSite(dir);
  const broken: string[] = [];
  for (const page of pages.values()) {
    for (const link of page.links) {
      if (/^(https?:|mailto:|data:)/.test(link)) continue;
      const url = new URL(link, `http://site${base}${page.path.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.path} → ${link} (outside the base path ${base})`);
        continue;
      }
      const local = `/${url.pathname.slice(base.length)}`;
      const target = pages.get(local) ?? pages.get(`${local}/`);
      const isFile = !target && existsSync(join(dir, decodeURIComponent(local)));
      if (!target && !isFile) {
        broken.push(`${page.path} → ${link} (no such page or file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target && !target.ids.has(anchor)) broken.push(`${page.path} → ${link} (no element with id "${anchor}")`);
    }
  }
  return broken;
}

test('every internal link and anchor resolves', () => {
  expect(brokenLinks(new URL('../../dist', import.meta.url).pathname, '/')).toEqual([]);
});

test('every internal link resolves when the site is built under a sub-path', () => {
  test.setTimeout(180_000);
  const out = mkdtempSync(join(tmpdir(), 'site-under-base-'));
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', out], {
      env: { ...process.env, BASE_PATH: '/llm-practical-guide/', SITE_URL: 'https://example.github.io' },
      stdio: 'pipe',
    });
    expect(brokenLinks(out, '/llm-practical-guide/')).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
