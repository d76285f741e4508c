/**
 * /models/, /tasks/ and /datasets/: complete tables without JavaScript, sortable with the mouse
 * and the keyboard, the order marked with aria-sort, announced, and kept in the URL.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';
import type { ClaimNode } from '../../src/graph/types';
import { VERDICTS } from '../../src/core/vocabulary';
import { en } from '../../src/i18n/en';

const { builtGraph, nodesOf } = builtSite('features');
const graph = builtGraph();
const models = nodesOf('model');
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
/** The row headers' names (the markup may pad them with spaces). */
const names = async (page: Page) =>
  (await page.locator('tbody th[scope="row"]').allTextContents()).map((name) => name.trim());
const header = (page: Page, name: string) =>
  page.getByRole('columnheader', { name: new RegExp(`^${name}`) });
const date = (m: (typeof models)[number]) => m.year * 100 + (m.month ?? 0);

test('the models index lists every model with its year, family, organisation and weights, oldest first', async ({
  page,
}) => {
  await page.goto('/models/');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(models.length);
  const oldest = models.reduce((a, b) => (date(b) < date(a) ? b : a));
  await expect(rows.first().getByRole('rowheader')).toHaveText(oldest.name);
  await expect(rows.first()).toContainText(en.family[oldest.family]);
  await expect(rows.first()).toContainText(oldest.open ? 'Open' : 'Closed');
  await expect(header(page, 'Year')).toHaveAttribute('aria-sort', 'ascending');
  const row = rows.filter({ has: page.getByRole('link', { name: models[0]!.name, exact: true }) });
  await expect(row.getByRole('link')).toHaveAttribute('href', models[0]!.url!);
});

test('clicking a header sorts by it, both ways, marks aria-sort, announces it and keeps it in the URL', async ({
  page,
}) => {
  await page.goto('/models/');
  await header(page, 'Model').getByRole('button').click();
  await expect(header(page, 'Model')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Year')).not.toHaveAttribute('aria-sort');
  expect(await names(page)).toEqual(models.map((m) => m.name).sort(collator.compare));
  await expect(page).toHaveURL(/\/models\/\?sort=name&order=asc$/);
  await expect(page.getByRole('status')).toHaveText('Sorted by Model, ascending.');

  await header(page, 'Model').getByRole('button').click();
  await expect(header(page, 'Model')).toHaveAttribute('aria-sort', 'descending');
  expect(await names(page)).toEqual(
    models
      .map((m) => m.name)
      .sort(collator.compare)
      .reverse(),
  );
  await expect(page).toHaveURL(/\?sort=name&order=desc$/);

  // A shared link opens in the same order; the usual order needs no parameters.
  await page.reload();
  await expect(header(page, 'Model')).toHaveAttribute('aria-sort', 'descending');
  expect(await names(page)).toEqual(
    models
      .map((m) => m.name)
      .sort(collator.compare)
      .reverse(),
  );
  await header(page, 'Year').getByRole('button').click();
  await expect(page).toHaveURL(/\/models\/$/);
});

test('numbers sort as numbers, largest first, with unknown sizes last', async ({ page }) => {
  await page.goto('/models/');
  await header(page, 'Parameters').getByRole('button').click();
  await expect(header(page, 'Parameters')).toHaveAttribute('aria-sort', 'descending');
  const sizes = await page
    .locator('tbody tr td:nth-of-type(5)')
    .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.sortValue ?? ''));
  const known = sizes.filter((s) => s !== '').map(Number);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  expect(sizes.slice(known.length).every((s) => s === '')).toBe(true);
  expect(known).toHaveLength(models.filter((m) => m.parameters).length);
});

test('the keyboard sorts too: Tab to a header, Enter and Space', async ({ page }) => {
  await page.goto('/tasks/');
  const button = header(page, 'Claims').getByRole('button');
  for (let i = 0; i < 40 && !(await button.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header(page, 'Claims')).toHaveAttribute('aria-sort', 'descending');
  await page.keyboard.press(' ');
  await expect(header(page, 'Claims')).toHaveAttribute('aria-sort', 'ascending');
  await expect(button).toBeFocused();
  const counts = (await page.locator('tbody tr td:nth-of-type(2)').allTextContents()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
});

test('a sort the table does not have is explained, and the usual order kept', async ({ page }) => {
  await page.goto('/models/?sort=%3Cimg%20src%3Dx%3E&order=sideways');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    'This link asks to sort the table in a way it cannot (sort=<img src=x>, order=sideways)',
  );
  await expect(page.locator('sortable-table img')).toHaveCount(0);
  await expect(header(page, 'Year')).toHaveAttribute('aria-sort', 'ascending');
  await header(page, 'Family').getByRole('button').click();
  await expect(notice).toBeHidden();
});

test("the tasks index counts each task's claims by verdict", async ({ page }) => {
  await page.goto('/tasks/');
  const tasks = nodesOf('task');
  await expect(page.locator('tbody tr')).toHaveCount(tasks.length);
  for (const task of tasks.slice(0, 8)) {
    const claims = graph.edges
      .filter((e) => e.target === task.id && e.type === 'addresses')
      .map((e) => graph.nodes.find((n) => n.id === e.source) as ClaimNode);
    const cells = page
      .locator('tbody tr')
      .filter({ has: page.getByRole('link', { name: task.name, exact: true }) })
      .getByRole('cell');
    const expected = [
      claims.length,
      ...VERDICTS.map((v) => claims.filter((c) => c.verdict === v).length),
    ];
    await expect(cells.nth(1)).toHaveText(String(expected[0]));
    for (const [i, count] of expected.slice(1).entries())
      await expect(cells.nth(2 + i)).toHaveText(String(count));
  }
});

test('the datasets index lists every dataset with links to its tasks', async ({ page }) => {
  await page.goto('/datasets/');
  const datasets = nodesOf('dataset');
  await expect(page.locator('tbody tr')).toHaveCount(datasets.length);
  expect(await names(page)).toEqual(datasets.map((d) => d.name).sort((a, b) => a.localeCompare(b)));
});

test('without JavaScript the tables are complete, in their usual order, with no dead buttons', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/models/');
  await expect(page.locator('tbody tr')).toHaveCount(models.length);
  await expect(page.locator('thead button')).toHaveCount(0);
  await expect(header(page, 'Year')).toHaveAttribute('aria-sort', 'ascending');
  await context.close();
});
