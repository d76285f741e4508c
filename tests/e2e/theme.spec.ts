import { expect, test } from './fixtures';
import { nodesOf } from './site';

const page1 = () => nodesOf('section')[0]!.url!;
const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK = 'rgb(20, 22, 27)';
const LIGHT = 'rgb(255, 255, 255)';

test('with no choice made, the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(page1());
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT);
});

test('a chosen theme applies at once, persists across pages and reloads, and can go back to auto', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(page1());
  const select = page.getByRole('combobox', { name: 'Colour theme' });
  await select.selectOption('dark');
  expect(await background(page)).toBe(DARK);
  await page.reload();
  await expect(select).toHaveValue('dark');
  expect(await background(page)).toBe(DARK);
  await page.goto('/');
  expect(await background(page)).toBe(DARK);
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('auto');
  expect(await background(page)).toBe(LIGHT);
  await page.reload();
  expect(await background(page)).toBe(LIGHT);
});

test('the stored theme is applied before the first paint (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(page1());
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  // Read the theme the moment the document starts parsing the body, before any paint.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string | undefined }).themeAtParse ??= document.documentElement.dataset.theme;
    });
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe('dark');
});

test('without JavaScript the theme switch is hidden and the page still follows the system', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(page1());
  await expect(page.getByRole('combobox', { name: 'Colour theme' })).toBeHidden();
  expect(await background(page)).toBe(DARK);
  await context.close();
});
