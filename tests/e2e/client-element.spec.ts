/**
 * The client contract (src/client/element.ts) in a real browser: pieces found by `data-ref`,
 * every listener gone when an element leaves the document, and a re-inserted element working
 * again exactly once over. First the base class on its own (bundled here, on a blank page), then
 * the site's own elements taken out of their page and put back.
 */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { FACETS } from '../../src/search/fields';
import { expect, test } from './fixtures';

let bundle: string;
test.beforeAll(async () => {
  const result = await build({
    entryPoints: ['src/client/element.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'clientElement',
  });
  bundle = result.outputFiles[0]!.text;
});

/** A blank page with the base class and a probe element that records what it hears. */
async function probePage(page: Page) {
  await page.setContent('<!doctype html><main></main><aside></aside>');
  await page.addScriptTag({ content: bundle });
  await page.evaluate(() => {
    const { SiteElement } = (
      window as unknown as { clientElement: typeof import('../../src/client/element') }
    ).clientElement;
    const log: string[] = [];
    Object.assign(window, { log });
    class Probe extends SiteElement {
      connections = 0;
      protected override connect() {
        this.connections += 1;
        this.on(this.ref('button', HTMLButtonElement), 'click', () => log.push('button'));
        this.on(document, 'keydown', () => log.push('document'));
        this.on(window, 'probe' as keyof WindowEventMap, () => log.push('window'));
        this.onDisconnect(() => log.push('cleanup'));
      }
    }
    customElements.define('x-probe', Probe);
  });
}

/** Clicks the probe's button, presses a key and fires a window event; returns what was heard. */
const poke = (page: Page) =>
  page.evaluate(() => {
    const log = (window as unknown as { log: string[] }).log;
    log.length = 0;
    document.querySelector('x-probe button')?.dispatchEvent(new MouseEvent('click'));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    window.dispatchEvent(new Event('probe'));
    return [...log];
  });

test('listeners registered through the base are removed on disconnect and added once on reconnect', async ({
  page,
}) => {
  await probePage(page);
  await page.evaluate(() => {
    document.querySelector('main')!.innerHTML =
      '<x-probe><button data-ref="button">Press</button></x-probe>';
  });
  expect(await poke(page)).toEqual(['button', 'document', 'window']);

  const removed = await page.evaluate(() => {
    const probe = document.querySelector('x-probe')!;
    const log = (window as unknown as { log: string[] }).log;
    log.length = 0;
    probe.remove();
    const heard = [...log];
    log.length = 0;
    probe.querySelector('button')!.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    window.dispatchEvent(new Event('probe'));
    Object.assign(window, { detached: probe });
    return { heard, after: [...log] };
  });
  expect(removed).toEqual({ heard: ['cleanup'], after: [] });

  // Put back, then moved (a disconnect and a connect): each time connected once, heard once.
  await page.evaluate(() => {
    document.querySelector('main')!.append((window as unknown as { detached: Element }).detached);
  });
  expect(await poke(page)).toEqual(['button', 'document', 'window']);
  const moved = await page.evaluate(() => {
    const log = (window as unknown as { log: string[] }).log;
    log.length = 0;
    document.querySelector('aside')!.append(document.querySelector('x-probe')!);
    return [...log];
  });
  expect(moved).toEqual(['cleanup']);
  expect(await poke(page)).toEqual(['button', 'document', 'window']);
  expect(
    await page.evaluate(
      () => (document.querySelector('x-probe') as unknown as { connections: number }).connections,
    ),
  ).toBe(3);
});

test('a piece is found by data-ref, typed, never in a nested element, and missing ones fail by name', async ({
  page,
}) => {
  await probePage(page);
  const found = await page.evaluate(() => {
    const { ref } = (
      window as unknown as { clientElement: typeof import('../../src/client/element') }
    ).clientElement;
    document.querySelector('main')!.innerHTML = `
      <x-outer>
        <x-inner><p data-ref="status">inner</p></x-inner>
        <p data-ref="status">outer</p>
        <form data-ref="form"></form>
        <template data-ref="row"><li><span data-ref="cell">cell</span></li></template>
      </x-outer>`;
    const outer = document.querySelector('x-outer')!;
    const failure = (run: () => unknown) => {
      try {
        run();
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    };
    const template = ref(outer, 'row', HTMLTemplateElement);
    const row = template.content.firstElementChild!.cloneNode(true) as Element;
    return {
      status: ref(outer, 'status').textContent,
      form: ref(outer, 'form', HTMLFormElement).localName,
      cell: ref(row, 'cell').textContent,
      missing: failure(() => ref(outer, 'nowhere')),
      wrongType: failure(() => ref(outer, 'status', HTMLFormElement)),
    };
  });
  expect(found).toEqual({
    status: 'outer',
    form: 'form',
    cell: 'cell',
    missing: 'Missing piece: data-ref="nowhere" (HTMLElement) in <x-outer>',
    wrongType: 'Missing piece: data-ref="status" (HTMLFormElement) in <x-outer>',
  });
});

/** Takes an element out of the page and puts it back where it was. */
const reinsert = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const element = document.querySelector(selector)!;
    const [parent, next] = [element.parentNode!, element.nextSibling];
    element.remove();
    parent.insertBefore(element, next);
  }, selector);

test('the header search and the theme switch work once after being re-inserted', async ({
  page,
}) => {
  await page.goto('/guide/');
  await reinsert(page, 'site-search');
  await reinsert(page, 'theme-switch');
  await expect(page.locator('site-search dialog')).toHaveCount(1);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').fill('ner');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Out of the page, its shortcut is gone with it (a leftover listener would open a detached dialog and throw).
  await page.evaluate(() => document.querySelector('site-search')!.remove());
  await page.keyboard.press('Control+k');
  await expect(page.locator('dialog[open]')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a re-inserted table keeps one button per column and sorts once per click', async ({
  page,
}) => {
  await page.goto('/models/');
  await reinsert(page, 'sortable-table');
  const model = page.getByRole('columnheader', { name: /^Model/ });
  await expect(model.getByRole('button')).toHaveCount(1);
  await model.getByRole('button').click();
  await expect(model).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/\?sort=name&order=asc$/);
});

test('a re-inserted search page builds its filters once and follows the address', async ({
  page,
}) => {
  await page.goto('/search/?q=ner');
  const summary = page.locator('search-page [data-ref="summary"]');
  await expect(summary).toContainText('for “ner”');
  await reinsert(page, 'search-page');
  await expect(summary).toContainText('for “ner”');
  // One set of filters per facet, not two after re-insertion.
  await expect(page.locator('search-page fieldset.facet')).toHaveCount(FACETS.length);
  await page.getByRole('combobox', { name: /Search claims/ }).fill('gpt');
  await expect(summary).toContainText('for “gpt”');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ner$/);
  await expect(summary).toContainText('for “ner”');
});

test('a re-inserted advisor answers once per click', async ({ page }) => {
  await page.goto('/decide/');
  const advisor = page.locator('decision-advisor');
  await expect(advisor).toBeVisible();
  await reinsert(page, 'decision-advisor');
  await advisor.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page).toHaveURL(/\?answers=n$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/decide\/$/);
  await expect(advisor.getByRole('button', { name: 'Back' })).toBeHidden();
});

test('a re-inserted tree draws once and still selects', async ({ page }) => {
  await page.goto('/tree/');
  const ready = () =>
    page.evaluate(
      () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
    );
  await ready();
  const canvases = page.locator('model-tree [data-ref="canvas"] canvas');
  const drawn = await canvases.count();
  expect(drawn).toBeGreaterThan(0);
  await reinsert(page, 'model-tree');
  await ready();
  await expect(page.locator('model-tree .tree-tooltip')).toHaveCount(1);
  await expect(canvases).toHaveCount(drawn);
  const link = page.locator('.tree-list a[data-slug]').first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.locator('model-tree [data-ref="panel-title"]')).toHaveText(name);
  await expect(page).toHaveURL(/\?model=/);
});
