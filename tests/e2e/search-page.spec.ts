/**
 * /search/: deep links, facets and counts, browse mode, history, hostile URLs, numbers and
 * Chinese words. Runs on the fixture site; expectations come from its built graph.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';
import { PAGE_SIZE } from '../../src/search/state';
import { en } from '../../src/i18n/en';
import { VERDICTS, type Verdict } from '../../src/core/vocabulary';

const { builtGraph, nodesOf } = builtSite('features');
const graph = builtGraph();
const claims = nodesOf('claim');
const targets = (claimId: string, type: string) =>
  graph.edges.filter((e) => e.source === claimId && e.type === type).map((e) => e.target);
const claimsWhere = (test: (c: (typeof claims)[number]) => boolean) => claims.filter(test);
const hasTask = (slug: string) => (c: (typeof claims)[number]) =>
  targets(c.id, 'addresses').includes(`task:${slug}`);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The task with the most fine-tuned claims, and a short alias of it ("NER"). */
const task = nodesOf('task').reduce((a, b) =>
  claimsWhere((c) => hasTask(b.slug)(c) && c.verdict === 'fine-tuned').length >
  claimsWhere((c) => hasTask(a.slug)(c) && c.verdict === 'fine-tuned').length
    ? b
    : a,
);
const taskWord = (task.aliases.find((a) => !a.includes(' ')) ?? task.slug).toLowerCase();
/** The verdict most claims have: browsing it takes more than one page. */
const commonest = VERDICTS.reduce((a: Verdict, b: Verdict) =>
  claimsWhere((c) => c.verdict === b).length > claimsWhere((c) => c.verdict === a).length ? b : a,
);
/** A model named "Word-3": its first word finds the model family, and "word3" completes to its id. */
const hyphenated = nodesOf('model').find((m) => /^\p{L}+-\d+$/u.test(m.name))!;
const familyWord = hyphenated.name.split('-')[0]!.toLowerCase();

const results = (page: Page) => page.locator('.results-list > li');
const summary = (page: Page) => page.locator('.search-summary');
const facet = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Filters' })
    .locator('fieldset')
    .filter({ has: page.locator('legend', { hasText: new RegExp(`^${name}$`) }) });
const checkbox = (page: Page, facetName: string, label: string) =>
  facet(page, facetName).getByRole('checkbox', {
    name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+ results?$`),
  });

/** A real click on the middle of what the locator finds, whatever lies on top of it. */
async function clickMiddle(page: Page, locator: import('@playwright/test').Locator) {
  const box = (await locator.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Every result link on every page of results, following the pager. */
async function allResultLinks(page: Page): Promise<string[]> {
  const links: string[] = [];
  for (;;) {
    await expect(summary(page)).not.toHaveText(/Loading/);
    links.push(
      ...(await results(page)
        .locator('h3 a')
        .evaluateAll((as) =>
          as.map(
            (a) =>
              new URL((a as HTMLAnchorElement).href).pathname +
              new URL((a as HTMLAnchorElement).href).hash,
          ),
        )),
    );
    const next = page.getByRole('link', { name: 'Next page →' });
    if ((await next.count()) === 0) return links;
    await next.click();
  }
}

test('/api/search.json holds a document for every claim, task, model, dataset, section and reference, and the exported index', async ({
  request,
}) => {
  const response = await request.get('/api/search.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const artefact = await response.json();
  expect(artefact.version).toBe(1);
  const searchable = graph.nodes.filter((n) =>
    ['claim', 'task', 'model', 'dataset', 'section', 'reference'].includes(n.type),
  );
  expect(new Set(artefact.docs.map((d: { id: string }) => d.id))).toEqual(
    new Set(searchable.map((n) => n.id)),
  );
  expect(Object.keys(artefact.index.flex).length).toBeGreaterThan(0);
  expect(artefact.index.vocabulary.terms.length).toBe(artefact.index.vocabulary.frequencies.length);
});

test('a deep link with facets and no words browses every matching claim, in guide order', async ({
  page,
}) => {
  const expected = claimsWhere((c) => hasTask(task.slug)(c) && c.verdict === 'fine-tuned').map(
    (c) => c.url!,
  );
  expect(expected.length).toBeGreaterThan(1);
  await page.goto(`/search/?task=${task.slug}&verdict=fine-tuned&type=claim`);
  await expect(summary(page)).toContainText(`${expected.length} result`);
  expect(await allResultLinks(page)).toEqual(expected);
  await expect(checkbox(page, 'Verdict', en.verdict['fine-tuned'].label)).toBeChecked();
  await expect(checkbox(page, 'Task', task.name)).toBeChecked();
});

test('browse mode pages through every claim with one verdict', async ({ page }) => {
  const expected = claimsWhere((c) => c.verdict === commonest).map((c) => c.url!);
  expect(expected.length, 'enough claims for a second page').toBeGreaterThan(PAGE_SIZE);
  await page.goto(`/search/?verdict=${commonest}`);
  expect(await allResultLinks(page)).toEqual(expected);
  await expect(page).toHaveURL(/page=\d+/);
});

test('?q= runs on load, fills the box and highlights the words', async ({ page }) => {
  await page.goto(`/search/?q=${taskWord}&verdict=fine-tuned`);
  await expect(page.locator('#search-query')).toHaveValue(taskWord);
  await expect(results(page).first()).toBeVisible();
  const count = await results(page).count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = results(page).nth(i);
    await expect(item.locator('mark').first()).toBeVisible();
    await expect(item.locator('.search-verdict')).toContainText(en.verdict['fine-tuned'].label);
  }
  await expect(summary(page)).toContainText(`for “${taskWord}”`);
  await expect(page).toHaveTitle(new RegExp(`“${escape(taskWord)}”`));
});

test('facet counts are what choosing the value gives; AND across facets, OR within one', async ({
  page,
}) => {
  await page.goto('/search/?type=claim');
  await expect(summary(page)).toContainText(`${claims.length} results`);
  for (const slug of VERDICTS) {
    const label = en.verdict[slug].label;
    const n = claimsWhere((c) => c.verdict === slug).length;
    expect(n, `the fixture has a claim with the verdict ${slug}`).toBeGreaterThan(0);
    await expect(
      facet(page, 'Verdict').locator('label', { hasText: label }).locator('.count'),
    ).toHaveText(`${n} ${n === 1 ? 'result' : 'results'}`);
  }

  await checkbox(page, 'Verdict', en.verdict.llm.label).check();
  await expect(page).toHaveURL(/[?&]verdict=llm/);
  const llm = claimsWhere((c) => c.verdict === 'llm').length;
  await expect(summary(page)).toContainText(`${llm} result`);

  await checkbox(page, 'Verdict', en.verdict.comparable.label).check();
  const either = claimsWhere((c) => c.verdict === 'llm' || c.verdict === 'comparable').length;
  await expect(summary(page)).toContainText(`${either} result`);
  await expect(page).toHaveURL(/verdict=llm&verdict=comparable/);

  const someTask = nodesOf('task').find(
    (t) =>
      claimsWhere((c) => hasTask(t.slug)(c) && (c.verdict === 'llm' || c.verdict === 'comparable'))
        .length > 0,
  )!;
  const both = claimsWhere(
    (c) => hasTask(someTask.slug)(c) && (c.verdict === 'llm' || c.verdict === 'comparable'),
  ).length;
  const taskBox = facet(page, 'Task').locator('label', {
    hasText: new RegExp(`^${escape(someTask.label)}`),
  });
  await expect(taskBox.locator('.count')).toHaveText(
    `${both} ${both === 1 ? 'result' : 'results'}`,
  );
  if (!(await taskBox.isVisible()))
    await facet(page, 'Task')
      .getByRole('button', { name: /^Show all \d+ tasks$/ })
      .click();
  await taskBox.getByRole('checkbox').check();
  await expect(summary(page)).toContainText(`${both} result`);

  // Values that would give nothing are listed with 0, and cannot be chosen.
  const zero = facet(page, 'Model').locator('li[data-zero]').first();
  await expect(zero.locator('.count')).toHaveText('0 results');
  await expect(zero.getByRole('checkbox')).toBeDisabled();
});

test('the back button walks back through filters and searches; a shared URL restores the state', async ({
  page,
}) => {
  await page.goto('/search/');
  await expect(summary(page)).not.toHaveText(/Loading/);
  await page.locator('#search-query').fill(familyWord);
  await expect(page).toHaveURL(new RegExp(`\\?q=${familyWord}$`));
  await checkbox(page, 'Type', 'Model').check();
  await expect(page).toHaveURL(new RegExp(`\\?q=${familyWord}&type=model$`));
  const modelsOnly = await results(page).count();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?q=${familyWord}$`));
  await expect(checkbox(page, 'Type', 'Model')).not.toBeChecked();
  await expect(page.locator('#search-query')).toHaveValue(familyWord);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('#search-query')).toHaveValue('');
  await page.goForward();
  await page.goForward();
  await expect(checkbox(page, 'Type', 'Model')).toBeChecked();
  await expect(results(page)).toHaveCount(modelsOnly);

  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.locator('#search-query')).toHaveValue(familyWord);
  await expect(other.locator('.results-list > li')).toHaveCount(modelsOnly);
  await other.close();
});

test('field syntax in the box acts as a filter, and unticking it edits the box', async ({
  page,
}) => {
  await page.goto(`/search/?q=task:${task.slug}%20fine-tuned`);
  await expect(checkbox(page, 'Task', task.name)).toBeChecked();
  await expect(page.locator('.filter-chip')).toContainText([`Task: ${task.name}`]);
  await checkbox(page, 'Task', task.name).uncheck();
  await expect(page.locator('#search-query')).toHaveValue('fine-tuned');
  await expect(page).toHaveURL(/\?q=fine-tuned$/);
});

test('hostile or unknown parameters give a friendly message with ways out, and run nothing', async ({
  page,
}) => {
  let alerted = false;
  page.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(
    `/search/?q=${encodeURIComponent(hostile)}&task=${encodeURIComponent('"><svg onload=alert(3)>')}&page=-7&colour=red`,
  );
  await expect(summary(page)).toContainText('No task is called “"><svg onload=alert(3)>”');
  await expect(
    page.locator('.search-results img, .search-results svg, .search-results script'),
  ).toHaveCount(0);
  await expect(page.locator('#search-query')).toHaveValue(hostile);
  const browse = page.getByRole('link', { name: 'Browse every claim' });
  await expect(browse).toBeVisible();
  await browse.click();
  await expect(page).toHaveURL(/\?type=claim$/);
  await expect(summary(page)).toContainText(`${claims.length} results`);
  expect(alerted).toBe(false);
});

test('a misspelt word shows the results of its right spelling, with a way to search it as typed', async ({
  page,
}) => {
  // A task named in one long word, misspelt by dropping its third letter; any one-word spelling of it may be offered.
  const oneWord = nodesOf('task').find((t) => /^\p{L}{8,}$/u.test(t.name))!;
  const word = oneWord.name.toLowerCase();
  const typo = `${word.slice(0, 2)}${word.slice(3)}`;
  const spellings = [oneWord.name, ...oneWord.aliases]
    .filter((n) => /^\p{L}+$/u.test(n))
    .map((n) => escape(n.toLowerCase()));
  await page.goto(`/search/?q=${typo}`);
  // The results of the right spelling, at once; the box and the address keep what was typed.
  const respelt = page.locator('.respelt');
  await expect(respelt).toHaveText(
    new RegExp(`^Showing results for (${spellings.join('|')}) — search for ${typo} instead$`),
  );
  await expect(summary(page)).toContainText(`No results for “${typo}”.`);
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  await expect(page.locator('#search-query')).toHaveValue(typo);
  await expect(page).toHaveURL(new RegExp(`\\?q=${typo}$`));

  // The second link searches exactly what was typed: nothing, and the filters fold to one line.
  await respelt.getByRole('link', { name: `search for ${typo} instead` }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${typo}&verbatim=1$`));
  await expect(summary(page)).toHaveText(`No results for “${typo}”.`);
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('.no-facets')).toHaveText('Filters appear once something matches.');
  const filters = page.getByRole('group', { name: 'Filters' });
  await expect(filters.locator('fieldset')).not.toHaveCount(0);
  await expect(filters.locator('fieldset').filter({ visible: true })).toHaveCount(0);
  await expect(filters.getByRole('checkbox')).toHaveCount(0);
  // From there, the right spelling is one link away; the back button returns to its results.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?q=${typo}$`));
  await expect(results(page).first()).toBeVisible();
  await page.goForward();
  const right = page.getByRole('link', {
    name: new RegExp(`^Search for “(${spellings.join('|')})”$`),
  });
  await right.click();
  await expect(page).not.toHaveURL(/verbatim/);
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('.no-facets')).toBeHidden();
});

test('a misspelt filter value offers the right one', async ({ page }) => {
  const typo = `${task.slug}r`;
  await page.goto(`/search/?q=task:${typo}`);
  await expect(summary(page)).toContainText(`No task is called “${typo}”`);
  await page
    .getByRole('link', { name: new RegExp(`${escape(task.name)} instead of “${typo}”`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`task=${task.slug}`));
  await expect(results(page).first()).toBeVisible();
});

test('a result card has one link, its title; the text is marked, not linked; the whole card opens it', async ({
  page,
}) => {
  await page.goto(`/search/?q=${taskWord}&type=claim`);
  const card = results(page).first();
  await expect(card).toBeVisible();
  const link = card.locator('h3 a');
  const href = (await link.getAttribute('href'))!;
  const claim = claims.find((c) => c.url === href)!;
  const section = nodesOf('section').find((n) => targets(claim.id, 'in-section')[0] === n.id)!;
  // One link to the result, named by the claim's kind and section and described by its text.
  await expect(card.locator(`a[href="${href}"]`)).toHaveCount(1);
  await expect(link).toHaveText(`${en.kind[claim.kind].label} · ${section.title}`);
  await expect(link).toHaveAccessibleDescription(claim.text);
  await expect(card.locator('.result-text')).toHaveText(claim.text);
  await expect(card.locator('.result-text a')).toHaveCount(0);
  await expect(card.locator('.result-text mark').first()).toBeVisible();
  // Every other link in the card is a chip to a task, model or dataset page.
  const others = await card
    .locator(`a:not([href="${href}"])`)
    .evaluateAll((as) => as.map((a) => a.className));
  expect(others.every((c) => c === 'search-chip')).toBe(true);
  // A click anywhere on the card but a chip opens the result (the title's link covers the card).
  await clickMiddle(page, card.locator('.result-text'));
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));

  // A chip stays a link of its own.
  await page.goBack();
  const chip = results(page).locator('a.search-chip').first();
  const chipHref = (await chip.getAttribute('href'))!;
  await chip.click();
  await expect(page).toHaveURL(new RegExp(`${escape(chipHref)}$`));

  // An entity's card (no chips) has exactly one link.
  await page.goto(`/search/?q=${familyWord}&type=model`);
  const model = results(page).first();
  await expect(model.getByRole('link')).toHaveCount(1);
  await clickMiddle(page, model.locator('.result-meta'));
  await expect(page).toHaveURL(/\/models\/[^/]+\/$/);
});

test('completions for field values appear under the box', async ({ page }) => {
  await page.goto('/search/');
  await expect(summary(page)).not.toHaveText(/Loading/);
  const box = page.locator('#search-query');
  await box.click();
  await box.pressSequentially(`model:${hyphenated.slug.replace('-', '')}`);
  const listbox = page.getByRole('listbox', { name: 'Filter suggestions' });
  await expect(listbox.getByRole('option').first()).toContainText(`model:${hyphenated.slug}`);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue(`model:${hyphenated.slug} `);
  await expect(checkbox(page, 'Model', hyphenated.name)).toBeChecked();
});

test('the 404 page offers search', async ({ page, pageProblems }) => {
  await page.goto('/no-such-page/');
  pageProblems.splice(
    pageProblems.findIndex((p) => p.includes('status of 404')),
    1,
  );
  const field = page.getByRole('searchbox', { name: /Search the guide/ });
  await field.fill(hyphenated.slug);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${hyphenated.slug}$`));
  await expect(results(page).first()).toContainText(hyphenated.name);
});

test('the search page works at 360 px without sideways scrolling; its filters are built when opened', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/search/?q=model&type=claim');
  await expect(results(page).first()).toBeVisible();
  // Closed on a phone, the filters are not built (over a thousand elements) until opened.
  await expect(page.locator('search-page .facet')).toHaveCount(0);
  await page.locator('.facets-panel > summary').click();
  await expect(facet(page, 'Type')).toBeVisible();
  await expect(facet(page, 'Type').getByRole('checkbox', { name: /Claim/ })).toBeChecked();
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
});

test('a number with its unit, and Chinese words, find the claims that say them', async ({
  page,
}) => {
  const withNumber = claims.find((c) => /\b\d+B\b/.test(c.text))!;
  const number = /\b\d+B\b/.exec(withNumber.text)![0];
  await page.goto(`/search/?q=${number}&type=claim`);
  const found = results(page).filter({ has: page.locator(`h3 a[href="${withNumber.url}"]`) });
  await expect(found).toHaveCount(1);
  await expect(found.locator('mark').first()).toHaveText(number);

  // A word of the claim's Chinese text, as the browser's own word segmenter cuts it.
  const chinese = claims.find((c) => /\p{Script=Han}/u.test(c.text))!;
  const run = /\p{Script=Han}+/u.exec(chinese.text)![0];
  const zhWord = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)]
    .filter((s) => s.isWordLike && s.segment.length >= 2)
    .map((s) => s.segment)[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(zhWord)}`);
  await expect(page.locator('#search-query')).toHaveValue(zhWord);
  const hit = results(page).filter({ has: page.locator(`h3 a[href="${chinese.url}"]`) });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark').first()).toHaveText(zhWord);
});
