/**
 * Size budgets (gzip bytes), measured in the browser: everything a page downloads before any
 * interaction, by kind. Bytes are stable, so unlike timings they are hard failures; the table
 * is printed on every run.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { allPages, onePageOfEachKind, pageKind } from './site';

interface Budget {
  html: number;
  css: number;
  js: number;
}

const KB = 1024;
const READING: Budget = { html: 12 * KB, css: 12 * KB, js: 10 * KB };
/** Pages whose purpose is an interactive tool get a larger script budget; all others are reading pages. */
const BUDGETS: Record<string, Budget> = {
  'tree/': { ...READING, js: 170 * KB },
  // The search page exists to search, so it loads its engine (FlexSearch + our code) at once; its index is data, not script.
  'search/': { ...READING, js: 40 * KB },
};
const budgetFor = (path: string) => BUDGETS[pageKind(path).replace(/^\//, '')] ?? READING;

const rows: string[] = [];

test('every page\'s HTML stays within its budget', () => {
  const over: string[] = [];
  for (const path of allPages()) {
    const file = new URL(`../../dist${path.endsWith('/') ? `${path}index.html` : path}`, import.meta.url);
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    if (size > budgetFor(path).html) over.push(`${path}: ${(size / KB).toFixed(1)} kB`);
  }
  expect(over).toEqual([]);
});

for (const path of onePageOfEachKind()) {
  test(`${path} stays within its size budget`, async ({ page }) => {
    const sizes = { html: 0, css: 0, js: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
      if (!kind || response.status() >= 300) return;
      pending.push(response.body().then((body) => void (sizes[kind] += gzipSync(body, { level: 9 }).length)));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const budget = budgetFor(path);
    rows.push(`| ${path} | ${(sizes.html / KB).toFixed(1)} / ${budget.html / KB} | ${(sizes.css / KB).toFixed(1)} / ${budget.css / KB} | ${(sizes.js / KB).toFixed(1)} / ${budget.js / KB} |`);
    expect(sizes.html, 'HTML (gzip bytes)').toBeLessThanOrEqual(budget.html);
    expect(sizes.css, 'CSS (gzip bytes)').toBeLessThanOrEqual(budget.css);
    expect(sizes.js, 'JavaScript before interaction (gzip bytes)').toBeLessThanOrEqual(budget.js);
  });
}

test.afterAll(() => {
  console.log(['', 'Size budgets, kB gzip (used / budget):', '| page | HTML | CSS | JS |', '| --- | --- | --- | --- |', ...rows.sort()].join('\n'));
});
