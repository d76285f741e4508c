/** What the tree tests know about the built tree (the fixture site's `/api/tree.json`) and how they read the drawing's state. */
import type { Page } from '@playwright/test';
import type { TreeModel } from '../../src/tree/types';
import { builtSite } from './site';

export const builtTree = () => builtSite('features').builtTree();

export const modelOf = (slug: string): TreeModel => {
  const model = builtTree().models.find((m) => m.slug === slug);
  if (!model) throw new Error(`no model ${slug} in the built tree`);
  return model;
};

/** Opens /tree/ (with a query) and waits until the drawing is ready. */
export async function openTree(page: Page, query = '') {
  await page.goto(`/tree/${query}`);
  await page.evaluate(
    () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
  );
}

/** The drawing's state, read through <model-tree>'s documented `cy` hook. */
export function drawing(page: Page) {
  return page.evaluate(() => {
    const cy = (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core })
      .cy;
    const models = cy.nodes('.model');
    return {
      shown: models
        .filter((n) => !n.hasClass('hidden'))
        .map((n) => n.id())
        .sort(),
      chosen: models.filter((n) => n.hasClass('chosen')).map((n) => n.id()),
      bright: models
        .filter((n) => !n.hasClass('faded'))
        .map((n) => n.id())
        .sort(),
      zoom: cy.zoom(),
    };
  });
}

/** Where a model's node is on the page, in CSS pixels, and where the drawing's centre is. */
export function placeOf(page: Page, slug: string) {
  return page.evaluate((slug) => {
    const cy = (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core })
      .cy;
    const box = cy.container()!.getBoundingClientRect();
    const { x, y } = cy.getElementById(slug).renderedPosition();
    return {
      x: box.left + x,
      y: box.top + y,
      centre: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
    };
  }, slug);
}

/** A model's ancestors and descendants along the tree's parent links, itself included. */
export function lineageOf(slug: string): string[] {
  const { models } = builtTree();
  const bySlug = new Map(models.map((m) => [m.slug, m]));
  const children = new Map<string, string[]>();
  for (const m of models)
    for (const p of m.parents) children.set(p, [...(children.get(p) ?? []), m.slug]);
  const seen = new Set<string>([slug]);
  const walk = (start: string, next: (s: string) => string[]) => {
    const stack = [start];
    while (stack.length) {
      for (const s of next(stack.pop()!)) {
        if (seen.has(s)) continue;
        seen.add(s);
        stack.push(s);
      }
    }
  };
  walk(slug, (s) => bySlug.get(s)?.parents ?? []);
  walk(slug, (s) => children.get(s) ?? []);
  return [...seen].sort();
}
