/**
 * Chinese search in the browser, on the real content: the built /zh/search/ page shows the
 * expected claims of the Chinese query set (tests/fixtures/search/zh-queries.ts) among its first
 * ten results, the header's dialog on a Chinese page loads the Chinese index (and a reading page
 * loads none), and matched Chinese words are marked.
 */
import type { Page } from '@playwright/test';
import { recallAt10, ZH_QUERIES } from '../fixtures/search/zh-queries';
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('site');
const zh = (url: string) => url.replace(/^\//, '/zh/');

/** The graph ids of the first ten results the page shows: a claim by its anchor, an entity by its page. */
async function shownIds(page: Page): Promise<string[]> {
  const results = page.locator('[data-ref="results"] > li');
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((items) =>
    items.slice(0, 10).map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('a[href]');
      const href = link?.getAttribute('href') ?? '';
      const anchor = /#claim-(.+)$/.exec(href);
      return anchor ? `claim:${anchor[1]}` : href;
    }),
  );
}

test.describe('the Chinese query set on /zh/search/', () => {
  test.describe.configure({ mode: 'serial' });
  const recalls: number[] = [];
  for (const { query, expected } of ZH_QUERIES) {
    test(`“${query}” shows its claims in the first ten results`, async ({ page }) => {
      await page.goto(`/zh/search/?q=${encodeURIComponent(query)}`);
      const shown = await shownIds(page);
      const recall = recallAt10(expected, shown);
      recalls.push(recall);
      expect(recall, `shown: ${shown.join(', ')}`).toBeGreaterThan(0);
    });
  }
  test('recall@10 over the whole set is at least 0.95, as the engine reaches on the same content', () => {
    expect(recalls).toHaveLength(ZH_QUERIES.length);
    expect(recalls.reduce((a, b) => a + b, 0) / recalls.length).toBeGreaterThanOrEqual(0.95);
  });
});

test('a Chinese reading page loads no index; its search dialog loads the Chinese one on first use', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(zh(nodesOf('section')[0]!.url!), { waitUntil: 'networkidle' });
  expect(requested.filter((path) => path.endsWith('search.json'))).toEqual([]);
  const index = page.waitForRequest((request) => request.url().endsWith('/api/zh/search.json'));
  await page.keyboard.press('Control+k');
  await index;
  await page.keyboard.insertText('实体识别');
  const option = page.locator('dialog').getByRole('option').first();
  await expect(option).toBeVisible();
  expect(requested.filter((path) => path.endsWith('search.json'))).toEqual(['/api/zh/search.json']);
});

test('the Chinese search page marks the matched Chinese words, inside longer words too', async ({
  page,
}) => {
  await page.goto('/zh/search/?q=实体识别');
  await expect(page.locator('[data-ref="results"] > li').first()).toBeVisible();
  const marks = await page.locator('[data-ref="results"] mark').allTextContents();
  expect(marks).toContain('命名实体识别');
});
