/**
 * Entity pages, index tables and the advisor at the scale design.md plans for: a synthetic graph
 * of 16,000 models and 100,000 claims for the per-page work of a build (lineage, the
 * organisation's models, verdict counts), a 16,000-row table sorted in Chromium by the real
 * <sortable-table>, and the gzip weight of the built pages against the budgets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
// esbuild comes with Astro; it bundles the table's client code for the browser run.
import { build } from 'esbuild';
import { GraphIndex } from '../src/graph/query';
import type { GraphEdge, GraphNode } from '../src/graph/types';
import { restore } from '../src/decide/walk';
import { lineageOf, siblingsOf } from '../src/views/lineage';
import { verdictCounts } from '../src/views/verdicts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { seeded } from './random';

const MODELS = 16_000;
const CLAIMS = 100_000;
const TASKS = 500;
const ORGANISATIONS = 60;

// The same seeded source as every benchmark, so runs compare.
const random = seeded(42);
const pick = (n: number) => Math.floor(random() * n);

function syntheticGraph(): GraphIndex {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let o = 0; o < ORGANISATIONS; o++)
    nodes.push({
      id: `organisation:o${o}`,
      type: 'organisation',
      slug: `o${o}`,
      label: `Org ${o}`,
      name: `Org ${o}`,
    });
  for (let m = 0; m < MODELS; m++) {
    nodes.push({
      id: `model:m${m}`,
      type: 'model',
      slug: `m${m}`,
      label: `M${m}`,
      name: `M${m}`,
      aliases: [],
      year: 2000 + Math.floor((m / MODELS) * 24),
      month: 1 + pick(12),
      family: 'decoder-only',
      open: random() < 0.5,
      inFigure1: false,
    });
    // Organisations by a power law: the first one releases about a quarter of all models.
    edges.push({
      source: `model:m${m}`,
      target: `organisation:o${Math.min(ORGANISATIONS - 1, Math.floor(ORGANISATIONS * random() ** 3))}`,
      type: 'developed-by',
    });
    // Parents mostly among the earliest models, so a few families hold thousands of descendants.
    if (m > 20)
      edges.push({
        source: `model:m${m}`,
        target: `model:m${Math.floor(m * random() ** 4)}`,
        type: 'evolves-from',
      });
    if (m > 20 && random() < 0.05)
      edges.push({ source: `model:m${m}`, target: `model:m${pick(m)}`, type: 'evolves-from' });
  }
  for (let t = 0; t < TASKS; t++)
    nodes.push({
      id: `task:t${t}`,
      type: 'task',
      slug: `t${t}`,
      label: `T${t}`,
      name: `T${t}`,
      aliases: [],
      category: 'nlu',
      summary: '',
    });
  const verdicts = ['llm', 'fine-tuned', 'comparable', 'depends'] as const;
  for (let c = 0; c < CLAIMS; c++) {
    nodes.push({
      id: `claim:c${c}`,
      type: 'claim',
      slug: `c${c}`,
      label: '',
      text: '',
      kind: 'observation',
      verdict: verdicts[pick(4)]!,
      paper: { section: '4.1.1' },
    });
    edges.push({
      source: `claim:c${c}`,
      target: `task:t${Math.floor(TASKS * random() ** 2)}`,
      type: 'addresses',
    });
    edges.push({ source: `claim:c${c}`, target: `model:m${pick(MODELS)}`, type: 'involves' });
  }
  return new GraphIndex({ version: 1, nodes, edges });
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const fmt = (ms: number) =>
  ms < 1
    ? `${(ms * 1000).toFixed(0)} µs`
    : ms < 1000
      ? `${ms.toFixed(1)} ms`
      : `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const rows: string[][] = [];
const row = (what: string, result: string, target: string) => rows.push([what, result, target]);

// 1. Per-page work of a build at scale.
const { ms: indexMs, value: graph } = timed(syntheticGraph);
row(
  `Index a synthetic graph (${MODELS.toLocaleString('en')} models, ${CLAIMS.toLocaleString('en')} claims)`,
  fmt(indexMs),
  '—',
);
const models = graph.all('model');
const perModel: number[] = [];
let drawnMost = 0;
const lineageAll = timed(() => {
  for (const model of models) {
    const { ms, value } = timed(() => lineageOf(graph, model));
    perModel.push(ms);
    let drawn = value.ancestors.reduce((n, g) => n + g.models.length, 0);
    const walk = (ds: typeof value.descendants) =>
      ds.forEach((d) => (drawn += 1) && walk(d.children));
    walk(value.descendants);
    drawnMost = Math.max(drawnMost, drawn);
  }
});
row('Lineage of every model page (total)', fmt(lineageAll.ms), '< 5 s');
row(
  'Lineage of one model page (p95 / max)',
  `${fmt(percentile(perModel, 0.95))} / ${fmt(Math.max(...perModel))}`,
  '< 5 ms / < 50 ms',
);
row(
  'Most relatives drawn on one model page',
  String(drawnMost),
  '≤ 62 (4 ancestor generations × 8 + 30)',
);
const siblingsAll = timed(() => {
  for (const model of models)
    for (const org of graph.out(model.id, 'developed-by')) siblingsOf(graph, model, org.id);
});
row(
  `The organisation's models, every model page (largest organisation: ${Math.max(...graph.all('organisation').map((o) => graph.in(o.id, 'developed-by').length)).toLocaleString('en')} models)`,
  fmt(siblingsAll.ms),
  '< 1 s',
);
const verdictsAll = timed(() => {
  for (const task of graph.all('task')) verdictCounts(graph.in(task.id, 'addresses'));
});
row(`Verdict counts of every task page (${TASKS} tasks)`, fmt(verdictsAll.ms), '< 1 s');

// 2. The advisor restoring a shared link, on the real flow.
const flow = JSON.parse(readFileSync('dist/api/decision-flow.json', 'utf8'));
const restores: number[] = [];
for (let i = 0; i < 2000; i++) restores.push(timed(() => restore(flow, 'nnnnnnnyny')).ms);
row('Advisor: restore a shared ?answers= link (median)', fmt(percentile(restores, 0.5)), '< 1 ms');

// 3. Sorting index tables in Chromium with the real custom element: a page's worth and all 16,000.
const executablePath = findChromium();
if (executablePath) {
  const bundle = await build({
    entryPoints: ['src/client/sortable-table.ts'],
    bundle: true,
    write: false,
    format: 'esm',
  });
  const script =
    `${bundle.outputFiles[0]!.text}\ncustomElements.define('sortable-table', SortableTable);`.replace(
      'export {',
      'const __unused = {',
    );
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  for (const size of [2_000, MODELS]) {
    const tableRows = models
      .slice(0, size)
      .map(
        (m) =>
          `<tr><th scope="row"><a href="/models/${m.slug}/">${m.name}</a></th><td data-sort-value="${m.year * 100 + (m.month ?? 0)}">${m.year}</td><td>${m.open ? 'Open' : 'Closed'}</td></tr>`,
      )
      .join('');
    const html = `<!doctype html><sortable-table><p data-ref="notice" hidden></p><p data-ref="status"></p><table><thead><tr><th data-sort-key="name">Model</th><th data-sort-key="year" data-sort-type="number" aria-sort="ascending">Year</th><th data-sort-key="weights">Weights</th></tr></thead><tbody>${tableRows}</tbody></table></sortable-table>`;
    const page = await browser.newPage();
    await page.setContent(html);
    // Until the next frame is drawn, so style and layout of the reordered rows count.
    const enhance = await page.evaluate(
      `(async () => { const t = performance.now(); ${script}; await new Promise((done) => requestAnimationFrame(() => setTimeout(done))); return performance.now() - t; })()`,
    );
    const sortBy = async (name: string) =>
      page.evaluate(async (label) => {
        const button = [...document.querySelectorAll('th button')].find(
          (b) => b.textContent === label,
        ) as HTMLButtonElement;
        const t = performance.now();
        button.click();
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
        return performance.now() - t;
      }, name);
    const text = await sortBy('Model');
    const number = await sortBy('Year');
    await page.close();
    row(
      `Index table of ${size.toLocaleString('en')} rows in Chromium: enhance / sort by name / sort by year, each until the next frame is drawn`,
      `${fmt(enhance as number)} / ${fmt(text)} / ${fmt(number)}`,
      '< 100 ms / < 300 ms / < 300 ms',
    );
  }
  await browser.close();
}

// 4. Weight of the built pages (gzip), against the budgets for reading pages.
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const heaviest = (folder: string) =>
  readdirSync(`dist/${folder}`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      path: `/${folder}/${d.name}/`,
      size: gz(`dist/${folder}/${d.name}/index.html`),
    }))
    .reduce((a, b) => (b.size > a.size ? b : a));
for (const page of ['/decide/', '/models/', '/tasks/', '/datasets/'])
  row(`HTML of ${page}`, kb(gz(`dist${page}index.html`)), '≤ 12 kB');
for (const folder of ['models', 'tasks', 'datasets']) {
  const { path, size } = heaviest(folder);
  row(`HTML of the heaviest ${folder.slice(0, -1)} page (${path})`, kb(size), '≤ 12 kB');
}
const advisorJs = readdirSync('dist/_astro').filter(
  (f) => f.startsWith('DecisionAdvisor') && f.endsWith('.js'),
);
row(
  'JavaScript of /decide/ (advisor bundle + the published flow it fetches)',
  `${kb(advisorJs.reduce((n, f) => n + gz(`dist/_astro/${f}`), 0))} + ${kb(gz('dist/api/decision-flow.json'))}`,
  '≤ 10 kB JS',
);
const modelsHtml = readFileSync('dist/models/index.html', 'utf8');
const builtRows = (modelsHtml.match(/<tr>/g) ?? []).length - 1;
const rowBytes =
  (gz('dist/models/index.html') -
    gzipSync(modelsHtml.replace(/<tbody[^>]*>[\s\S]*<\/tbody>/, '<tbody></tbody>'), { level: 9 })
      .length) /
  builtRows;
row(
  `HTML of /models/ at ${MODELS.toLocaleString('en')} models (extrapolated from its ${builtRows} rows: ${rowBytes.toFixed(0)} bytes a row)`,
  kb(rowBytes * MODELS),
  '≤ 12 kB (met up to ~250 models)',
);

console.log(`## Entity pages, index tables and the advisor

A synthetic graph of ${MODELS.toLocaleString('en')} models (${ORGANISATIONS} organisations, power-law sized; lineage families of thousands) and
${CLAIMS.toLocaleString('en')} claims over ${TASKS} tasks runs the per-page work of a build in Node; the real \`<sortable-table>\` sorts
tables of 2,000 and ${MODELS.toLocaleString('en')} rows in headless Chromium; page weights are gzip -9 of the built site (\`dist/\`).

| Measure | Result | Target |
|---|---|---|
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
