/**
 * "On this page" on a guide page: beside the text on a wide screen, with a heading, marking the
 * section being read as the page scrolls (without moving anything); on a phone, a compact
 * disclosure at the top of the article, and a way back to it from the end. Runs on the fixture
 * site; the entries are read from its built pages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf, builtHtml } = builtSite('features');
/** The guide page with the longest table of contents. */
const section = nodesOf('section').reduce((a, b) =>
  entriesOn(b.url!) > entriesOn(a.url!) ? b : a,
);
function entriesOn(path: string): number {
  return builtHtml(path).match(/<li data-depth=/g)?.length ?? 0;
}

const toc = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
const current = (page: Page) => toc(page).locator('a[aria-current]');
/** Whether the page can scroll far enough to bring this anchor up to where anchors land. */
const reachable = (page: Page, hash: string) =>
  page.evaluate((id) => {
    const target = document.getElementById(id)!;
    const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
    const y = target.getBoundingClientRect().top + scrollY - padding;
    return y <= document.documentElement.scrollHeight - innerHeight;
  }, hash.slice(1));

test('on a wide screen, "On this page" has a heading and marks the section being read as the page scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(section.url!);
  await expect(toc(page).getByRole('heading', { name: 'On this page' })).toBeVisible();
  const links = toc(page).getByRole('link');
  const hashes = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
  expect(hashes.length).toBeGreaterThan(3);
  const sizes = () =>
    links.evaluateAll((as) =>
      as.map((a) => {
        const { width, height } = a.getBoundingClientRect();
        return `${width}×${height}`;
      }),
    );
  const before = await sizes();
  // At the top, above the first heading, nothing is marked yet.
  await expect(current(page)).toHaveCount(0);

  let marked = 0;
  for (const hash of hashes) {
    if (!(await reachable(page, hash))) continue;
    // Scrolled to where a link to it would land: that entry, and only it, is current.
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), hash.slice(1));
    await expect(current(page)).toHaveAttribute('href', hash);
    await expect(current(page)).toHaveAttribute('aria-current', 'true');
    await expect(current(page)).toHaveCount(1);
    marked += 1;
  }
  expect(marked, 'most entries can be scrolled to').toBeGreaterThan(hashes.length / 2);

  // Scrolling by hand, a little past a heading still marks it; at the very end, the last entry.
  const middle = hashes[Math.floor(hashes.length / 2)]!;
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), middle.slice(1));
  await page.mouse.move(700, 500);
  await page.mouse.wheel(0, 30);
  await expect(current(page)).toHaveAttribute('href', middle);
  await page.mouse.wheel(0, 20_000);
  await expect(current(page)).toHaveAttribute('href', hashes.at(-1)!);

  // Marking moves nothing: every entry keeps its size.
  expect(await sizes()).toEqual(before);
  // Back at the top, the mark goes.
  await page.mouse.wheel(0, -40_000);
  await expect(current(page)).toHaveCount(0);
});

test('following an entry lands on its heading and marks it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(section.url!);
  const link = toc(page).getByRole('link').nth(1);
  const hash = (await link.evaluate((a) => (a as HTMLAnchorElement).hash))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(page.locator(`[id="${hash.slice(1)}"]`)).toBeInViewport();
  await expect(link).toHaveAttribute('aria-current', 'true');
});

test('on a phone, "On this page" is a compact disclosure at the top of the article, and the end leads back to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(section.url!);
  const summary = toc(page).locator('summary');
  await expect(summary).toHaveText('On this page');
  await expect(summary).toBeInViewport();
  const box = (await summary.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeLessThanOrEqual(56);
  const heading = page.getByRole('heading', { level: 1 });
  expect(box.y).toBeLessThan((await heading.boundingBox())!.y);
  // Before the article for the keyboard too.
  expect(
    await page.evaluate(
      () =>
        document
          .querySelector('table-of-contents')!
          .compareDocumentPosition(document.querySelector('main')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ),
  ).toBeTruthy();

  const links = toc(page).getByRole('link');
  await expect(links.first()).toBeHidden();
  await summary.click();
  await expect(links.first()).toBeVisible();
  const last = links.last();
  const hash = await last.evaluate((a) => (a as HTMLAnchorElement).hash);
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(page.locator(`[id="${hash.slice(1)}"]`)).toBeInViewport();

  // At the end of the article: back to the top, where "On this page" is.
  const back = page.getByRole('link', { name: 'Back to top' });
  await back.scrollIntoViewIfNeeded();
  await back.click();
  await expect(summary).toBeInViewport();
  await expect(page.locator('.site-header')).toBeInViewport();
});

test('on a wide screen the end of the article needs no way back: the table of contents stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(section.url!);
  await expect(page.getByRole('link', { name: 'Back to top' })).toBeHidden();
  await page.mouse.move(700, 500);
  await page.mouse.wheel(0, 20_000);
  await expect(toc(page).getByRole('link').first()).toBeInViewport();
});
