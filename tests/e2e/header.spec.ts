/**
 * The header on a phone and on a desktop: one compact bar, a menu that the keyboard can open,
 * walk and close, targets a finger can hit, a bar that gets out of the way while reading and
 * comes back on scrolling up — without ever covering the heading or claim a link points at.
 */
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { expect, test } from './fixtures';
import { builtSite } from './site';
import { NAV } from '../../src/components/links';

const { nodesOf } = builtSite('site');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const claimsOf = (url: string) => nodesOf('claim').filter((c) => c.url!.startsWith(`${url}#`));
/** The section with the most claims, so its page is long, and a claim near its end. */
const section = nodesOf('section').reduce((a, b) =>
  claimsOf(b.url!).length > claimsOf(a.url!).length ? b : a,
);
const claim = claimsOf(section.url!).at(-3)!;

const bar = (page: Page) => page.locator('.site-header');
const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('on a phone the header is one bar, at most 56 px tall: the name, search and a menu button', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(section.url!);
  const header = (await bar(page).boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(56);
  for (const part of [
    page.locator('.site-header .brand'),
    page.locator('site-search').getByRole('link', { name: 'Search' }),
    menuButton(page),
  ]) {
    await expect(part).toBeVisible();
    const { y, height } = (await part.boundingBox())!;
    expect(y).toBeGreaterThanOrEqual(header.y);
    expect(y + height).toBeLessThanOrEqual(header.y + header.height);
  }
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(mainNav(page)).toBeHidden();
});

test('the menu opens, is walked and closed by keyboard; Esc closes it and returns focus to its button', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(section.url!);
  await menuButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(mainNav(page)).toBeVisible();
  // Tab walks every link of the navigation, then the theme choice.
  for (const item of NAV) {
    await page.keyboard.press('Tab');
    await expect(
      mainNav(page).getByRole('link', { name: en.nav[item.key], exact: true }),
    ).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Colour theme' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mainNav(page)).toBeHidden();
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton(page)).toBeFocused();

  // Space opens it too; focus leaving it (Shift+Tab back out) closes it, as does a click outside.
  await page.keyboard.press(' ');
  await expect(mainNav(page)).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(mainNav(page)).toBeHidden();
  await menuButton(page).click();
  await expect(mainNav(page)).toBeVisible();
  await page.mouse.click(200, 800);
  await expect(mainNav(page)).toBeHidden();

  // A link in the menu leads to its page, which marks it as current.
  await menuButton(page).click();
  await mainNav(page).getByRole('link', { name: 'Datasets' }).click();
  await expect(page).toHaveURL(/\/datasets\/$/);
  // The URL changes when the new page commits; its menu works once its scripts have run.
  await page.waitForLoadState();
  await menuButton(page).click();
  await expect(mainNav(page).getByRole('link', { name: 'Datasets' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('on a phone every target in the header, the menu and the reading aids is at least 44 px', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(section.url!);
  await page.locator('table-of-contents summary').click();
  await page.locator('.sidebar summary').click();
  await menuButton(page).click();
  const targets = page.locator(
    [
      '.site-header a',
      '.site-header button',
      '.site-header select',
      '.sidebar summary',
      'table-of-contents summary',
      'table-of-contents a',
      '.back-to-top',
    ].join(', '),
  );
  const small = await targets.evaluateAll((elements) =>
    elements
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ name: e.textContent!.trim() || e.localName, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
  expect(await targets.count()).toBeGreaterThan(NAV.length + 5);
});

test('the bar fits at 360 px with one more 44 px control in it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(section.url!);
  // Room for the language switch to come: a 44 px button beside search.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'A';
    button.style.cssText = 'inline-size: 44px; block-size: 44px; flex: none';
    document.querySelector('.site-header .tools')!.append(button);
  });
  expect((await bar(page).boundingBox())!.height).toBeLessThanOrEqual(56);
  const menu = (await menuButton(page).boundingBox())!;
  expect(menu.x + menu.width).toBeLessThanOrEqual(360);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
  ).toBeLessThanOrEqual(0);
  // The name is shown whole (on two lines if need be), never cut.
  const name = page.locator('.site-header .brand span');
  expect(await name.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
});

test('on a phone the bar slides away while reading down and comes back on scrolling up', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(section.url!);
  const top = async () => (await bar(page).boundingBox())!.y;
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, 900);
  await expect.poll(top).toBeLessThanOrEqual(-56);
  await page.mouse.wheel(0, -120);
  await expect.poll(top).toBe(0);
  // Keyboard focus brings it back as well.
  await page.mouse.wheel(0, 900);
  await expect.poll(top).toBeLessThanOrEqual(-56);
  await page.locator('site-search .search-button').focus();
  await expect.poll(top).toBe(0);
});

for (const size of [PHONE, DESKTOP]) {
  test(`the header never covers a claim a link points at (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(claim.url!);
    const card = page.locator(`[id="claim-${claim.slug}"]`);
    await expect(card).toBeInViewport();
    const below = async () => {
      const header = (await bar(page).boundingBox())!;
      const target = (await card.boundingBox())!;
      return target.y - (header.y + header.height);
    };
    expect(await below()).toBeGreaterThanOrEqual(0);
    // Scrolling up a little brings the bar back; it still leaves the claim's top in view.
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, -10);
    await expect.poll(async () => (await bar(page).boundingBox())!.y).toBe(0);
    expect(await below()).toBeGreaterThanOrEqual(0);
    // A link within the page lands below the bar too.
    await page.evaluate((id) => {
      location.hash = '';
      location.hash = id;
    }, `claim-${claim.slug}`);
    await page.mouse.wheel(0, -10);
    await expect.poll(async () => (await bar(page).boundingBox())!.y).toBe(0);
    expect(await below()).toBeGreaterThanOrEqual(0);
  });
}

test('on a desktop the bar holds the whole navigation, search and the theme, and stays put', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(section.url!);
  expect((await bar(page).boundingBox())!.height).toBeLessThanOrEqual(56);
  await expect(menuButton(page)).toBeHidden();
  for (const item of NAV)
    await expect(
      mainNav(page).getByRole('link', { name: en.nav[item.key], exact: true }),
    ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Colour theme' })).toBeVisible();
  await page.mouse.move(700, 500);
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(300);
  expect((await bar(page).boundingBox())!.y).toBe(0);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
  ).toBeLessThanOrEqual(0);
});

test('without JavaScript a phone gets the navigation in the header, with no menu button', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(section.url!);
  await expect(menuButton(page)).toBeHidden();
  for (const item of NAV)
    await expect(
      mainNav(page).getByRole('link', { name: en.nav[item.key], exact: true }),
    ).toBeVisible();
  await context.close();
});
