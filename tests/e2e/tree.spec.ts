/**
 * /tree/: the drawing and the HTML tree select together, filters and find work, the view is the
 * URL (deep links, back button, hostile values) and the PNG export downloads the view. Runs on
 * the fixture site; every expectation comes from its built tree and graph.
 */
import { expect, test } from './fixtures';
import { builtSite } from './site';
import { builtTree, drawing, lineageOf, modelOf, openTree, placeOf } from './tree-helpers';
import { countedInFigureChart } from '../../src/tree/figure-chart';

const { nodesOf } = builtSite('features');
const tree = builtTree();
const all = tree.models.map((m) => m.slug).sort();
/** A model with both parents and children, so its lineage runs both ways. */
const middle = tree.models.find(
  (m) => m.parents.length > 0 && tree.models.some((c) => c.parents.includes(m.slug)),
)!;
const panel = (page: import('@playwright/test').Page) => page.getByRole('complementary');
const list = (page: import('@playwright/test').Page) => page.locator('.tree-list');

test('a deep link selects the model, centres it and shows its details', async ({ page }) => {
  await openTree(page, `?model=${middle.slug}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(middle.name);
  expect((await drawing(page)).chosen).toEqual([middle.slug]);
  await expect(list(page).locator('a[aria-current="true"]')).toHaveText(middle.name);
  const { x, y, centre } = await placeOf(page, middle.slug);
  expect(Math.abs(x - centre.x)).toBeLessThan(2);
  expect(Math.abs(y - centre.y)).toBeLessThan(2);
});

test('clicking a node where it is drawn opens its panel and puts it in the address bar', async ({
  page,
}) => {
  // Tall enough that the whole drawing is on screen without scrolling.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await openTree(page);
  const target = tree.models.find((m) => m.inFigure1 && m.family === 'encoder-only')!;
  const { x, y } = await placeOf(page, target.slug);
  expect(y).toBeLessThan(1100);
  await page.mouse.click(x, y);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(target.name);
  await expect(page).toHaveURL(new RegExp(`\\?model=${target.slug}$`));
  await expect(list(page).locator('a[aria-current="true"]')).toHaveText(target.name);
  expect((await drawing(page)).chosen).toEqual([target.slug]);
});

test('hovering a node shows its full name, date, organisation and weights', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1100 });
  await openTree(page);
  const { x, y } = await placeOf(page, middle.slug);
  await page.mouse.move(x, y);
  const tip = page.locator('.tree-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(`${middle.name} · `);
  await expect(tip).toContainText(`${middle.open ? 'open' : 'closed'} weights`);
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
});

test('the details panel lists facts, lineage links, every claim with its anchor, and the ways onward', async ({
  page,
}) => {
  const model = tree.models
    .filter((m) => m.parents.length > 0)
    .sort((a, b) => b.claims - a.claims)[0]!;
  const graph = nodesOf('claim');
  await openTree(page, `?model=${model.slug}`);
  const details = panel(page);
  await expect(details.getByText(String(model.year), { exact: false }).first()).toBeVisible();
  await expect(
    details.getByRole('heading', { name: `What the guide says (${model.claims})` }),
  ).toBeVisible();
  const claimLinks = details.locator('.claim-list a');
  await expect(claimLinks).toHaveCount(model.claims);
  for (const href of await claimLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(
      graph.some((claim) => claim.url === href),
      `${href} is a claim's anchor`,
    ).toBe(true);
    expect(href).toMatch(/#claim-/);
  }
  await expect(details.getByRole('link', { name: `${model.name}'s page` })).toHaveAttribute(
    'href',
    model.url,
  );
  await expect(
    details.getByRole('link', { name: `Search claims about ${model.name}` }),
  ).toHaveAttribute('href', `/search/?model=${model.slug}`);
  // A parent link selects the parent.
  const parent = modelOf(model.parents[0]!);
  await details.getByRole('link', { name: parent.name, exact: true }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(parent.name);
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  expect((await drawing(page)).chosen).toEqual([parent.slug]);
});

test('selecting a model highlights its ancestors and descendants and fades the rest', async ({
  page,
}) => {
  await openTree(page);
  expect((await drawing(page)).bright).toEqual(all);
  await list(page).getByRole('link', { name: middle.name, exact: true }).click();
  await expect.poll(async () => (await drawing(page)).bright).toEqual(lineageOf(middle.slug));
  await panel(page).getByRole('button', { name: 'Clear selection' }).click();
  await expect.poll(async () => (await drawing(page)).bright).toEqual(all);
  await expect(page).toHaveURL(/\/tree\/$/);
});

test('keyboard alone: choosing a name in the HTML tree selects it in the drawing, and back to the list', async ({
  page,
}) => {
  await openTree(page);
  const links = list(page).locator('a[data-slug]');
  await links.first().focus();
  await page.keyboard.press('Tab');
  const second = await links.nth(1).getAttribute('data-slug');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await drawing(page)).chosen).toEqual([second]);
  const title = panel(page).getByRole('heading', { level: 2 });
  await expect(title).toHaveText(modelOf(second!).name);
  await expect(title).toBeFocused();
  await panel(page).getByRole('button', { name: 'Back to the list' }).focus();
  await page.keyboard.press('Enter');
  await expect(links.nth(1)).toBeFocused();
  await expect(links.nth(1)).toHaveAttribute('aria-current', 'true');
});

test('find a model by name or alias', async ({ page }) => {
  const withAlias = tree.models.find((m) => m.aliases.length > 0)!;
  await openTree(page);
  const box = page.getByRole('combobox', { name: 'Find a model' });
  await box.fill(withAlias.aliases[0]!.toLowerCase());
  await box.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(withAlias.name);
  expect((await drawing(page)).chosen).toEqual([withAlias.slug]);
  await box.fill('no such model at all');
  await box.press('Enter');
  await expect(page.locator('[data-ref="announce"]')).toHaveText(
    'No model matches “no such model at all”.',
  );
  await expect(page.locator('#tree-model-names option')).toHaveCount(
    tree.models.length + tree.models.reduce((n, m) => n + m.aliases.length, 0),
  );
});

test.describe('filters update the drawing, the list, the chart and the URL together', () => {
  const orgWithMost = [...new Set(tree.models.flatMap((m) => m.organisations))].sort(
    (a, b) =>
      tree.models.filter((m) => m.organisations.includes(b)).length -
      tree.models.filter((m) => m.organisations.includes(a)).length,
  )[0]!;
  // Two consecutive years in the middle of the models' years: some models fall in them, some do not.
  const years = tree.models.map((m) => m.year).sort((a, b) => a - b);
  const from = years[Math.floor(years.length / 2)]!;
  const to = from + 1;
  const cases = [
    {
      name: 'branch',
      apply: async (page: import('@playwright/test').Page) => {
        for (const family of ['pre-transformer', 'encoder-only', 'encoder-decoder'])
          await page.getByRole('checkbox', { name: labelOf(family) }).uncheck();
      },
      query: 'family=decoder-only',
      keep: (m: (typeof tree.models)[number]) => m.family === 'decoder-only',
    },
    {
      name: 'weights',
      apply: async (page: import('@playwright/test').Page) =>
        page.getByRole('radio', { name: 'Open' }).check(),
      query: 'weights=open',
      keep: (m: (typeof tree.models)[number]) => m.open,
    },
    {
      name: 'organisation',
      apply: async (page: import('@playwright/test').Page) => {
        await page.getByRole('combobox', { name: 'Organisation' }).selectOption(orgWithMost);
      },
      query: `org=${orgWithMost}`,
      keep: (m: (typeof tree.models)[number]) => m.organisations.includes(orgWithMost),
    },
    {
      name: 'year range',
      apply: async (page: import('@playwright/test').Page) => {
        await page.getByRole('combobox', { name: 'From' }).selectOption(String(from));
        await page.getByRole('combobox', { name: 'to', exact: true }).selectOption(String(to));
      },
      query: `from=${from}&to=${to}`,
      keep: (m: (typeof tree.models)[number]) => m.year >= from && m.year <= to,
    },
    {
      name: 'Figure 1 only',
      apply: async (page: import('@playwright/test').Page) =>
        page.getByRole('checkbox', { name: 'Only models drawn in Figure 1' }).check(),
      query: 'figure=1',
      keep: (m: (typeof tree.models)[number]) => m.inFigure1,
    },
  ];

  for (const { name, apply, query, keep } of cases) {
    test(name, async ({ page }) => {
      await openTree(page);
      await page.getByText('Filters', { exact: true }).click();
      await apply(page);
      const expected = tree.models
        .filter(keep)
        .map((m) => m.slug)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      await expect(page).toHaveURL(new RegExp(`\\?${query.replace('?', '\\?')}$`));
      await expect.poll(async () => (await drawing(page)).shown).toEqual(expected);
      const listed = await list(page)
        .locator('li[data-slug]:not([hidden]):not(.filtered-out)')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.slug!).sort());
      expect(listed).toEqual(expected);
      await expect(page.locator('[data-ref="summary"]')).toHaveText(
        `Showing ${expected.length} of ${all.length} models.`,
      );
      for (const family of new Set(tree.models.filter(keep).map((m) => m.family))) {
        const [shown, total] = [
          tree.models.filter((m) => m.family === family && keep(m)).length,
          tree.models.filter((m) => m.family === family).length,
        ];
        await expect(list(page).locator(`.branch[data-family="${family}"] .count`)).toHaveText(
          shown === total ? `(${total})` : `(${shown} of ${total})`,
        );
      }
      // The chart counts only what is shown (of the models Figure 1's bar chart counts).
      const chartTotal = await page
        .locator('.org-chart tbody tr:not([hidden]) .value')
        .evaluateAll((cells) => cells.reduce((n, c) => n + Number(c.textContent), 0));
      const shown = tree.models.filter(keep).filter(countedInFigureChart);
      expect(chartTotal).toBe(shown.reduce((n, m) => n + m.organisations.length, 0));
      // The filtered view survives a reload: it is the URL.
      await page.reload();
      await page.evaluate(
        () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
      );
      expect((await drawing(page)).shown).toEqual(expected);
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(async () => (await drawing(page)).shown).toEqual(all);
      await expect(page).toHaveURL(/\/tree\/$/);
    });
  }
});

test('selecting a model the filters hide clears the filters; filtering out the selection clears it', async ({
  page,
}) => {
  const closed = tree.models.find((m) => !m.open)!;
  await openTree(page, '?weights=open');
  await expect(list(page).getByRole('link', { name: closed.name, exact: true })).toBeHidden();
  const box = page.getByRole('combobox', { name: 'Find a model' });
  await box.fill(closed.name);
  await box.press('Enter');
  await expect(page.locator('[data-ref="announce"]')).toContainText(
    `Filters cleared to show ${closed.name}.`,
  );
  await expect(page).toHaveURL(new RegExp(`\\?model=${closed.slug}$`));
  expect((await drawing(page)).shown).toEqual(all);
  await page.getByRole('radio', { name: 'Open' }).check();
  await expect(page).toHaveURL(/\?weights=open$/);
  expect((await drawing(page)).chosen).toEqual([]);
});

test('the back button walks back through selections and filters', async ({ page }) => {
  const [a, b] = tree.models;
  await openTree(page);
  await list(page).getByRole('link', { name: a!.name, exact: true }).click();
  await list(page).getByRole('link', { name: b!.name, exact: true }).click();
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Only models drawn in Figure 1' }).check();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?model=${b!.slug}$`));
  await expect(
    page.getByRole('checkbox', { name: 'Only models drawn in Figure 1' }),
  ).not.toBeChecked();
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(a!.name);
  expect((await drawing(page)).chosen).toEqual([a!.slug]);
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Details');
  expect((await drawing(page)).chosen).toEqual([]);
});

test('a deep link by name or alias works too, and the address is corrected to the id', async ({
  page,
}) => {
  const withAlias = tree.models.find((m) => m.aliases.length > 0)!;
  await openTree(page, `?model=${encodeURIComponent(withAlias.aliases[0]!)}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(withAlias.name);
  await expect(page).toHaveURL(new RegExp(`\\?model=${withAlias.slug}$`));
});

test('an unknown model shows a friendly message and the whole tree', async ({ page }) => {
  await openTree(page, '?model=gpt-99');
  await expect(page.getByRole('status').first()).toContainText(
    'There is no model “gpt-99” in the tree',
  );
  const state = await drawing(page);
  expect(state.shown).toEqual(all);
  expect(state.chosen).toEqual([]);
  await expect(page).toHaveURL(/\/tree\/$/);
});

test('hostile parameters are shown as text, never run, and the page still works', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => (dialogs++, dialog.dismiss()));
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await openTree(
    page,
    `?model=${encodeURIComponent(hostile)}&family=${encodeURIComponent('"><svg onload=alert(3)>')}&from=1e9&org=../../etc`,
  );
  const status = page.getByRole('status').first();
  await expect(status).toContainText('<img src=x onerror=alert(1)>');
  await expect(status).toContainText('unknown branch');
  await expect(status).toContainText('four-digit year');
  await expect(
    page.locator('model-tree img, model-tree svg[onload], model-tree script'),
  ).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect((await drawing(page)).shown).toEqual(all);
});

test('Export PNG downloads the current view', async ({ page }) => {
  await openTree(page, `?model=${middle.slug}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`model-evolution-tree-${middle.slug}.png`);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);
});

test('zoom, pan, fit and reset controls move the view', async ({ page }) => {
  await openTree(page, `?model=${middle.slug}`);
  const zoom = () =>
    page.evaluate(() =>
      (
        document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }
      ).cy.zoom(),
    );
  const pan = () =>
    page.evaluate(() =>
      (
        document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }
      ).cy.pan(),
    );
  const before = await zoom();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(zoom).toBeGreaterThan(before * 1.3);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(zoom).toBeLessThan(before * 1.1);
  const start = await pan();
  await page.getByRole('button', { name: 'Pan left' }).click();
  await expect.poll(async () => (await pan()).x).toBeGreaterThan(start.x + 50);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(zoom).toBeLessThan(before);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page).toHaveURL(/\/tree\/$/);
  expect((await drawing(page)).chosen).toEqual([]);
});

test('the drawing follows the theme switch', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openTree(page);
  const background = () =>
    page.evaluate(() =>
      (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }).cy
        .nodes('.model.closed')
        .first()
        .style('background-color'),
    );
  const light = await background();
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  await expect.poll(background).not.toBe(light);
});

test('the organisation chart counts open and closed models from the graph', async ({ page }) => {
  await page.goto('/tree/');
  for (const org of tree.organisations) {
    const models = tree.models
      .filter(countedInFigureChart)
      .filter((m) => m.organisations.includes(org.slug));
    const row = page.locator(`.org-chart tr[data-org="${org.slug}"]`);
    if (models.length === 0) {
      await expect(row).toHaveCount(0);
      continue;
    }
    await expect(row.locator('th')).toHaveText(org.name);
    await expect(row.locator('[data-kind="open"] .value')).toHaveText(
      String(models.filter((m) => m.open).length),
    );
    await expect(row.locator('[data-kind="closed"] .value')).toHaveText(
      String(models.filter((m) => !m.open).length),
    );
  }
});

test('Cytoscape loads on /tree/ only', async ({ page }) => {
  const scripts: string[] = [];
  page.on(
    'response',
    (response) => response.request().resourceType() === 'script' && scripts.push(response.url()),
  );
  for (const path of ['/', nodesOf('section')[0]!.url!, modelOf(middle.slug).url])
    await page.goto(path);
  expect(scripts.filter((url) => /canvas/.test(url))).toEqual([]);
  await openTree(page);
  expect(scripts.filter((url) => /canvas/.test(url))).toHaveLength(1);
});

test('without JavaScript the page is the drawing as first drawn and the HTML tree, with every model', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/tree/?model=${middle.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model evolution tree');
  await expect(
    page.getByText('Without JavaScript the drawing shows the newest years only'),
  ).toBeVisible();
  // The first frame is there, its models are links to their pages; the tools that need a script are not.
  const frame = page.locator('svg.frame');
  await expect(frame).toBeVisible();
  const drawn = frame.locator('a[data-slug]');
  await expect(drawn).toHaveCount(all.length);
  await expect(drawn.first()).toHaveAttribute('href', /\/models\/[^/]+\/$/);
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('slider')).toBeHidden();
  const links = page.locator('.tree-list a[data-slug]');
  await expect(links).toHaveCount(all.length);
  expect(
    (await links.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.slug!))).sort(),
  ).toEqual(all);
  // Each name leads to the model's page.
  await expect(links.first()).toHaveAttribute('href', /\/models\/[^/]+\/$/);
  await expect(page.locator('.org-chart tbody tr').first()).toBeVisible();
  await context.close();
});

test("a model Figure 1 draws in another year than its release (figureYear) sits in that year's band", async ({
  page,
}) => {
  const model = nodesOf('model').find(
    (m) => m.figureYear !== undefined && m.figureYear !== m.year,
  )!;
  const drawn = modelOf(model.slug);
  expect(drawn.year).toBe(model.figureYear);
  const band = tree.bands.find((b) => b.year === model.figureYear)!;
  expect(drawn.y).toBeGreaterThanOrEqual(band.top);
  expect(drawn.y).toBeLessThanOrEqual(band.bottom);
  await openTree(page, `?model=${model.slug}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(model.name);
  await page.goto(model.url!);
  await expect(page.locator('dl.facts')).toContainText(String(model.year));
});

const labelOf = (family: string) =>
  ({
    'pre-transformer': 'Pre-transformer',
    'encoder-only': 'Encoder-only',
    'encoder-decoder': 'Encoder-decoder',
    'decoder-only': 'Decoder-only',
  })[family]!;

test("a big tree draws its first view at once, then every model, with the URL's filters and selection on each", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The benchmark's synthetic trees, served in place of the real data.
  const { syntheticTree } = await import('../../bench/synthetic-tree');
  const big = syntheticTree(5_000);
  await page.route('**/api/tree.json', (route) => route.fulfill({ json: big }));
  const chosen = big.models.find((m) => m.parents.length > 0 && m.open && m.year < 2016)!;
  await openTree(page, `?model=${chosen.slug}&weights=open`);
  const state = await page.evaluate(() => {
    const cy = (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core })
      .cy;
    const models = cy.nodes('.model');
    return {
      drawn: models.length,
      hidden: models.filter('.hidden').length,
      chosen: models.filter('.chosen').map((n) => n.id()),
      bright: models.filter((n) => !n.hasClass('faded')).length,
    };
  });
  expect(state.drawn).toBe(big.models.length);
  expect(state.hidden).toBe(big.models.filter((m) => !m.open).length);
  expect(state.chosen).toEqual([chosen.slug]);
  expect(state.bright).toBeGreaterThan(1);
  expect(state.bright).toBeLessThan(big.models.length / 2);
  const { x, y, centre } = await placeOf(page, chosen.slug);
  expect(Math.abs(x - centre.x)).toBeLessThan(2);
  expect(Math.abs(y - centre.y)).toBeLessThan(2);
  expect(
    await page.evaluate(() => performance.getEntriesByName('tree:drawn')[0]!.startTime),
  ).toBeLessThan(
    await page.evaluate(() => performance.getEntriesByName('tree:complete')[0]!.startTime),
  );
});
