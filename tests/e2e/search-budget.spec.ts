/**
 * The size budget of reading pages: at most 10 kB of JavaScript (gzip) before interaction, the
 * search script included. Measured in the browser, from what the built page actually loads —
 * external scripts, module preloads and inline scripts — and the index must not be among it.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('site');

const BUDGET = 10_000;

const readingPages = () => [
  '/',
  nodesOf('section')[0]!.url!,
  nodesOf('model')[0]!.url!,
  nodesOf('task')[0]!.url!,
  nodesOf('dataset')[0]!.url!,
];

async function loadCounting(page: Page, path: string) {
  const scripts: Array<Promise<{ url: string; bytes: number }>> = [];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(
        response.body().then((body) => ({ url: response.url(), bytes: gzipSync(body).length })),
      );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => (n as HTMLScriptElement).type !== 'application/json')
        .map((n) => n.textContent ?? ''),
    );
  const external = await Promise.all(scripts);
  const bytes =
    external.reduce((sum, s) => sum + s.bytes, 0) +
    inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  return { bytes, external, requested };
}

for (const path of readingPages()) {
  test(`${path} loads at most ${BUDGET / 1000} kB of JavaScript (gzip) before interaction, and no search index`, async ({
    page,
  }) => {
    const { bytes, external, requested } = await loadCounting(page, path);
    expect(
      bytes,
      `scripts: ${external.map((s) => `${new URL(s.url).pathname} ${s.bytes} B`).join(', ')}`,
    ).toBeLessThanOrEqual(BUDGET);
    expect(requested.filter((url) => url.includes('/api/search.json'))).toEqual([]);
  });
}

test('the engine and the index load on first use of search, and only then', async ({ page }) => {
  const { external, requested } = await loadCounting(page, nodesOf('section')[0]!.url!);
  const before = new Set(external.map((s) => s.url));
  const index = page.waitForRequest((request) => request.url().includes('/api/search.json'));
  const engine = page.waitForRequest(
    (request) => request.resourceType() === 'script' && !before.has(request.url()),
  );
  expect(requested.some((url) => url.includes('/api/search.json'))).toBe(false);
  await page.keyboard.press('Control+k');
  await Promise.all([index, engine]);
  await page.keyboard.type('ner');
  await expect(page.locator('dialog').getByRole('option').first()).toBeVisible();
});
