/** The header's search dialog, on any page: keyboard flow, focus return, results, safety. */
import { expect, test } from './fixtures';
import { nodesOf, onePageOfEachKind } from './site';

const dialog = (page: import('@playwright/test').Page) => page.locator('dialog.search-dialog');
const box = (page: import('@playwright/test').Page) => dialog(page).getByRole('combobox');
const options = (page: import('@playwright/test').Page) => dialog(page).getByRole('option');
const guidePage = () => nodesOf('section')[0]!.url!;

test('every kind of page has a visible search button in the header', async ({ page }) => {
  for (const path of onePageOfEachKind().filter((p) => !p.startsWith('/api/') || p === '/api/')) {
    await page.goto(path);
    await expect(page.locator('header').getByRole('link', { name: /^Search/ }), path).toBeVisible();
  }
});

test('Ctrl+K opens the dialog, results come as you type, arrows move, Enter opens the result', async ({ page }) => {
  const gpt3 = nodesOf('model').find((m) => m.slug === 'gpt-3')!;
  await page.goto(guidePage());
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('gpt 3');
  await expect(options(page).first()).toContainText(gpt3.label);
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${gpt3.url}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(gpt3.label);
});

test('Meta+K (⌘K) and / open it too, but / typed into a field stays in the field', async ({ page }) => {
  await page.goto(guidePage());
  await page.keyboard.press('Meta+k');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/404.html');
  const field = page.getByRole('searchbox', { name: /Search the guide/ });
  await field.fill('a');
  await field.press('/');
  await expect(field).toHaveValue('a/');
  await expect(dialog(page)).toBeHidden();
});

test('Esc closes the dialog and focus returns where it was', async ({ page }) => {
  await page.goto(guidePage());
  const link = page.getByRole('navigation', { name: 'Guide sections' }).getByRole('link').nth(1);
  await link.focus();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('ner');
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();

  // Opened with the button, closed with its close button: focus goes back to the button.
  const button = page.locator('header').getByRole('link', { name: /^Search/ });
  await button.click();
  await expect(box(page)).toBeFocused();
  await dialog(page).getByRole('button', { name: 'Close search' }).click();
  await expect(button).toBeFocused();
});

test('on the search page, the shortcuts and the button go to its own search box', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('.search-summary')).not.toHaveText(/Loading/);
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-query')).toBeFocused();
  await expect(dialog(page)).toBeHidden();
  await page.locator('.search-results h2').focus();
  await page.keyboard.press('/');
  await expect(page.locator('#search-query')).toBeFocused();
  await expect(dialog(page)).toBeHidden();
});

test('a claim result opens the guide at the claim', async ({ page }) => {
  const claim = nodesOf('claim').find((c) => c.slug === 'nlu-ner-conll03')!;
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('conll03 roughly twice');
  const option = options(page).filter({ hasText: 'roughly twice' }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(new RegExp(`${claim.url}$`));
  // The URL changes when navigation commits; :target applies once the new document has parsed the anchor.
  await expect.poll(() => page.locator(`[id="claim-${claim.slug}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
});

test('matched words are highlighted with <mark>, including the full name of an alias', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('NER ');
  await expect(options(page).first()).toBeVisible();
  const marks = await dialog(page).locator('mark').allTextContents();
  expect(marks.some((m) => /^NER$/i.test(m))).toBe(true);
  expect(marks.some((m) => /named entity recognition/i.test(m))).toBe(true);
});

test('typing a field suggests its values, and choosing one completes the filter', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('task:named');
  const completion = options(page).filter({ hasText: 'task:ner' });
  await expect(completion).toBeVisible();
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(box(page)).toHaveValue('task:ner ');
  await expect(options(page).first()).toContainText('Named entity recognition');
});

test('hostile and odd input gives a friendly answer and never runs', async ({ page }) => {
  let alerted = false;
  page.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await page.goto('/');
  await page.keyboard.press('Control+k');
  for (const input of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'task:does-not-exist', 'task:', '((((', '😀😀', 'שלום', '"unbalanced', 'x'.repeat(2_000)]) {
    await box(page).fill(input);
    await expect(dialog(page).getByRole('status'), input).not.toHaveText(/Loading/);
    await expect(dialog(page).getByRole('status'), input).toHaveText(/\S/);
  }
  await box(page).fill('task:does-not-exist');
  await expect(dialog(page).getByRole('status')).toContainText('No task is called “does-not-exist”');
  await expect(dialog(page).locator('img')).toHaveCount(0);
  await box(page).fill('<img src=x onerror=alert(1)>');
  await expect(dialog(page).locator('img, script')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('"Show all" and the footer link lead to the search page with the query', async ({ page }) => {
  await page.goto(guidePage());
  await page.keyboard.press('Control+k');
  await page.keyboard.type('model');
  const all = options(page).filter({ hasText: /^Show all \d+ results/ });
  await expect(all).toBeVisible();
  await all.click();
  await expect(page).toHaveURL(/\/search\/\?q=model$/);
  await expect(page.locator('#search-query')).toHaveValue('model');
});

test('without JavaScript the search button is a link to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(guidePage());
  const button = page.locator('header').getByRole('link', { name: /^Search/ });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  // <noscript> content has no textContent for Playwright's matchers; innerText shows what is rendered.
  expect(await page.locator('main').innerText()).toContain('Search runs in your browser and needs JavaScript');
  await expect(page.locator('main').getByRole('link', { name: nodesOf('section')[0]!.title })).toBeVisible();
  await context.close();
});
