/**
 * Every internal link and anchor in the built site resolves — in the normal build and in a
 * build under a sub-path base, as on a GitHub Pages project site. Read from the HTML files
 * themselves, so links added to any page are covered without listing them here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILDS } from './builds';
import { builtSite } from './site';

const site = builtSite('site');

interface Page {
  path: string;
  ids: Set<string>;
  links: string[];
  canonical?: string;
  ogUrl?: string;
}

function readSite(dir: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const path = `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const links = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) =>
      m[1]!.replaceAll('&amp;', '&'),
    );
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
    pages.set(path, { path, ids, links, canonical, ogUrl });
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
      if (anchor && target && !target.ids.has(anchor))
        broken.push(`${page.path} → ${link} (no element with id "${anchor}")`);
    }
  }
  return broken;
}

test('every internal link and anchor resolves', () => {
  expect(brokenLinks(site.dir.pathname, '/')).toEqual([]);
});

test('every chip on every page links to a page that exists', () => {
  let chips = 0;
  for (const path of site.allPages()) {
    for (const [tag] of site.builtHtml(path).matchAll(/<a\b[^>]*\bclass="chip"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
      expect(href, `${path}: ${tag}`).toBeDefined();
      expect(site.hasPage(href!), `${path} → ${href}`).toBe(true);
      chips += 1;
    }
  }
  expect(chips).toBeGreaterThan(100);
});

test('every internal link resolves when the site is built under a sub-path, and every canonical URL is absolute there', () => {
  test.setTimeout(180_000);
  // Inside the project: built to a folder elsewhere, Astro stages the client files in .astro/ and
  // then deletes that folder, generated types and all (astro 5.18).
  const out = new URL(`../../dist-under-base-${process.pid}/`, import.meta.url).pathname;
  const deployed = 'https://example.github.io/llm-practical-guide/';
  try {
    const log = execFileSync('npx', ['astro', 'build'], {
      env: {
        ...process.env,
        CONTENT_DIR: BUILDS.site.contentDir,
        OUT_DIR: out,
        BASE_PATH: '/llm-practical-guide/',
        SITE_URL: 'https://example.github.io',
      },
      stdio: 'pipe',
      encoding: 'utf8',
    });
    expect(log, 'a build with SITE_URL does not warn about it').not.toContain('SITE_URL');
    expect(brokenLinks(out, '/llm-practical-guide/')).toEqual([]);
    for (const [path, page] of readSite(out)) {
      expect(page.canonical, path).toMatch(new RegExp(`^${deployed}`));
      if (path !== '/404.html') expect(page.canonical, path).toBe(`${deployed}${path.slice(1)}`);
      expect(page.ogUrl, path).toBe(page.canonical);
    }
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${deployed}sitemap-index.xml`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
