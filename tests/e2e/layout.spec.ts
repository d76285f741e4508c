import { expect, test } from './fixtures';
import { words } from '../../src/i18n';
import { localeOfPath } from '../../src/i18n/locales';
import { builtSite } from './site';

const { allPages, nodesOf } = builtSite('site');

const section = () => nodesOf('section')[0]!;

// A few pages per test, so that no test comes near the timeout however many pages the site has.
const PAGES_PER_TEST = 15;
const pages = allPages();
for (let first = 0; first < pages.length; first += PAGES_PER_TEST) {
  const some = pages.slice(first, first + PAGES_PER_TEST);
  test(`no page scrolls sideways at 360 px wide: pages ${first + 1}–${first + some.length} of ${pages.length}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of some) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('on a narrow screen the sections menu is a disclosure that opens', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(section().url!);
  const nav = page.getByRole('navigation', { name: 'Guide sections' });
  const firstLink = nav.getByRole('link').first();
  await expect(firstLink).toBeHidden();
  await nav.getByText('Guide sections').click();
  await expect(firstLink).toBeVisible();
});

test('on a wide screen the sections and the table of contents are always shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(section().url!);
  await expect(
    page.getByRole('navigation', { name: 'Guide sections' }).getByRole('link').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first(),
  ).toBeVisible();
});

test('reading a guide page needs no JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { url, title } = section();
  await page.goto(url!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('article.claim').first()).toBeVisible();
  await expect(page.locator('.prose')).not.toBeEmpty();
  await context.close();
});

test('the print view drops navigation and keeps the content', async ({ page }) => {
  await page.goto(section().url!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Guide sections' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next sections' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article.claim').first()).toBeVisible();
});

test('every page has a title, a description, a canonical URL and Open Graph tags', async ({
  request,
}) => {
  test.setTimeout(allPages().length * 500 + 10_000);
  const titles = new Set<string>();
  const meta = (html: string, attribute: string, name: string) =>
    new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
  for (const path of allPages()) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title, path).toContain(words(localeOfPath(path)).site.name);
    titles.add(title);
    expect(meta(html, 'name', 'description'), `${path} description`).toMatch(/\S.{19,}/);
    expect(/<link rel="canonical" href="https?:\/\/[^"]+"/.test(html), `${path} canonical`).toBe(
      true,
    );
    for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name']) {
      expect(meta(html, 'property', property), `${path} ${property}`).toMatch(/\S/);
    }
  }
  expect(titles.size, 'every page has its own title').toBe(allPages().length);
});
