import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('site');

const sections = nodesOf('section');

test('the home page leads into the guide', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Read the guide/ }).click();
  await expect(page).toHaveURL(new URL(sections[0]!.url!, 'http://x').pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sections[0]!.title);
});

test("the sidebar lists every section in the paper's order and marks the current one", async ({
  page,
}) => {
  const current = sections[Math.min(2, sections.length - 1)]!;
  await page.goto(current.url!);
  const sidebar = page.getByRole('navigation', { name: 'Guide sections' });
  await expect(sidebar.getByRole('link')).toHaveText(
    sections.map((s) => new RegExp(s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
  );
  await expect(sidebar.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(sidebar.locator('[aria-current="page"]')).toContainText(current.title);
});

test('previous and next links walk through every section in order', async ({ page }) => {
  await page.goto(sections[0]!.url!);
  const pager = page.getByRole('navigation', { name: 'Previous and next sections' });
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  for (const next of sections.slice(1)) {
    await pager.locator('a[rel="next"]').click();
    // Each page is loaded before the next click, and a navigation gets the test's whole budget:
    // on a busy CI machine one page once took longer than an assertion's 5 s to arrive.
    await page.waitForURL(`**${next.url!}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.title);
  }
  await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
  await pager.locator('a[rel="prev"]').click();
  await page.waitForURL(`**${sections.at(-2)!.url!}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sections.at(-2)!.title);
});

for (const section of sections) {
  test(`every table-of-contents link points at a heading on the page: ${section.url}`, async ({
    page,
  }) => {
    await page.goto(section.url!);
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    const targets = await links.evaluateAll((as) =>
      as.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))),
    );
    expect(targets.length, `${section.slug} has a table of contents`).toBeGreaterThan(0);
    for (const id of targets)
      await expect(page.locator(`[id="${id}"]`), `#${id} on ${section.slug}`).toHaveCount(1);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(sections[0]!.url!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a helpful 404 page with the way back in', async ({
  page,
  pageProblems,
}) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  // The browser reports the 404 status itself in the console; that one is expected here.
  const expected = pageProblems.findIndex((p) => p.includes('status of 404'));
  expect(expected).toBeGreaterThanOrEqual(0);
  pageProblems.splice(expected, 1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: sections[0]!.title })).toBeVisible();
});

test('the header leads to the guide, the tree, the models, the tasks, the datasets, the advisor and search, with the API last', async ({
  page,
}) => {
  await page.goto('/');
  const links = await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link')
    .allTextContents();
  // The markup may pad a link's text with spaces.
  expect(links.map((link) => link.trim())).toEqual([
    'Guide',
    'Evolution tree',
    'Models',
    'Tasks',
    'Datasets',
    'LLM or fine-tuned?',
    'Search',
    'API',
  ]);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Models' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All models');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('the home page leads to the advisor', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('list', { name: 'Ways in' })
    .getByRole('link', { name: /LLM or fine-tuned\?/ })
    .click();
  await expect(page).toHaveURL(/\/decide\/$/);
  await expect(page.locator('#advisor-question')).toBeVisible();
});
