import { expect, test } from './fixtures';
import { builtSite } from './site';
import { follow } from '../../src/decide/walk';
import { NODE_TYPES, EDGE_TYPES } from '../../src/graph/types';

const { builtFlow, builtGraph, hasPage } = builtSite('site');

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
    expect(hasPage(path), `${node.id} → ${node.url}`).toBe(true);
  }
});

test('the API page documents every node and edge type', async ({ page }) => {
  await page.goto('/api/');
  for (const type of NODE_TYPES)
    await expect(page.getByRole('heading', { name: new RegExp(`^${type}\\b`) })).toBeVisible();
  for (const type of Object.keys(EDGE_TYPES))
    await expect(page.getByRole('cell', { name: type, exact: true })).toBeVisible();
});

test('/api/decision-flow.json follows the contract and joins with graph.json', async ({
  request,
}) => {
  const response = await request.get('/api/decision-flow.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const flow = await response.json();
  expect(flow.version).toBe(1);
  expect(Object.keys(flow.outcomes).sort()).toEqual(['fine-tuned', 'llm', 'none']);
  const questions = new Set(flow.questions.map((q: { id: string }) => q.id));
  expect(questions.has(flow.start)).toBe(true);
  const claims = new Set(
    builtGraph()
      .nodes.filter((n) => n.type === 'claim')
      .map((n) => n.id),
  );
  for (const question of flow.questions) {
    for (const field of ['id', 'question', 'explanation', 'example'])
      expect(typeof question[field], `${question.id}.${field}`).toBe('string');
    for (const branch of [question.yes, question.no]) {
      if ('next' in branch) {
        expect(Object.keys(branch)).toEqual(['next']);
        expect(questions.has(branch.next), branch.next).toBe(true);
      } else {
        expect(Object.keys(flow.outcomes)).toContain(branch.outcome);
        expect(branch.because.length).toBeGreaterThan(0);
        for (const id of branch.because) expect(claims.has(id), id).toBe(true);
      }
    }
  }
});

test('the API page documents the decision flow and how the advisor writes a path', async ({
  page,
}) => {
  await page.goto('/api/');
  await expect(
    page.getByRole('heading', { name: 'The decision flow: /api/decision-flow.json' }),
  ).toBeVisible();
  for (const field of ['question', 'explanation', 'example', 'next', 'outcome', 'because']) {
    await expect(page.getByRole('cell', { name: field, exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole('link', { name: '/decide/?answers=nnny' })).toHaveAttribute(
    'href',
    '/decide/?answers=nnny',
  );
});

test('every querying example on the API page runs as it is and prints what it promises', async ({
  page,
  baseURL,
}) => {
  await page.goto('/api/');
  const examples = Object.fromEntries(
    await page
      .locator('pre[data-example]')
      .evaluateAll((pres) =>
        pres.map((pre) => [(pre as HTMLElement).dataset.example!, pre.textContent!]),
      ),
  ) as Record<string, string>;
  // The examples name the deployed site (SITE_URL); point them at the server under test.
  const run = async (id: string): Promise<unknown[][]> => {
    const code = examples[id]!.replace(/https?:\/\/[^/']+\//g, `${baseURL}/`);
    const printed: unknown[][] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    await new AsyncFunction('console', code)({ log: (...args: unknown[]) => printed.push(args) });
    return printed;
  };
  const graph = builtGraph();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  const counts: Record<string, number> = {};
  for (const node of graph.nodes) counts[node.type] = (counts[node.type] ?? 0) + 1;
  expect(await run('example-script')).toEqual([[counts]]);

  const fineTunedNer = graph.edges
    .filter((e) => e.type === 'addresses' && e.target === 'task:ner')
    .map((e) => byId.get(e.source) as import('../../src/graph/types').ClaimNode)
    .filter((c) => c.verdict === 'fine-tuned');
  expect(fineTunedNer.length).toBeGreaterThan(0);
  expect(await run('example-fine-tuned-wins')).toEqual(fineTunedNer.map((c) => [c.text, c.url]));

  const line: string[] = [];
  for (
    let id: string | undefined = 'model:chatgpt';
    id;
    id = graph.edges.find((e) => e.type === 'evolves-from' && e.source === id)?.target
  )
    line.push((byId.get(id) as { name: string }).name);
  expect(line.length).toBeGreaterThan(2);
  expect(await run('example-lineage')).toEqual([[line.join(' ← ')]]);

  const flow = builtFlow();
  const ending = follow(flow, ['no', 'no', 'no', 'yes'])!.ending!;
  expect(await run('example-decision')).toEqual([
    [flow.outcomes[ending.outcome]],
    ...ending.because.map((id) => ['-', (byId.get(id) as { text: string }).text]),
  ]);
});
