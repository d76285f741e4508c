/** axe (WCAG 2.2 AA + best practice) on search in its interactive states, light and dark, on the fixture site. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('features');
/** A task with a short alias ("NER"), and the first word of a model's hyphenated name ("Wren" of "Wren-3"). */
const task = nodesOf('task').find((t) => t.aliases.some((a) => /^[A-Z]{2,}$/.test(a)))!;
const taskWord = task.aliases.find((a) => /^[A-Z]{2,}$/.test(a))!.toLowerCase();
const modelWord = nodesOf('model')
  .find((m) => /^\p{L}+-\d+$/u.test(m.name))!
  .name.split('-')[0]!;
/** A one-word task name with its third letter dropped: a misspelling search offers to correct. */
const oneWord = nodesOf('task')
  .find((t) => /^\p{L}{8,}$/u.test(t.name))!
  .name.toLowerCase();
const misspelt = `${oneWord.slice(0, 2)}${oneWord.slice(3)}`;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

const ready = (page: Page) => expect(page.locator('.search-summary')).not.toHaveText(/Loading|^$/);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('the search page with results, highlights, chosen and zero-count facets, and a long facet expanded', async ({
      page,
    }) => {
      await page.goto(`/search/?q=${taskWord}&verdict=fine-tuned`);
      await ready(page);
      await page.getByRole('button', { name: /^Show all \d+ models$/ }).click();
      await page.locator('#search-query').focus();
      expect(await violations(page)).toEqual([]);
    });

    test('the search page with no results, an unknown filter and suggestions', async ({ page }) => {
      await page.goto(`/search/?q=${misspelt}&task=nope`);
      await ready(page);
      expect(await violations(page)).toEqual([]);
    });

    test('the search page showing the results of a corrected spelling', async ({ page }) => {
      await page.goto(`/search/?q=${misspelt}`);
      await ready(page);
      await expect(page.locator('.respelt')).toBeVisible();
      await page.locator('.results-list h3 a').first().focus();
      expect(await violations(page)).toEqual([]);
    });

    test('the search page with nothing found as typed, the filters folded', async ({ page }) => {
      await page.goto(`/search/?q=${misspelt}&verbatim=1`);
      await ready(page);
      await expect(page.locator('.no-facets')).toBeVisible();
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

    // The dialog's states, one test each (four axe runs in one test took half the timeout under load).
    const openDialog = async (page: Page) => {
      await page.goto(nodesOf('section')[0]!.url!);
      await page.keyboard.press('Control+k');
      return page.locator('dialog').getByRole('option');
    };

    test('the dialog open with its examples', async ({ page }) => {
      const options = await openDialog(page);
      await expect(options.first()).toContainText('Try');
      expect(await violations(page)).toEqual([]);
    });

    test('the dialog with results and an active option', async ({ page }) => {
      const options = await openDialog(page);
      await page.keyboard.type(modelWord.toLowerCase());
      await expect(options.first()).toContainText(modelWord);
      await page.keyboard.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      expect(await violations(page)).toEqual([]);
    });

    test('the dialog with field completions', async ({ page }) => {
      const options = await openDialog(page);
      await page.locator('dialog input').fill(`model:${modelWord.slice(0, 2).toLowerCase()}`);
      await expect(options.first()).toContainText('model:');
      expect(await violations(page)).toEqual([]);
    });

    test('the dialog with no results', async ({ page }) => {
      await openDialog(page);
      await page.locator('dialog input').fill('qqqqzzzz');
      await expect(page.locator('dialog [role="status"]')).toContainText('No results');
      expect(await violations(page)).toEqual([]);
    });
  });
}
