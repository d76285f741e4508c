/** /search/: deep links, facets and counts, browse mode, history, hostile URLs. Expectations come from the built graph. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtGraph, nodesOf } from './site';

const graph = builtGraph();
const claims = nodesOf('claim');
const targets = (claimId: string, type: string) => graph.edges.filter((e) => e.source === claimId && e.type === type).map((e) => e.target);
const claimsWhere = (test: (c: (typeof claims)[number]) => boolean) => claims.filter(test);
const hasTask = (slug: string) => (c: (typeof claims)[number]) => targets(c.id, 'addresses').includes(`task:${slug}`);

const results = (page: Page) => page.locator('.results-list > li');
const summary = (page: Page) => page.locator('.search-summary');
const facet = (page: Page, name: string) => page.getByRole('group', { name: 'Filters' }).locator('fieldset').filter({ has: page.locator('legend', { hasText: new RegExp(`^${name}$`) }) });
const checkbox = (page: Page, facetName: string, label: string) => facet(page, facetName).getByRole('checkbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+ results?$`) });

/** Every result link on every page of results, following the pager. */
async function allResultLinks(page: Page): Promise<string[]> {
  const links: string[] = [];
  for (;;) {
    await expect(summary(page)).not.toHaveText(/Loading/);
    links.push(...(await results(page).locator('h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash))));
    const next = page.getByRole('link', { name: 'Next page →' });
    if ((await next.count()) === 0) return links;
    await next.click();
  }
}

test('/api/search.json holds a document for every claim, task, model, dataset, section and reference, and the exported index', async ({ request }) => {
  const response = await request.get('/api/search.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const artefact = await response.json();
  expect(artefact.version).toBe(1);
  const searchable = graph.nodes.filter((n) => ['claim', 'task', 'model', 'dataset', 'section', 'reference'].includes(n.type));
  expect(new Set(artefact.docs.map((d: { id: string }) => d.id))).toEqual(new Set(searchable.map((n) => n.id)));
  expect(Object.keys(artefact.index.flex).length).toBeGreaterThan(0);
  expect(artefact.index.vocabulary.terms.length).toBe(artefact.index.vocabulary.frequencies.length);
});

test('a deep link with facets and no words browses every matching claim, in guide order', async ({ page }) => {
  const expected = claimsWhere((c) => hasTask('ner')(c) && c.verdict === 'fine-tuned').map((c) => c.url!);
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/search/?task=ner&verdict=fine-tuned&type=claim');
  await expect(summary(page)).toContainText(`${expected.length} result`);
  expect(await allResultLinks(page)).toEqual(expected);
  await expect(checkbox(page, 'Verdict', 'Fine-tuned')).toBeChecked();
  await expect(checkbox(page, 'Task', 'Named entity recognition')).toBeChecked();
});

test('browse mode pages through every claim with one verdict', async ({ page }) => {
  const expected = claimsWhere((c) => c.verdict === 'llm').map((c) => c.url!);
  await page.goto('/search/?verdict=llm');
  expect(await allResultLinks(page)).toEqual(expected);
  await expect(page).toHaveURL(/page=\d+/);
});

test('?q= runs on load, fills the box and highlights the words', async ({ page }) => {
  await page.goto('/search/?q=ner&verdict=fine-tuned');
  await expect(page.locator('#search-query')).toHaveValue('ner');
  await expect(results(page).first()).toBeVisible();
  const count = await results(page).count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = results(page).nth(i);
    await expect(item.locator('mark').first()).toBeVisible();
    await expect(item.locator('.search-verdict')).toContainText('Fine-tuned');
  }
  await expect(summary(page)).toContainText('for “ner”');
  await expect(page).toHaveTitle(/“ner”/);
});

test('facet counts are what choosing the value gives; AND across facets, OR within one', async ({ page }) => {
  await page.goto('/search/?type=claim');
  await expect(summary(page)).toContainText(`${claims.length} results`);
  for (const [slug, label] of [['llm', 'LLM'], ['fine-tuned', 'Fine-tuned'], ['comparable', 'Comparable'], ['depends', 'Depends']] as const) {
    const n = claimsWhere((c) => c.verdict === slug).length;
    await expect(facet(page, 'Verdict').locator('label', { hasText: label }).locator('.count')).toHaveText(`${n} ${n === 1 ? 'result' : 'results'}`);
  }

  await checkbox(page, 'Verdict', 'LLM').check();
  await expect(page).toHaveURL(/[?&]verdict=llm/);
  const llm = claimsWhere((c) => c.verdict === 'llm').length;
  await expect(summary(page)).toContainText(`${llm} result`);

  await checkbox(page, 'Verdict', 'Comparable').check();
  const either = claimsWhere((c) => c.verdict === 'llm' || c.verdict === 'comparable').length;
  await expect(summary(page)).toContainText(`${either} result`);
  await expect(page).toHaveURL(/verdict=llm&verdict=comparable/);

  const task = nodesOf('task').find((t) => claimsWhere((c) => hasTask(t.slug)(c) && (c.verdict === 'llm' || c.verdict === 'comparable')).length > 0)!;
  const both = claimsWhere((c) => hasTask(task.slug)(c) && (c.verdict === 'llm' || c.verdict === 'comparable')).length;
  const taskBox = facet(page, 'Task').locator('label', { hasText: new RegExp(`^${task.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(taskBox.locator('.count')).toHaveText(`${both} ${both === 1 ? 'result' : 'results'}`);
  if (!(await taskBox.isVisible())) await facet(page, 'Task').getByRole('button', { name: /^Show all \d+ tasks$/ }).click();
  await taskBox.getByRole('checkbox').check();
  await expect(summary(page)).toContainText(`${both} result`);

  // Values that would give nothing are listed with 0, and cannot be chosen.
  const zero = facet(page, 'Model').locator('li[data-zero]').first();
  await expect(zero.locator('.count')).toHaveText('0 results');
  await expect(zero.getByRole('checkbox')).toBeDisabled();
});

test('the back button walks back through filters and searches; a shared URL restores the state', async ({ page }) => {
  await page.goto('/search/');
  await expect(summary(page)).not.toHaveText(/Loading/);
  await page.locator('#search-query').fill('gpt');
  await expect(page).toHaveURL(/\?q=gpt$/);
  await checkbox(page, 'Type', 'Model').check();
  await expect(page).toHaveURL(/\?q=gpt&type=model$/);
  const modelsOnly = await results(page).count();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=gpt$/);
  await expect(checkbox(page, 'Type', 'Model')).not.toBeChecked();
  await expect(page.locator('#search-query')).toHaveValue('gpt');
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('#search-query')).toHaveValue('');
  await page.goForward();
  await page.goForward();
  await expect(checkbox(page, 'Type', 'Model')).toBeChecked();
  await expect(results(page)).toHaveCount(modelsOnly);

  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.locator('#search-query')).toHaveValue('gpt');
  await expect(other.locator('.results-list > li')).toHaveCount(modelsOnly);
  await other.close();
});

test('field syntax in the box acts as a filter, and unticking it edits the box', async ({ page }) => {
  await page.goto('/search/?q=task:ner%20fine-tuned');
  await expect(checkbox(page, 'Task', 'Named entity recognition')).toBeChecked();
  await expect(page.locator('.filter-chip')).toContainText(['Task: Named entity recognition']);
  await checkbox(page, 'Task', 'Named entity recognition').uncheck();
  await expect(page.locator('#search-query')).toHaveValue('fine-tuned');
  await expect(page).toHaveURL(/\?q=fine-tuned$/);
});

test('hostile or unknown parameters give a friendly message with ways out, and run nothing', async ({ page }) => {
  let alerted = false;
  page.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(`/search/?q=${encodeURIComponent(hostile)}&task=${encodeURIComponent('"><svg onload=alert(3)>')}&page=-7&colour=red`);
  await expect(summary(page)).toContainText('No task is called “"><svg onload=alert(3)>”');
  await expect(page.locator('.search-results img, .search-results svg, .search-results script')).toHaveCount(0);
  await expect(page.locator('#search-query')).toHaveValue(hostile);
  const browse = page.getByRole('link', { name: 'Browse every claim' });
  await expect(browse).toBeVisible();
  await browse.click();
  await expect(page).toHaveURL(/\?type=claim$/);
  await expect(summary(page)).toContainText(`${claims.length} results`);
  expect(alerted).toBe(false);
});

test('a misspelt word or filter value offers the right one', async ({ page }) => {
  await page.goto('/search/?q=sumarization');
  const respelt = page.getByRole('link', { name: /^Search for “summari[sz]ation”$/ });
  await expect(respelt).toBeVisible();
  await page.goto('/search/?q=task:nerr');
  await expect(summary(page)).toContainText('No task is called “nerr”');
  await page.getByRole('link', { name: /Named entity recognition instead of “nerr”/ }).click();
  await expect(page).toHaveURL(/task=ner/);
  await expect(results(page).first()).toBeVisible();
});

test('completions for field values appear under the box', async ({ page }) => {
  await page.goto('/search/');
  await expect(summary(page)).not.toHaveText(/Loading/);
  const box = page.locator('#search-query');
  await box.click();
  await box.pressSequentially('model:gpt3');
  const listbox = page.getByRole('listbox', { name: 'Filter suggestions' });
  await expect(listbox.getByRole('option').first()).toContainText('model:gpt-3');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue('model:gpt-3 ');
  await expect(checkbox(page, 'Model', 'GPT-3')).toBeChecked();
});

test('the 404 page offers search', async ({ page, pageProblems }) => {
  await page.goto('/no-such-page/');
  pageProblems.splice(pageProblems.findIndex((p) => p.includes('status of 404')), 1);
  const field = page.getByRole('searchbox', { name: /Search the guide/ });
  await field.fill('gpt-3');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=gpt-3$/);
  await expect(results(page).first()).toContainText('GPT-3');
});

test('the search page works at 360 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/search/?q=model&type=claim');
  await expect(results(page).first()).toBeVisible();
  await page.locator('.facets-panel > summary').click();
  await expect(facet(page, 'Type')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
