import { expect, test } from './fixtures';
import { builtGraph, nodesOf } from './site';
import { VERDICT } from '../../src/site/labels';

const graph = builtGraph();
const claimsBySection = new Map<string, string[]>();
for (const edge of graph.edges) {
  if (edge.type !== 'in-section') continue;
  claimsBySection.set(edge.target, [...(claimsBySection.get(edge.target) ?? []), edge.source]);
}

test('every claim of a section is on its page once, at its own anchor, with its verdict in words', async ({ page }) => {
  const claims = new Map(nodesOf('claim').map((c) => [c.id, c]));
  for (const section of nodesOf('section')) {
    await page.goto(section.url!);
    const ids = claimsBySection.get(section.id) ?? [];
    await expect(page.locator('article.claim')).toHaveCount(ids.length);
    for (const id of ids) {
      const claim = claims.get(id)!;
      const card = page.locator(`[id="claim-${claim.slug}"]`);
      await expect(card).toHaveCount(1);
      await expect(card.locator('.text')).toHaveText(claim.text);
      await expect(card.locator('.verdict')).toContainText(VERDICT[claim.verdict].label);
    }
  }
});

test('a claim card shows chips for its tasks, models and datasets', async ({ page }) => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const claim = nodesOf('claim').find((c) => graph.edges.some((e) => e.source === c.id && e.type === 'involves'))
    ?? nodesOf('claim')[0]!;
  const related = (type: string) => graph.edges.filter((e) => e.source === claim.id && e.type === type).map((e) => byId.get(e.target)!.label);
  await page.goto(claim.url!);
  const card = page.locator(`[id="claim-${claim.slug}"]`);
  for (const [group, type] of [['Tasks', 'addresses'], ['Models', 'involves'], ['Datasets', 'uses-dataset']] as const) {
    const labels = related(type);
    if (labels.length === 0) continue;
    const chips = card.locator('dl.about > div').filter({ has: page.locator('dt', { hasText: group }) }).locator('.chip');
    await expect(chips).toHaveText(labels);
  }
});

test('a claim link opens the page at the claim and highlights it', async ({ page }) => {
  const claim = nodesOf('claim').at(-1)!;
  await page.goto(claim.url!);
  const card = page.locator(`[id="claim-${claim.slug}"]`);
  await expect(card).toBeInViewport();
  expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
  await card.getByRole('link', { name: /^Link to this/ }).click();
  await expect(page).toHaveURL(new RegExp(`#claim-${claim.slug}$`));
});
