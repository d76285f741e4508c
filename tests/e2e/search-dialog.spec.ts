/**
 * The header's search dialog, on any page: keyboard flow, focus return, results, safety. Runs on
 * the fixture site; the words typed and the results expected come from its built graph.
 */
import { expect, test } from './fixtures';
import { builtSite } from './site';
import { en } from '../../src/i18n/en';
import { words } from '../../src/i18n';
import { localeOfPath } from '../../src/i18n/locales';

const { builtGraph, nodesOf, onePageOfEachKind } = builtSite('features');
const graph = builtGraph();
/** A model whose name is a word and a number joined by a hyphen ("Name-3"), so that "name 3" should find it. */
const hyphenated = nodesOf('model').find((m) => /^\p{L}+-\d+$/u.test(m.name))!;
/** The words of a node a search result shows. */
const wordsOf = (n: (typeof graph.nodes)[number]) =>
  [n.label, 'text' in n ? n.text : '', 'summary' in n ? n.summary : ''].join(' ');
/** An abbreviation among a task's aliases that other results also use as a word ("NER" for named entity recognition, in "Sample NER"). */
const isAbbreviation = (a: string) => /^[A-Z]{2,}$/.test(a);
const abbreviated = nodesOf('task').find((t) =>
  t.aliases.some(
    (a) =>
      isAbbreviation(a) &&
      graph.nodes.some((n) => n.id !== t.id && new RegExp(`\\b${a}\\b`).test(wordsOf(n))),
  ),
)!;
const abbreviation = abbreviated.aliases.find(isAbbreviation)!;
/** A claim that names a dataset by one of its aliases, and two words of its own to find it by. */
const claimByAlias = nodesOf('claim')
  .flatMap((claim) =>
    graph.edges
      .filter((e) => e.source === claim.id && e.type === 'uses-dataset')
      .flatMap((e) => nodesOf('dataset').find((d) => d.id === e.target)!.aliases)
      .filter((alias) => claim.text.includes(alias))
      .map((alias) => ({ claim, alias })),
  )
  .at(0)!;
const claimWords = (() => {
  const words = claimByAlias.claim.text.split(/\s+/);
  const i = words.findIndex(
    (w, i) => /^[a-z]{5,}$/.test(w) && /^[a-z]{5,}$/.test(words[i + 1] ?? ''),
  );
  return words.slice(i, i + 2).join(' ');
})();

const dialog = (page: import('@playwright/test').Page) => page.locator('dialog.search-dialog');
const box = (page: import('@playwright/test').Page) => dialog(page).getByRole('combobox');
const options = (page: import('@playwright/test').Page) => dialog(page).getByRole('option');
const guidePage = () => nodesOf('section')[0]!.url!;

for (const path of onePageOfEachKind().filter((p) => !p.startsWith('/api/') || p === '/api/')) {
  test(`every kind of page has a visible search button in the header: ${path}`, async ({
    page,
  }) => {
    await page.goto(path);
    // The button is named in the page's language: "Search" on /…, "搜索" on /zh/….
    const name = words(localeOfPath(path)).header.search;
    await expect(
      page.locator('site-search').getByRole('link', { name: new RegExp(`^${name}`) }),
      path,
    ).toBeVisible();
  });
}

test('Ctrl+K opens the dialog, results come as you type, arrows move, Enter opens the result', async ({
  page,
}) => {
  await page.goto(guidePage());
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(hyphenated.name.replace('-', ' ').toLowerCase());
  await expect(options(page).first()).toContainText(hyphenated.label);
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute(
    'aria-activedescendant',
    (await options(page).first().getAttribute('id'))!,
  );
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${hyphenated.url}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hyphenated.label);
});

test('Meta+K (⌘K) and / open it too, but / typed into a field stays in the field', async ({
  page,
}) => {
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
  await page.keyboard.type(abbreviation.toLowerCase());
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();

  // Opened with the button, closed with its close button: focus goes back to the button.
  const button = page.locator('site-search').getByRole('link', { name: /^Search/ });
  await button.click();
  await expect(box(page)).toBeFocused();
  await dialog(page).getByRole('button', { name: 'Close search' }).click();
  await expect(button).toBeFocused();
});

test('on the search page, the shortcuts and the button go to its own search box', async ({
  page,
}) => {
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
  const { claim, alias } = claimByAlias;
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type(`${alias.toLowerCase()} ${claimWords}`);
  const option = options(page).filter({ hasText: claimWords }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(new RegExp(`${claim.url}$`));
  // The URL changes when navigation commits; :target applies once the new document has parsed the anchor.
  await expect
    .poll(() => page.locator(`[id="claim-${claim.slug}"]`).evaluate((el) => el.matches(':target')))
    .toBe(true);
});

test('a claim result reads as one option: its kind and section as a title, then its text with the words marked', async ({
  page,
}) => {
  const { claim, alias } = claimByAlias;
  const section = graph.edges.find((e) => e.source === claim.id && e.type === 'in-section')!;
  const sectionTitle = nodesOf('section').find((n) => n.id === section.target)!.title;
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type(`${alias.toLowerCase()} ${claimWords}`);
  const option = options(page).filter({ hasText: claimWords }).first();
  await expect(option.locator('.option-title')).toHaveText(
    `${en.kind[claim.kind].label} · ${sectionTitle}`,
  );
  await expect(option.locator('.option-text')).toContainText(claimWords);
  await expect(option.locator('.option-text mark').first()).toBeVisible();
  await expect(option.locator('a')).toHaveCount(0);
});

test('a word that matches nothing shows the results of its nearest spelling, and says so', async ({
  page,
}) => {
  // A task named in one long word, misspelt by dropping its third letter.
  const oneWord = nodesOf('task').find((t) => /^\p{L}{8,}$/u.test(t.name))!;
  const word = oneWord.name.toLowerCase();
  const typo = `${word.slice(0, 2)}${word.slice(3)}`;
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type(`${typo} `);
  await expect(dialog(page).getByRole('status')).toContainText(
    new RegExp(`^No results for “${typo}”; showing results for “[^”]+”\\. \\d+ results?`),
  );
  await expect(options(page).first()).toHaveClass(/result/);
  await expect(options(page).first().locator('mark').first()).toBeVisible();
});

test('matched words are highlighted with <mark>, including the full name of an alias', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type(`${abbreviation} `);
  await expect(options(page).first()).toBeVisible();
  const marks = await dialog(page).locator('mark').allTextContents();
  expect(marks.some((m) => m.toLowerCase() === abbreviation.toLowerCase())).toBe(true);
  expect(marks.some((m) => m.toLowerCase() === abbreviated.name.toLowerCase())).toBe(true);
});

test('typing a field suggests its values, and choosing one completes the filter', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const firstWord = abbreviated.name.split(' ')[0]!.toLowerCase();
  await page.keyboard.type(`task:${firstWord}`);
  const completion = options(page).filter({ hasText: `task:${abbreviated.slug}` });
  await expect(completion).toBeVisible();
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(box(page)).toHaveValue(`task:${abbreviated.slug} `);
  await expect(options(page).first()).toContainText(abbreviated.name);
});

test('hostile and odd input gives a friendly answer and never runs', async ({ page }) => {
  let alerted = false;
  page.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await page.goto('/');
  await page.keyboard.press('Control+k');
  for (const input of [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    'task:does-not-exist',
    'task:',
    '((((',
    '😀😀',
    'שלום',
    '"unbalanced',
    'x'.repeat(2_000),
  ]) {
    await box(page).fill(input);
    await expect(dialog(page).getByRole('status'), input).not.toHaveText(/Loading/);
    await expect(dialog(page).getByRole('status'), input).toHaveText(/\S/);
  }
  await box(page).fill('task:does-not-exist');
  await expect(dialog(page).getByRole('status')).toContainText(
    'No task is called “does-not-exist”',
  );
  await expect(dialog(page).locator('img')).toHaveCount(0);
  await box(page).fill('<img src=x onerror=alert(1)>');
  await expect(dialog(page).locator('img, script')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('"Show all" and the footer link lead to the search page with the query', async ({ page }) => {
  await page.goto(guidePage());
  await page.keyboard.press('Control+k');
  // A word most of the fixture's claims use, so there are more results than the dialog lists.
  expect(nodesOf('claim').filter((c) => /\bmodels?\b/i.test(c.text)).length).toBeGreaterThan(8);
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
  const button = page.locator('site-search').getByRole('link', { name: /^Search/ });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  // <noscript> content has no textContent for Playwright's matchers; innerText shows what is rendered.
  expect(await page.locator('main').innerText()).toContain(
    'Search runs in your browser and needs JavaScript',
  );
  await expect(
    page.locator('main').getByRole('link', { name: nodesOf('section')[0]!.title }),
  ).toBeVisible();
  await context.close();
});
