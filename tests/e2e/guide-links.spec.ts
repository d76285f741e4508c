/**
 * Links in a guide section's prose that point at a claim: they lead to the claim's card, on the
 * same page or another, and the card is highlighted. Runs on the fixture site.
 */
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { builtHtml, nodesOf } = builtSite('features');
const claimUrls = new Set(nodesOf('claim').map((c) => c.url!));
/** The claim links in each section's prose, as written in the built HTML. */
const proseLinks = nodesOf('section').map((section) => {
  const html = builtHtml(section.url!);
  const prose = html.slice(html.indexOf('class="prose"'));
  return {
    section,
    links: [...prose.matchAll(/<a href="([^"]*#claim-[^"]+)"/g)].map((m) => m[1]!),
  };
});

test('every claim link in the prose points at a claim of the graph', () => {
  expect(proseLinks.some(({ links }) => links.length > 0)).toBe(true);
  for (const { section, links } of proseLinks) {
    for (const href of links) {
      const url = href.startsWith('#') ? `${section.url}${href}` : href;
      expect(claimUrls.has(url), `${section.url} → ${href}`).toBe(true);
    }
  }
});

test('following a claim link in the prose scrolls to its card and highlights it', async ({
  page,
}) => {
  const { section, links } = proseLinks.find(({ links }) => links.some((l) => l.startsWith('#')))!;
  const href = links.find((l) => l.startsWith('#'))!;
  await page.goto(section.url!);
  await page.locator(`.prose a[href="${href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const card = page.locator(`[id="${href.slice(1)}"]`);
  await expect(card).toBeInViewport();
  await expect.poll(() => card.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('a claim link to another section opens that page at the claim', async ({ page }) => {
  const { section, links } = proseLinks.find(({ links }) => links.some((l) => l.startsWith('/')))!;
  const href = links.find((l) => l.startsWith('/'))!;
  await page.goto(section.url!);
  await page.locator(`.prose a[href="${href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const card = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(card).toBeInViewport();
});
