import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';
import { builtGraph } from './site';
import { NODE_TYPES, EDGE_TYPES } from '../../src/graph/types';

test('/api/graph.json follows the contract', async ({ request }) => {
  const response = await request.get('/api/graph.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const graph = await response.json();
  expect(graph.version).toBe(1);
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    expect(node.id).toBe(`${node.type}:${node.slug}`);
    expect(NODE_TYPES).toContain(node.type);
    expect(typeof node.label).toBe('string');
    expect(ids.has(node.id), `duplicate node ${node.id}`).toBe(false);
    ids.add(node.id);
  }
  for (const edge of graph.edges) {
    expect(Object.keys(EDGE_TYPES)).toContain(edge.type);
    expect(ids.has(edge.source), `edge source ${edge.source}`).toBe(true);
    expect(ids.has(edge.target), `edge target ${edge.target}`).toBe(true);
  }
});

test('every node url points at a page that exists in the built site', () => {
  for (const node of builtGraph().nodes) {
    if (!node.url) continue;
    const path = new URL(node.url, 'http://x').pathname;
    expect(existsSync(new URL(`../../dist${path}index.html`, import.meta.url)), `${node.id} → ${node.url}`).toBe(true);
  }
});

test('the API page documents every node and edge type', async ({ page }) => {
  await page.goto('/api/');
  for (const type of NODE_TYPES) await expect(page.getByRole('heading', { name: new RegExp(`^${type}\\b`) })).toBeVisible();
  for (const type of Object.keys(EDGE_TYPES)) await expect(page.getByRole('cell', { name: type, exact: true })).toBeVisible();
});
