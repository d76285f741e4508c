/** axe on /tree/ in its interactive states, light and dark: a model selected, filters applied, a URL problem shown. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { builtTree, openTree } from './tree-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const withClaims = builtTree().models.find((m) => m.claims > 0 && m.parents.length > 0)!;

const states = [
  { name: 'a model selected (claims loaded)', query: `?model=${withClaims.slug}` },
  { name: 'filters applied, filters open', query: '?family=decoder-only,encoder-decoder&weights=closed&from=2021&figure=1', openFilters: true },
  { name: 'an organisation filter that hides some parents', query: '?org=google' },
  { name: 'an unknown model in the URL', query: '?model=nope' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, query, openFilters } of states) {
    test(`axe, ${scheme}: /tree/ with ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openTree(page, query);
      if (query.includes('model=') && !query.includes('nope')) await expect(page.locator('.claim-list a').first()).toBeVisible();
      if (openFilters) await expect(page.locator('[data-filters]')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
    });
  }
}
