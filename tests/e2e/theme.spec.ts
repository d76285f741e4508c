import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('site');

const page1 = () => nodesOf('section')[0]!.url!;
const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK = 'rgb(20, 22, 27)';
const LIGHT = 'rgb(255, 255, 255)';

test('with no choice made, the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(page1());
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT);
});

test('a chosen theme applies at once, persists across pages and reloads, and can go back to auto', async ({
  page,
}) => {
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
      if (document.readyState === 'interactive')
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse ??=
          document.documentElement.dataset.theme;
    });
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
          document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(
    await page.evaluate(
      () => (window as unknown as { themeAtParse: string | undefined }).themeAtParse,
    ),
  ).toBe('dark');
});

test('without JavaScript the theme switch is hidden and the page still follows the system', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(page1());
  await expect(page.getByRole('combobox', { name: 'Colour theme' })).toBeHidden();
  expect(await background(page)).toBe(DARK);
  await context.close();
});

/** WCAG 2 contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the focus ring is the accent, never red, and stands out at least 3:1 against every background (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(page1());
    // Keyboard focus, so :focus-visible applies: the skip link, then controls of every kind.
    await page.keyboard.press('Tab');
    const rings = await page.evaluate(() => {
      const controls = [
        document.querySelector('.site-header .brand'),
        document.querySelector('site-search a'),
        document.querySelector('theme-switch select'),
        document.querySelector('.sidebar a'),
        document.querySelector('article.claim a.chip'),
        document.querySelector('copy-button button'),
      ].filter((e): e is HTMLElement => e instanceof HTMLElement);
      return controls.map((control) => {
        control.focus();
        const style = getComputedStyle(control);
        return {
          name: control.outerHTML.slice(0, 60),
          visible: control.matches(':focus-visible'),
          colour: style.outlineColor,
          width: parseFloat(style.outlineWidth),
          line: style.outlineStyle,
        };
      });
    });
    const probe = (name: string) =>
      page.evaluate((name) => {
        const span = document.createElement('span');
        span.style.color = `var(${name})`;
        document.body.append(span);
        const colour = getComputedStyle(span).color;
        span.remove();
        return colour;
      }, name);
    const accent = await probe('--accent');
    expect(rings.length).toBeGreaterThanOrEqual(5);
    for (const ring of rings) {
      expect(ring.visible, ring.name).toBe(true);
      expect(ring.colour, ring.name).toBe(accent);
      expect(ring.width, ring.name).toBeGreaterThanOrEqual(2);
      expect(ring.line, ring.name).toBe('solid');
    }
    for (const background of ['--bg', '--bg-raised', '--bg-sunken', '--accent-bg'])
      expect(contrast(accent, await probe(background)), background).toBeGreaterThanOrEqual(3);
    // Not red: the hue of the ring is far from red's.
    const [r, g, b] = accent.match(/\d+/g)!.map(Number);
    expect(b! > r! && b! > g! * 0.9, accent).toBe(true);
  });
}
