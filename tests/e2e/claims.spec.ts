import { expect, test } from './fixtures';
import { builtSite } from './site';
import { en } from '../../src/i18n/en';

const { builtGraph, nodesOf } = builtSite('site');
const graph = builtGraph();
const claimsBySection = new Map<string, string[]>();
for (const edge of graph.edges) {
  if (edge.type !== 'in-section') continue;
  claimsBySection.set(edge.target, [...(claimsBySection.get(edge.target) ?? []), edge.source]);
}

const claimsById = new Map(nodesOf('claim').map((c) => [c.id, c]));
for (const section of nodesOf('section')) {
  test(`every claim of ${section.url} is on its page once, at its own anchor, with its verdict in words`, async ({
    page,
  }) => {
    await page.goto(section.url!);
    const ids = claimsBySection.get(section.id) ?? [];
    await expect(page.locator('article.claim')).toHaveCount(ids.length);
    for (const id of ids) {
      const claim = claimsById.get(id)!;
      const card = page.locator(`[id="claim-${claim.slug}"]`);
      await expect(card).toHaveCount(1);
      await expect(card.locator('.text')).toHaveText(claim.text);
      await expect(card.locator('.verdict')).toContainText(en.verdict[claim.verdict].label);
    }
  });
}

test('a claim card shows chips for its tasks, models and datasets', async ({ page }) => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const claim =
    nodesOf('claim').find((c) =>
      graph.edges.some((e) => e.source === c.id && e.type === 'involves'),
    ) ?? nodesOf('claim')[0]!;
  const related = (type: string) =>
    graph.edges
      .filter((e) => e.source === claim.id && e.type === type)
      .map((e) => byId.get(e.target)!.label);
  await page.goto(claim.url!);
  const card = page.locator(`[id="claim-${claim.slug}"]`);
  for (const [group, type] of [
    ['Tasks', 'addresses'],
    ['Models', 'involves'],
    ['Datasets', 'uses-dataset'],
  ] as const) {
    const labels = related(type);
    if (labels.length === 0) continue;
    const chips = card
      .locator('dl.about > div')
      .filter({ has: page.locator('dt', { hasText: group }) })
      .locator('.chip');
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

for (const section of nodesOf('section')) {
  test(`every claim of ${section.url} says where in the paper it comes from, and no claim sits in the guide's own advice`, async ({
    page,
  }) => {
    await page.goto(section.url!);
    for (const id of claimsBySection.get(section.id) ?? []) {
      const claim = claimsById.get(id)!;
      const provenance = page.locator(`[id="claim-${claim.slug}"] .provenance`);
      await expect(provenance).toHaveText(
        `Paper §${claim.paper.section}${claim.paper.remark ? `, Remark ${claim.paper.remark}` : ''}`,
      );
      await expect(provenance).toHaveAttribute('href', 'https://arxiv.org/abs/2304.13712');
      await expect(provenance).toHaveAccessibleName(
        new RegExp(
          `^Paper §${claim.paper.section.replace(/\./g, '\\.')}.*: ${en.paperSection[claim.paper.section].replace(/[()"]/g, '.')}`,
        ),
      );
    }
    // The guide's advice is labelled as such and holds no claim card and no claim text.
    const advice = page.locator('aside.advice');
    for (let i = 0; i < (await advice.count()); i++) {
      await expect(advice.nth(i).locator('.advice-label')).toHaveText(en.advice.label);
      await expect(advice.nth(i).locator('article.claim')).toHaveCount(0);
      const text = (await advice.nth(i).textContent()) ?? '';
      for (const id of claimsBySection.get(section.id) ?? [])
        expect(text, `advice ${i} repeats claim ${id}`).not.toContain(claimsById.get(id)!.text);
    }
  });
}

test('section 5 is in place, says it is missing from the Chinese rendering, and Table 1 is a real table on the Models page', async ({
  page,
}) => {
  const sections = nodesOf('section');
  const index = sections.findIndex((s) => s.slug === 'other-considerations');
  expect(sections[index - 1]!.slug).toBe('real-world');
  expect(sections[index + 1]!.slug).toBe('conclusion');
  await page.goto(sections[index]!.url!);
  await expect(page.locator('.prose blockquote').first()).toContainText('About this section');

  await page.goto('/guide/models/');
  const table = page.getByRole('table', {
    name: 'Table 1 of the paper: a summary of large language models',
  });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Kind',
    'Training',
    'Model type',
    'Pre-training task',
    'Representative models',
  ]);
  await expect(table.getByRole('row')).toHaveCount(3);
  const bertStyle = table.getByRole('row').nth(1);
  await expect(bertStyle.getByRole('rowheader')).toContainText('BERT-style');
  await expect(bertStyle.getByRole('link', { name: 'BERT', exact: true })).toHaveAttribute(
    'href',
    '/models/bert/',
  );
  await expect(bertStyle.getByRole('link', { name: 'XLNet' })).toBeVisible();
});
