/** axe (WCAG 2.2 AA + best practice) on search in its interactive states, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { nodesOf } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const ready = (page: Page) => expect(page.locator('.search-summary')).not.toHaveText(/Loading|^$/);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('the search page with results, highlights, chosen and zero-count facets, and a long facet expanded', async ({ page }) => {
      await page.goto('/search/?q=ner&verdict=fine-tuned');
      await ready(page);
      await page.getByRole('button', { name: /^Show all \d+ models$/ }).click();
      await page.locator('#search-query').focus();
      expect(await violations(page)).toEqual([]);
    });

    test('the search page with no results, an unknown filter and suggestions', async ({ page }) => {
      await page.goto('/search/?q=sumarization&task=nope');
      await ready(page);
      expect(await violations(page)).toEqual([]);
    });

    test('the search page with field completions open', async ({ page }) => {
      await page.goto('/search/');
      await ready(page);
      await page.locator('#search-query').pressSequentially('task:');
      await expect(page.getByRole('listbox', { name: 'Filter suggestions' })).toBeVisible();
      await page.locator('#search-query').press('ArrowDown');
      expect(await violations(page)).toEqual([]);
    });

    test('the dialog open: examples, results with an active option, completions, no results', async ({ page }) => {
      await page.goto(nodesOf('section')[0]!.url!);
      await page.keyboard.press('Control+k');
      const options = page.locator('dialog').getByRole('option');
      await expect(options.first()).toContainText('Try');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.type('gpt');
      await expect(options.first()).toContainText('GPT');
      await page.keyboard.press('ArrowDown');
      expect(await violations(page)).toEqual([]);
      await page.locator('dialog input').fill('model:fl');
      await expect(options.first()).toContainText('model:');
      expect(await violations(page)).toEqual([]);
      await page.locator('dialog input').fill('qqqqzzzz');
      await expect(page.locator('dialog [role="status"]')).toContainText('No results');
      expect(await violations(page)).toEqual([]);
    });
  });
}
