/**
 * Injection payloads in every query parameter a page reads: nothing executes, nothing is
 * fetched from an injected address, and the page still renders a usable state. (The features'
 * own specs check their friendly messages; this is the common floor for every page.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';

/** Each page that reads the query string, and the parameters it reads (the Chinese pages below too). */
const ENGLISH: Record<string, string[]> = {
  '/search/': [
    'q',
    'verbatim',
    'type',
    'task',
    'model',
    'dataset',
    'verdict',
    'section',
    'paper',
    'page',
  ],
  '/tree/': ['model', 'family', 'weights', 'org', 'from', 'to', 'figure', 'year', 'with', 'focus'],
  '/decide/': ['answers'],
  '/models/': ['sort', 'order'],
  '/tasks/': ['sort', 'order'],
  '/datasets/': ['sort', 'order'],
  [builtSite('site').nodesOf('section')[0]!.url!]: ['q'],
};
const PARAMETERS: Record<string, string[]> = {
  ...ENGLISH,
  ...Object.fromEntries(Object.entries(ENGLISH).map(([path, params]) => [`/zh${path}`, params])),
};

/** Payloads, already in URL form: most are percent-encoded text, some are deliberately malformed escapes. */
const PAYLOADS: Record<string, string> = {
  'script tag': encodeURIComponent('<script>window.__pwned=1</script>'),
  'attribute break-out': encodeURIComponent('"><img src=x onerror="window.__pwned=1">'),
  'svg onload': encodeURIComponent('\'"><svg/onload=window.__pwned=1>'),
  'javascript: URL': encodeURIComponent('javascript:window.__pwned=1'),
  'template injection': encodeURIComponent('{{constructor.constructor("window.__pwned=1")()}}'),
  'invalid UTF-8 escapes': '%E0%A4%A%FF%FE%C0%AF',
  'NUL and control characters': '%00%01%1B%7F',
  'right-to-left override and emoji': encodeURIComponent('\u202Eevil 🙂'),
  'path traversal': encodeURIComponent('../../../etc/passwd'),
};

async function expectSafe(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(url);
  expect(response?.status(), url.slice(0, 120)).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    'an injected script ran',
  ).toBeUndefined();
  expect(
    await page.locator('img[src="x"], svg[onload]').count(),
    'injected markup was inserted',
  ).toBe(0);
  expect(dialogs, 'a dialog was opened').toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(
    (await page.locator('main').innerText()).trim().length,
    'the page shows content',
  ).toBeGreaterThan(100);
}

for (const [path, parameters] of Object.entries(PARAMETERS)) {
  test.describe(path, () => {
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      test(`${name} in every parameter at once`, async ({ page }) => {
        await expectSafe(page, `${path}?${parameters.map((p) => `${p}=${payload}`).join('&')}`);
      });
    }
    // One parameter per test, so that a page with many stays well within the timeout.
    for (const parameter of parameters) {
      test(`${parameter} alone carrying markup, and 10,000 characters`, async ({ page }) => {
        // One long value at a time: servers cap the whole request line (Node at 16 kB), as real hosts do.
        await expectSafe(page, `${path}?${parameter}=${PAYLOADS['attribute break-out']}`);
        await expectSafe(page, `${path}?${parameter}=${'x'.repeat(10_000)}`);
      });
    }
  });
}
