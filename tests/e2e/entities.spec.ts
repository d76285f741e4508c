/**
 * Model, task and dataset pages, and the links that lead to them: lineage and claims on a model
 * page, verdict charts, references and links out. Runs on the fixture site; expectations come
 * from its built graph. (That every chip on every page of the real site leads somewhere is a
 * sweep, in links.spec.ts.)
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';
import type { ClaimNode, GraphEdge, ModelNode } from '../../src/graph/types';
import { VERDICTS } from '../../src/core/vocabulary';
import { en } from '../../src/i18n/en';

const { builtGraph, nodesOf } = builtSite('features');
const graph = builtGraph();
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const targets = (source: string, type: GraphEdge['type']) =>
  graph.edges.filter((e) => e.source === source && e.type === type).map((e) => byId.get(e.target)!);
const sources = (target: string, type: GraphEdge['type']) =>
  graph.edges.filter((e) => e.target === target && e.type === type).map((e) => byId.get(e.source)!);

async function expectClaimCards(cards: Locator, claims: ClaimNode[]) {
  await expect(cards).toHaveCount(claims.length);
  for (const claim of claims) {
    const card = cards.locator(`xpath=self::*[@id="claim-${claim.slug}"]`);
    await expect(card.locator('.text')).toHaveText(claim.text);
    await expect(card.getByRole('link', { name: /^In context/ })).toHaveAttribute(
      'href',
      claim.url!,
    );
  }
}

test('a model page shows its lineage as links, and every claim that names it', async ({ page }) => {
  // A model with both parents and children, and claims about it.
  const model = nodesOf('model').find(
    (m) =>
      targets(m.id, 'evolves-from').length > 0 &&
      sources(m.id, 'evolves-from').length > 0 &&
      sources(m.id, 'involves').length > 0,
  )!;
  await page.goto(model.url!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.name);
  const lineage = page.getByRole('figure', { name: new RegExp(`^${model.name} evolves from`) });
  await expect(lineage).toBeVisible();
  const ancestors = lineage.getByRole('list', { name: 'Ancestors, oldest first' });
  for (const parent of targets(model.id, 'evolves-from') as ModelNode[]) {
    await expect(
      ancestors.getByRole('link', { name: new RegExp(`^${parent.name} ${parent.year}$`) }),
    ).toHaveAttribute('href', parent.url!);
  }
  const descendants = lineage.getByRole('list', { name: 'Descendants' });
  for (const child of sources(model.id, 'evolves-from') as ModelNode[]) {
    await expect(
      descendants.getByRole('link', { name: new RegExp(`^${child.name} ${child.year}$`) }),
    ).toHaveAttribute('href', child.url!);
  }
  await expect(lineage.locator('[aria-current="page"]')).toContainText(model.name);
  await expectClaimCards(
    page.locator('article.claim'),
    sources(model.id, 'involves') as ClaimNode[],
  );
});

test('a model page draws the whole line of ancestors, oldest first, and grandchildren under their parent', async ({
  page,
}) => {
  const parentOf = (m: ModelNode) => targets(m.id, 'evolves-from')[0] as ModelNode | undefined;
  const depth = (m: ModelNode): number => (parentOf(m) ? 1 + depth(parentOf(m)!) : 0);
  const deepest = nodesOf('model').reduce((a, b) => (depth(b) > depth(a) ? b : a));
  const line: ModelNode[] = [];
  for (let m = parentOf(deepest); m; m = parentOf(m)) line.unshift(m);
  await page.goto(deepest.url!);
  const ancestors = page.getByRole('list', { name: 'Ancestors, oldest first' }).getByRole('link');
  await expect(ancestors).toHaveText(line.map((m) => `${m.name} ${m.year}`));

  const root = line[0]!;
  await page.goto(root.url!);
  const child = page
    .getByRole('list', { name: 'Descendants' })
    .locator(':scope > li')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${line[1]!.name} `) }) });
  await expect(child.locator('ul li a').first()).toHaveText(`${line[2]!.name} ${line[2]!.year}`);
});

test("a model page links to the evolution tree and to search filtered by it, and to its organisation's other models", async ({
  page,
}) => {
  // A model made by more than one organisation, each with other models of its own.
  const model = nodesOf('model').find((m) => {
    const makers = targets(m.id, 'developed-by');
    return (
      makers.length > 1 &&
      makers.every((o) => sources(o.id, 'developed-by').some((other) => other.id !== m.id))
    );
  })!;
  await page.goto(model.url!);
  const explore = page.getByRole('navigation', { name: 'Explore' });
  await expect(explore.getByRole('link', { name: /evolution tree/ })).toHaveAttribute(
    'href',
    `/tree/?model=${model.slug}`,
  );
  await expect(explore.getByRole('link', { name: /Search claims/ })).toHaveAttribute(
    'href',
    `/search/?model=${model.slug}`,
  );
  for (const organisation of targets(model.id, 'developed-by')) {
    const others = (sources(organisation.id, 'developed-by') as ModelNode[]).filter(
      (m) => m.id !== model.id,
    );
    const section = page.getByRole('region', { name: `More from ${organisation.label}` });
    expect(others.length).toBeGreaterThan(0);
    const links = section.getByRole('link');
    await expect(links).toHaveCount(Math.min(others.length, 12));
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(others.map((m) => m.url)).toContain(href);
    }
  }
});

test('a task page charts how its claims come out, in words and numbers', async ({ page }) => {
  const tasks = nodesOf('task')
    .map((t) => ({ task: t, claims: sources(t.id, 'addresses') as ClaimNode[] }))
    .filter((t) => t.claims.length > 0);
  const busiest = tasks.reduce((a, b) => (b.claims.length > a.claims.length ? b : a));
  for (const { task, claims } of [busiest, tasks[0]!]) {
    await page.goto(task.url!);
    const chart = page.getByRole('table', {
      name: new RegExp(`^How the ${claims.length} claims? about .* come out$`),
    });
    for (const verdict of VERDICTS) {
      const row = chart.getByRole('row', { name: new RegExp(en.verdict[verdict].long) });
      await expect(row.getByRole('cell').first()).toHaveText(
        String(claims.filter((c) => c.verdict === verdict).length),
      );
    }
    await expect(
      page.getByRole('navigation', { name: 'Explore' }).getByRole('link'),
    ).toHaveAttribute('href', `/search/?task=${task.slug}`);
    await expectClaimCards(page.locator('article.claim'), claims);
  }
});

test('a dataset page shows its tasks and claims, and links to search filtered by it', async ({
  page,
}) => {
  const dataset = nodesOf('dataset').reduce((a, b) =>
    sources(b.id, 'uses-dataset').length > sources(a.id, 'uses-dataset').length ? b : a,
  );
  await page.goto(dataset.url!);
  for (const task of targets(dataset.id, 'measures'))
    await expect(page.locator('dl.facts').getByRole('link', { name: task.label })).toHaveAttribute(
      'href',
      task.url!,
    );
  await expect(page.getByRole('navigation', { name: 'Explore' }).getByRole('link')).toHaveAttribute(
    'href',
    `/search/?dataset=${dataset.slug}`,
  );
  await expectClaimCards(
    page.locator('article.claim'),
    sources(dataset.id, 'uses-dataset') as ClaimNode[],
  );
});

test('every reference a claim cites is shown with its title, year and link, on entity pages too', async ({
  page,
}) => {
  const claim = nodesOf('claim').find(
    (c) => targets(c.id, 'cites').length > 1 && targets(c.id, 'addresses').length > 0,
  )!;
  const task = targets(claim.id, 'addresses')[0]!;
  for (const url of [claim.url!, task.url!]) {
    await page.goto(url);
    const card = page.locator(`[id="claim-${claim.slug}"]`);
    for (const ref of targets(claim.id, 'cites') as Array<
      import('../../src/graph/types').ReferenceNode
    >) {
      const item = card
        .locator('.cites li')
        .filter({ has: page.getByRole('link', { name: ref.title, exact: true }) });
      await expect(item.getByRole('link')).toHaveAttribute('href', ref.link);
      await expect(item).toContainText(String(ref.year));
    }
  }
});

test('entity pages read completely without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const model = nodesOf('model').find((m) => targets(m.id, 'evolves-from').length > 0)!;
  await page.goto(model.url!);
  await expect(
    page.getByRole('list', { name: 'Ancestors, oldest first' }).getByRole('link').first(),
  ).toBeVisible();
  const task = nodesOf('task').find((t) => sources(t.id, 'addresses').length > 0)!;
  await page.goto(task.url!);
  await expect(page.getByRole('table', { name: /come out$/ })).toBeVisible();
  await expect(page.locator('article.claim').first()).toBeVisible();
  await context.close();
});
