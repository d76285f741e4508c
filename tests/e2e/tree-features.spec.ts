/**
 * /tree/ as issue 14 asks: legible at first sight, drawn before script with no jump when the
 * canvas takes over, icons that need no font, time travel, compare, focus, keyboard walking, full
 * screen, the phone's bottom sheet with touch pinch and pan, labels that fit, edges that keep
 * clear of other models, and exports with title, legend and source. Runs on the fixture site;
 * expectations come from its built tree and the same pure functions the page uses.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtTree, drawing, modelOf, openTree, placeOf } from './tree-helpers';
import { lineageIndex, pathOf, relate, within } from '../../src/tree/lineage';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/tree/layout';
import { HEADER_HEIGHT } from '../../src/tree/view';

const tree = builtTree();
const lineage = lineageIndex(tree.models);
const years = tree.bands.map((b) => b.year).sort((a, b) => a - b);
const [first, last] = [years[0]!, years.at(-1)!];
const cy = (page: Page) =>
  page.evaluate(() => {
    const c = (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core })
      .cy;
    return { zoom: c.zoom(), pan: c.pan() };
  });
const announce = (page: Page) => page.locator('[data-ref="announce"]');
const panel = (page: Page) => page.getByRole('complementary');

/** Two models with a common ancestor that is neither of them, and a pair with none. */
const cousins = (() => {
  for (const a of tree.models)
    for (const b of tree.models) {
      const r = a !== b ? relate(lineage, a.slug, b.slug) : undefined;
      if (r && r.up.length > 2 && r.down.length > 2) return [a, b, r] as const;
    }
  throw new Error('the fixture has no cousins');
})();
const strangers = (() => {
  for (const a of tree.models)
    for (const b of tree.models) if (a !== b && !relate(lineage, a.slug, b.slug)) return [a, b];
  throw new Error('the fixture has no unrelated models');
})();

test.describe('legible at first sight', () => {
  for (const [name, viewport] of [
    ['desktop 1440×900', { width: 1440, height: 900 }],
    ['phone 390×844', { width: 390, height: 844 }],
  ] as const) {
    test(`${name}: model names are at least 11 CSS pixels, before and after the canvas takes over`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // Hold the canvas back, to measure the first frame as it arrives.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/canvas.*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/tree/');
      const sizes = await page.locator('svg.frame .model text').evaluateAll((texts) =>
        texts.map((t) => {
          const text = t as SVGTextElement;
          return (
            text.getScreenCTM()!.a * Number(text.closest('[font-size]')!.getAttribute('font-size'))
          );
        }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      // The drawing is in the first screen, with the year axis and a branch heading in view.
      const canvas = (await page.locator('[data-ref="canvas"]').boundingBox())!;
      expect(canvas.y).toBeLessThan(viewport.height * 0.6);
      await expect(page.locator('svg.frame [data-ref="years"] text').first()).toBeVisible();
      release();
      await page.evaluate(
        () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
      );
      const fontSize = await page.evaluate(() =>
        Number(
          (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }).cy
            .nodes('.model')
            .first()
            .style('font-size')
            .replace('px', ''),
        ),
      );
      expect(fontSize * (await cy(page)).zoom).toBeGreaterThanOrEqual(11);
    });
  }
});

test('drawn before script: the first frame is the canvas view, with no jump when it takes over', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/canvas.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/tree/');
  // Before the canvas: every model's box is drawn where the layout puts it, as a link to its page.
  const before = await page.locator('svg.frame a[data-slug]').evaluateAll((links) =>
    Object.fromEntries(
      links.map((a) => {
        const box = (a.querySelector('use') as SVGGraphicsElement).getBoundingClientRect();
        return [
          (a as HTMLElement).dataset.slug!,
          {
            x: box.left + box.width / 2,
            y: box.top + box.height / 2,
            href: a.getAttribute('href'),
          },
        ];
      }),
    ),
  );
  expect(Object.keys(before).sort()).toEqual(tree.models.map((m) => m.slug).sort());
  for (const m of tree.models) expect(before[m.slug]!.href).toBe(m.url);
  const scrollBefore = await page.evaluate(() => document.documentElement.scrollHeight);
  release();
  await page.evaluate(
    () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
  );
  await expect(page.locator('[data-ref="canvas"]')).toHaveClass(/live/);
  for (const m of tree.models) {
    const { x, y } = await placeOf(page, m.slug);
    expect(Math.abs(x - before[m.slug]!.x), `${m.slug} x`).toBeLessThan(1.5);
    expect(Math.abs(y - before[m.slug]!.y), `${m.slug} y`).toBeLessThan(1.5);
  }
  // No layout shift: the page is as tall as it was.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(scrollBefore);
});

test('a tap on the first frame before the canvas is ready selects the model once it is', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/canvas.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/tree/');
  const link = page.locator('svg.frame a[data-slug]').first();
  const slug = (await link.getAttribute('data-slug'))!;
  await link.dispatchEvent('click');
  await expect(page).toHaveURL(/\/tree\/$/);
  release();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(modelOf(slug).name);
  await expect(page).toHaveURL(new RegExp(`\\?model=${slug}$`));
});

test('a link in the first frame selects its model once the canvas has taken over', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTree(page);
  const shown = tree.models.find((m) => m.family === 'decoder-only')!;
  const { x, y } = await placeOf(page, shown.slug);
  await page.mouse.click(x, y);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(shown.name);
});

test('toolbar icons are drawn, not typed: no button depends on a font for its symbol', async ({
  page,
}) => {
  await openTree(page);
  const buttons = page.getByRole('toolbar').getByRole('button');
  for (const button of await buttons.all()) {
    await expect(button.locator('svg path')).toHaveCount(1);
    const text = (await button.textContent())!.trim();
    expect(text, 'visible text is plain Latin, if any').toMatch(/^[A-Za-z ]*$/);
    expect(await button.getAttribute('aria-label')).toBeTruthy();
  }
});

test.describe('time travel', () => {
  test('the slider shows the tree as it stood, marks that year’s models, and is the URL', async ({
    page,
  }) => {
    await openTree(page);
    const year = years[Math.floor(years.length / 2)]!;
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`\\?year=${first}$`));
    for (let y = first; y < year; y++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`\\?year=${year}$`));
    // The year shown comes to the top of the view (once the view has moved there).
    const band = tree.bands.find((b) => b.year === year)!;
    await expect
      .poll(async () => {
        const { zoom, pan } = await cy(page);
        const top = pan.y + band.top * zoom;
        return top > 0 && top < 60;
      })
      .toBe(true);
    const upTo = tree.models.filter((m) => m.year <= year);
    const fresh = upTo.filter((m) => m.year === year);
    await expect
      .poll(async () => (await drawing(page)).shown)
      .toEqual(upTo.map((m) => m.slug).sort());
    const marked = await page.evaluate(() =>
      (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }).cy
        .nodes('.model.fresh')
        .map((n) => n.id())
        .sort(),
    );
    expect(marked).toEqual(fresh.map((m) => m.slug).sort());
    const text = `${year}: ${upTo.length} ${upTo.length === 1 ? 'model' : 'models'} so far, ${fresh.length} new`;
    await expect(slider).toHaveAttribute('aria-valuetext', text);
    await expect(announce(page)).toHaveText(text);
    // The HTML tree follows: later models hidden, the year's new ones marked.
    const listed = await page
      .locator('.tree-list li[data-slug]:not([hidden]):not(.filtered-out)')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.slug!).sort());
    expect(listed).toEqual(upTo.map((m) => m.slug).sort());
    await expect(page.locator('.tree-list .fresh')).toHaveCount(fresh.length);
    await page.reload();
    await page.evaluate(
      () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
    );
    expect((await drawing(page)).shown).toEqual(upTo.map((m) => m.slug).sort());
    await page.keyboard.press('Tab');
    await slider.focus();
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/\/tree\/$/);
  });

  test('a step taken as the view arrives still has the last word: the view ends at the last year chosen', async ({
    page,
  }) => {
    await openTree(page);
    const [one, two, three] = years;
    // Two quick steps, then a third at the very frame the view finishes moving. This is the moment,
    // hit by chance on a busy machine, when Cytoscape let a waiting move run after a newer one.
    await page.evaluate(
      ([one, two, three]) =>
        new Promise<void>((resolve) => {
          const cy = (
            document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }
          ).cy;
          const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
          const step = (year: number) => {
            slider.value = String(year);
            slider.dispatchEvent(new Event('input', { bubbles: true }));
          };
          step(one!);
          step(two!);
          const arrived = () => {
            if (cy.animated()) return;
            cy.off('step', arrived);
            step(three!);
            resolve();
          };
          cy.on('step', arrived);
        }),
      [one, two, three],
    );
    await expect(page).toHaveURL(new RegExp(`\\?year=${three}$`));
    const band = tree.bands.find((b) => b.year === three)!;
    // That year's band, less its 8-unit margin, sits just under the year headings.
    await expect
      .poll(async () => {
        const { zoom, pan } = await cy(page);
        return Math.round(pan.y + band.top * zoom - 8 * zoom);
      })
      .toBe(HEADER_HEIGHT);
    // …and stays there once every move has ended.
    await page.waitForTimeout(1000);
    const { zoom, pan } = await cy(page);
    expect(Math.round(pan.y + band.top * zoom - 8 * zoom)).toBe(HEADER_HEIGHT);
  });

  test('play steps through the years and stops at the last; pause stops it', async ({ page }) => {
    await openTree(page, `?year=${last - 2}`);
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page).toHaveURL(new RegExp(`\\?year=${last - 1}$`));
    await expect(page).toHaveURL(/\/tree\/$/, { timeout: 5000 });
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await play.click();
    await expect(page).toHaveURL(new RegExp(`\\?year=${first}$`));
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.waitForTimeout(1500);
    await expect(page).toHaveURL(new RegExp(`\\?year=${first}$`));
  });

  test('with reduced motion the view moves at once, without animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTree(page);
    const before = (await cy(page)).zoom;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await cy(page)).zoom).toBeCloseTo(before * 1.4, 5);
  });

  test('in Chinese the year is announced in Chinese', async ({ page }) => {
    await page.goto(`/zh/tree/?year=${first}`);
    await page.evaluate(
      () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
    );
    const upTo = tree.models.filter((m) => m.year <= first);
    await expect(page.getByRole('slider', { name: '年份' })).toHaveAttribute(
      'aria-valuetext',
      `${first}年：累计${upTo.length}个模型，其中${upTo.length}个是当年新出现的`,
    );
  });
});

test.describe('how are two models related?', () => {
  test('compare draws and writes the path through the nearest common ancestor', async ({
    page,
  }) => {
    const [a, b, relation] = cousins;
    await openTree(page, `?model=${a.slug}`);
    const box = panel(page).getByRole('combobox', { name: 'Compare with…' });
    await box.fill(b.name);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?model=${a.slug}&with=${b.slug}$`));
    const ancestor = modelOf(relation.ancestor);
    await expect(panel(page).locator('[data-compare-text]')).toHaveText(
      `${a.name} and ${b.name} both descend from ${ancestor.name}, their nearest common ancestor:`,
    );
    const lines = [[...relation.up].reverse(), relation.down].map((line) =>
      line.map((s) => modelOf(s).name).join(' → '),
    );
    await expect(panel(page).locator('[data-compare-path]')).toHaveText(lines.join(''));
    const state = await drawing(page);
    expect(state.bright).toEqual(pathOf(relation).sort());
    expect(state.chosen.sort()).toEqual([a.slug, b.slug].sort());
    const lit = await page.evaluate(() =>
      (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }).cy
        .edges('.path')
        .map((e) => e.id())
        .sort(),
    );
    expect(lit).toHaveLength(pathOf(relation).length - 1);
    await expect(announce(page)).toContainText(lines[0]!);
    // A path link selects that model.
    await panel(page)
      .locator('[data-compare-path]')
      .getByRole('link', { name: ancestor.name })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`\\?model=${ancestor.slug}$`));
  });

  test('a model and its ancestor: one line of descent, from the URL', async ({ page }) => {
    const chain = tree.models.find(
      (m) => within(lineage, m.slug, 'all').size > 3 && m.parents.length,
    )!;
    let root = chain;
    while (root.parents.length) root = modelOf(root.parents[0]!);
    const relation = relate(lineage, root.slug, chain.slug)!;
    await openTree(page, `?model=${root.slug}&with=${chain.slug}`);
    const generations = relation.down.length - 1;
    await expect(panel(page).locator('[data-compare-text]')).toHaveText(
      `${root.name} is an ancestor of ${chain.name}, ${generations} ${generations === 1 ? 'generation' : 'generations'} back:`,
    );
    await expect(panel(page).locator('[data-compare-path]')).toHaveText(
      relation.down.map((s) => modelOf(s).name).join(' → '),
    );
  });

  test('two models that share no ancestor are said to', async ({ page }) => {
    const [a, b] = strangers;
    await openTree(page, `?model=${a!.slug}&with=${b!.slug}`);
    await expect(panel(page).locator('[data-compare-text]')).toHaveText(
      `${a!.name} and ${b!.name} share no ancestor in the tree: they grew from separate roots.`,
    );
    expect((await drawing(page)).bright.sort()).toEqual([a!.slug, b!.slug].sort());
    await panel(page).getByRole('button', { name: 'End the comparison' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?model=${a!.slug}$`));
  });

  test('in Chinese the relation is written in Chinese', async ({ page }) => {
    const [a, b, relation] = cousins;
    await page.goto(`/zh/tree/?model=${a.slug}&with=${b.slug}`);
    const ancestor = modelOf(relation.ancestor);
    await expect(panel(page).locator('[data-compare-text]')).toHaveText(
      `${a.name}和${b.name}都由${ancestor.name}演化而来，它是两者最近的共同祖先：`,
    );
  });
});

test('focus shows only the lineage within the chosen depth, and is the URL', async ({ page }) => {
  const centre = tree.models
    .map((m) => ({
      m,
      all: within(lineage, m.slug, 'all').size,
      one: within(lineage, m.slug, 1).size,
    }))
    .sort((x, y) => y.all - y.one - (x.all - x.one))[0]!.m;
  await openTree(page, `?model=${centre.slug}`);
  const select = panel(page).getByRole('combobox', { name: 'Focus on its lineage' });
  for (const [value, depth] of [
    ['1', 1],
    ['2', 2],
    ['all', 'all'],
  ] as const) {
    await select.selectOption(value);
    await expect(page).toHaveURL(new RegExp(`\\?model=${centre.slug}&focus=${value}$`));
    const expected = [...within(lineage, centre.slug, depth)].sort();
    await expect.poll(async () => (await drawing(page)).shown).toEqual(expected);
    const listed = await page
      .locator('.tree-list li[data-slug]:not([hidden]):not(.filtered-out)')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.slug!).sort());
    expect(listed).toEqual(expected);
  }
  await panel(page).getByRole('combobox', { name: 'Focus on its lineage' }).selectOption('off');
  await expect(page).toHaveURL(new RegExp(`\\?model=${centre.slug}$`));
});

test('keyboard in the drawing: arrows walk the lineage, the list follows, Enter opens the panel', async ({
  page,
}) => {
  const start = tree.models.find(
    (m) => m.parents.length > 0 && lineage.children.get(m.slug)?.length,
  )!;
  const parent = modelOf(start.parents[0]!);
  await openTree(page, `?model=${start.slug}`);
  await page.locator('[data-ref="canvas"]').focus();
  await page.keyboard.press('ArrowUp');
  await expect(announce(page)).toContainText(`${parent.name}, ${parent.year}`);
  const cursor = () =>
    page.evaluate(() =>
      (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }).cy
        .nodes('.cursor')
        .map((n) => n.id()),
    );
  expect(await cursor()).toEqual([parent.slug]);
  await expect(page.locator('.tree-list li.cursor > .entry a')).toHaveText(parent.name);
  await page.keyboard.press('ArrowDown');
  const child = lineage.children
    .get(parent.slug)!
    .map(modelOf)
    .sort((a, b) => a.x - b.x || b.y - a.y)[0]!;
  expect(await cursor()).toEqual([child.slug]);
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(child.name);
  await expect(page).toHaveURL(new RegExp(`\\?model=${child.slug}$`));
  // Sideways within the same branch and year, and a word when there is nowhere to go.
  await page.locator('[data-ref="canvas"]').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowUp');
  await expect(announce(page)).toHaveText('No parent in view.');
});

test('full screen: the drawing fills the screen and the button says how to leave', async ({
  page,
}) => {
  await openTree(page);
  const button = page.getByRole('button', { name: 'Full screen' });
  await button.click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-ref')))
    .toBe('drawing');
  const exit = page.getByRole('button', { name: 'Exit full screen' });
  await expect(exit).toHaveAttribute('aria-pressed', 'true');
  await exit.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the drawing is in the first screen, the page scrolls past it, details open as a bottom sheet above which the model stays visible', async ({
    page,
  }) => {
    await openTree(page);
    const canvas = (await page.locator('[data-ref="canvas"]').boundingBox())!;
    expect(canvas.y).toBeLessThan(844 / 2);
    expect(canvas.height).toBeLessThan(844 * 0.7);
    const target = tree.models.find((m) => m.family === 'decoder-only' && m.year === last)!;
    const { x, y } = await placeOf(page, target.slug);
    await page.touchscreen.tap(x, y);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(target.name);
    const sheet = (await panel(page).boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    expect(sheet.height).toBeLessThanOrEqual(844 * 0.46);
    const after = await placeOf(page, target.slug);
    expect(after.y).toBeGreaterThan(0);
    expect(after.y + NODE_HEIGHT / 2).toBeLessThan(sheet.y);
    await panel(page).getByRole('button', { name: 'Close details' }).click();
    await expect(panel(page)).not.toHaveClass(/sheet/);
  });

  test('pinch zooms and a one-finger drag pans the drawing', async ({ page }) => {
    await openTree(page);
    const box = (await page.locator('[data-ref="canvas"]').boundingBox())!;
    const [cx, cyy] = [box.x + box.width / 2, box.y + box.height / 2];
    const session = await page.context().newCDPSession(page);
    const touch = (type: string, points: { x: number; y: number }[]) =>
      session.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map((p, id) => ({ ...p, id })),
      } as never);
    const before = await cy(page);
    await touch('touchStart', [
      { x: cx - 30, y: cyy },
      { x: cx + 30, y: cyy },
    ]);
    for (let step = 1; step <= 10; step++)
      await touch('touchMove', [
        { x: cx - 30 - step * 8, y: cyy },
        { x: cx + 30 + step * 8, y: cyy },
      ]);
    await touch('touchEnd', []);
    const pinched = await cy(page);
    expect(pinched.zoom).toBeGreaterThan(before.zoom * 1.3);
    // A new gesture, as a reader's would be.
    await page.waitForTimeout(500);
    await touch('touchStart', [{ x: cx, y: cyy }]);
    for (let step = 1; step <= 10; step++)
      await touch('touchMove', [{ x: cx - step * 20, y: cyy + step * 10 }]);
    await touch('touchEnd', []);
    const panned = await cy(page);
    expect(panned.pan.x).toBeLessThan(pinched.pan.x - 50);
    expect(panned.pan.y).toBeGreaterThan(pinched.pan.y + 25);
  });
});

test('drawing quality: every label fits its box and every edge runs only along its route', async ({
  page,
}) => {
  await openTree(page);
  const report = await page.evaluate(
    ({ width, height }) => {
      const cy = (
        document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core }
      ).cy;
      const context = document.createElement('canvas').getContext('2d')!;
      const overflowing: string[] = [];
      cy.nodes('.model').forEach((node) => {
        context.font = `${node.style('font-weight')} ${node.style('font-size')} ${node.style('font-family')}`;
        for (const line of String(node.data('label')).split('\n'))
          if (context.measureText(line).width > width - 12)
            overflowing.push(`${node.id()}: ${line}`);
      });
      const boxes = cy.nodes('.model').map((n) => ({ id: n.id(), ...n.position() }));
      const crossing: string[] = [];
      cy.edges().forEach((edge) => {
        const points = [
          edge.sourceEndpoint(),
          ...(edge.segmentPoints() ?? []),
          edge.targetEndpoint(),
        ];
        for (let i = 1; i < points.length; i++) {
          const [a, b] = [points[i - 1]!, points[i]!];
          for (const box of boxes) {
            if (box.id === edge.data('source') || box.id === edge.data('target')) continue;
            const inside =
              Math.max(a.x, b.x) > box.x - width / 2 + 1 &&
              Math.min(a.x, b.x) < box.x + width / 2 - 1 &&
              Math.max(a.y, b.y) > box.y - height / 2 + 1 &&
              Math.min(a.y, b.y) < box.y + height / 2 - 1;
            if (inside) crossing.push(`${edge.id()} behind ${box.id}`);
          }
        }
      });
      // The static first frame's labels, measured as drawn.
      const frame = [...document.querySelectorAll<SVGTextElement>('svg.frame .model text')]
        .filter((t) => t.getComputedTextLength() > width - 12)
        .map((t) => t.textContent);
      return { overflowing, crossing, frame };
    },
    { width: NODE_WIDTH, height: NODE_HEIGHT },
  );
  expect(report).toEqual({ overflowing: [], crossing: [], frame: [] });
});

test.describe('export', () => {
  const read = async (file: import('@playwright/test').Download) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  test('the PNG is the current view with a title, the legend and the source line', async ({
    page,
  }) => {
    const middle = tree.models.find((m) => m.parents.length > 0)!;
    await openTree(page, `?model=${middle.slug}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`model-evolution-tree-${middle.slug}.png`);
    const png = await read(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Twice the view's size, plus the title and legend above and the source line below.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const canvas = (await page.locator('[data-ref="canvas"]').boundingBox())!;
    expect(width).toBeGreaterThan(canvas.width * 2);
    expect(height).toBeGreaterThan(canvas.height * 2 + 200);
    await expect(announce(page)).toHaveText(
      'The current view was saved as a PNG image, with a title, the legend and the source.',
    );
  });

  test('the SVG is vector, with every model shown, the title, legend and source, in the page’s language', async ({
    page,
  }) => {
    for (const [path, title, open] of [
      ['/tree/?weights=open', 'Model evolution tree', 'Filled: open weights'],
      ['/zh/tree/?weights=open', '模型演化树', '实心：开源'],
    ] as const) {
      await page.goto(path);
      await page.evaluate(
        () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
      );
      const download = page.waitForEvent('download');
      await page.getByRole('toolbar').getByRole('button', { name: /SVG/ }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('model-evolution-tree.svg');
      const svg = (await read(file)).toString();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      for (const text of [title, open, 'Yang']) expect(svg).toContain(text);
      const openModels = tree.models.filter((m) => m.open);
      expect(svg.match(/<g class="model /g)).toHaveLength(openModels.length);
      for (const m of openModels) expect(svg).toContain(`>${m.name}<`);
    }
  });
});
