/** Search narrows to a section of the paper — a facet, a field and a URL parameter — subsections included. */
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('features');
const claims = nodesOf('claim');
const within = (prefix: string) =>
  claims.filter((c) => c.paper.section === prefix || c.paper.section.startsWith(`${prefix}.`));
// A section with claims in more than one of its subsections (so inclusion is tested), and fewer
// than a page of them (so every one is checked).
const parent = [
  ...new Set(claims.map((c) => c.paper.section.split('.').slice(0, 2).join('.'))),
].find((p) => new Set(within(p).map((c) => c.paper.section)).size > 1 && within(p).length <= 20)!;

test('?paper= shows the claims of that section of the paper and its subsections, and only those', async ({
  page,
}) => {
  expect(parent, 'the fixture has a section with several subsections').toBeTruthy();
  await page.goto(`/search/?paper=${parent}`);
  const results = page.locator('.search-result[data-type="claim"]');
  await expect(page.locator('search-page')).not.toContainText('Loading');
  const expected = within(parent).map((c) => c.text);
  await expect(results).toHaveCount(expected.length);
  for (const text of expected) await expect(results.filter({ hasText: text })).toHaveCount(1);
  const checkbox = page.getByRole('checkbox', {
    name: new RegExp(`^§${parent.replace('.', '\\.')} `),
  });
  await expect(checkbox).toBeChecked();

  // Typed as a field, it means the same.
  await page.goto(`/search/?q=${encodeURIComponent(`paper:${parent}`)}`);
  await expect(results).toHaveCount(expected.length);
});
