/** axe on /tree/ in its interactive states, light and dark: a model selected, filters applied, a URL problem shown. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { builtTree, openTree } from './tree-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const tree = builtTree();
const withClaims = tree.models.find((m) => m.claims > 0 && m.parents.length > 0)!;
const bySlug = new Map(tree.models.map((m) => [m.slug, m]));
/** An organisation with a model whose parent is another organisation's: filtering by it hides that parent. */
const orgHidingAParent = tree.organisations.find((o) =>
  tree.models.some(
    (m) =>
      m.organisations.includes(o.slug) &&
      m.parents.some((p) => !bySlug.get(p)!.organisations.includes(o.slug)),
  ),
)!;
const years = tree.models.map((m) => m.year).sort((a, b) => a - b);
const laterHalf = years[Math.floor(years.length / 2)]!;

const states = [
  { name: 'a model selected (claims loaded)', query: `?model=${withClaims.slug}` },
  {
    name: 'filters applied, filters open',
    query: `?family=decoder-only,encoder-decoder&weights=closed&from=${laterHalf}&figure=1`,
    openFilters: true,
  },
  {
    name: 'an organisation filter that hides some parents',
    query: `?org=${orgHidingAParent.slug}`,
  },
  { name: 'an unknown model in the URL', query: '?model=nope' },
  {
    name: 'a comparison of two models',
    query: `?model=${withClaims.slug}&with=${tree.models[0]!.slug}`,
  },
  { name: 'time travel to a year', query: `?year=${laterHalf}` },
  { name: 'focus on a lineage', query: `?model=${withClaims.slug}&focus=1` },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, query, openFilters } of states) {
    test(`axe, ${scheme}: /tree/ with ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openTree(page, query);
      if (query.includes('model=') && !query.includes('nope') && !query.includes('with='))
        await expect(page.locator('.claim-list a').first()).toBeVisible();
      if (openFilters) await expect(page.locator('[data-ref="filters"]')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        ),
      ).toEqual([]);
    });
  }
}

test('axe: the phone layout with the details open as a bottom sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTree(page, `?model=${withClaims.slug}`);
  await expect(page.locator('.panel.sheet')).toBeVisible();
  await expect(page.locator('.claim-list a').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
