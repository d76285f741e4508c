/**
 * `npm run bench` section "Search": the engine in Node at the real size and at 100,000 synthetic
 * claims, then the built site in headless Chromium against the same site indexed by Pagefind.
 * Prints one Markdown section. Run alone with `node bench/run.mjs search` (after `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildGraphFromFolder } from '../src/graph/index';
import { GraphIndex } from '../src/graph/query';
import { buildSearchData } from '../src/search/documents';
import { launch, ourFirstQuery, pagefindFirstQuery, type FirstQuery } from './search/browser';
import { FACETED, measureNode, PLAIN, type NodeResults } from './search/node';
import { indexWithPagefind, RESULTS_SHOWN, type PagefindSite } from './search/pagefind';
import { serve } from './search/server';
import { kb, ms, summarise } from './search/stats';
import { withSyntheticClaims } from './search/synthetic';

/** SEARCH_BENCH_CLAIMS=2000 makes a quick run; the report's figures are for the default. */
const SYNTHETIC = Number(process.env.SEARCH_BENCH_CLAIMS ?? 100_000);
const BROWSER_QUERIES = ['ner', 'gpt 3', 'summarization', 'fine-tuned models', '175B'];
const REPEATS = 3;
const DIST = new URL('../dist/', import.meta.url).pathname;

const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;
const log = (message: string) => console.error(`  search: ${message}`);
const loadAverage = os.loadavg()[0]!.toFixed(1);

const { graph, errors } = await buildGraphFromFolder('content');
if (!graph) throw new Error(errors.map((e) => e.message).join('\n'));
const real = buildSearchData(new GraphIndex(graph));
log(`Node, real size (${real.docs.length} documents)…`);
const small = measureNode(real, 7);
log(`Node, ${SYNTHETIC.toLocaleString('en')} synthetic claims (indexing takes a while)…`);
const large = measureNode(withSyntheticClaims(real, SYNTHETIC), 1);

interface Comparison {
  query: string;
  ours: FirstQuery;
  pagefind?: FirstQuery;
}

let pagefindSite: PagefindSite | undefined;
let pagefindProblem: string | undefined;
const local: Comparison[] = [];
const slow: Comparison[] = [];
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
try {
  log('Pagefind indexing the built site…');
  pagefindSite = await indexWithPagefind(DIST);
} catch (error) {
  pagefindProblem = error instanceof Error ? error.message : String(error);
  log(`Pagefind failed: ${pagefindProblem}`);
}
const server = await serve({
  '/': DIST,
  ...(pagefindSite ? { '/pagefind/': join(pagefindSite.dir, 'pagefind'), '/pagefind-harness/': pagefindSite.dir } : {}),
});
const browser = await launch();
const guidePage = graph.nodes.find((n) => n.type === 'section')!.url!;
const medianOf = (runs: FirstQuery[]): FirstQuery => {
  const sorted = [...runs].sort((a, b) => a.time - b.time);
  return sorted[Math.floor(sorted.length / 2)]!;
};
try {
  for (const query of BROWSER_QUERIES) {
    log(`Chromium: “${query}”…`);
    const ours: FirstQuery[] = [];
    const theirs: FirstQuery[] = [];
    for (let i = 0; i < REPEATS; i++) {
      ours.push(await ourFirstQuery(browser, server, guidePage, query, false));
      if (pagefindSite) theirs.push(await pagefindFirstQuery(browser, server, query, false));
    }
    local.push({ query, ours: medianOf(ours), ...(pagefindSite ? { pagefind: medianOf(theirs) } : {}) });
    slow.push({
      query,
      ours: await ourFirstQuery(browser, server, guidePage, query, true),
      ...(pagefindSite ? { pagefind: await pagefindFirstQuery(browser, server, query, true) } : {}),
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const ratio = (a: number | undefined, b: number) => (a === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`);
const stat = (s: { p50: number; p95: number }) => `${ms(s.p50)} / ${ms(s.p95)} ms`;
const seconds = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(1)} s` : `${ms(t)} ms`);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const nodeRows = (label: string, pick: (r: NodeResults) => string, target: string) => row([label, pick(small), pick(large), target]);

const comparisonRows = (rows: Comparison[], network: string) =>
  rows.map(({ query, ours, pagefind }) =>
    row([
      `${network}: “${query}”`,
      `${Math.round(ours.time)} ms`,
      `${kb(ours.bytes)} (${ours.requests} requests)`,
      pagefind ? `${Math.round(pagefind.time)} ms` : 'n/a',
      pagefind ? `${kb(pagefind.bytes)} (${pagefind.requests} requests)` : 'n/a',
      ratio(pagefind?.time, ours.time),
      ratio(pagefind?.bytes, ours.bytes),
    ]),
  );
const localTimes = summarise(local.map((c) => c.ours.time));

console.log(`## Search

Method: the engine (\`src/search/\`) in Node on the guide's ${small.docs} documents and on ${SYNTHETIC.toLocaleString('en')} synthetic claims
(words drawn from the real claims, linked to real tasks, models, datasets and sections; ${large.docs.toLocaleString('en')} documents in all);
query times are p50 / p95 over ${PLAIN.length} plain queries ×20, ${FACETED.length} faceted queries ×20 and every keystroke of the plain queries ×5.
The machine is shared: its load average was ${loadAverage} on ${os.cpus().length} cores when the run started, which inflates the tails.
The site ships the artefact **with the exported index** (\`/api/search.json\`), since importing beats indexing at both sizes.

| Measure (Node) | Real size (${small.docs} documents) | ${SYNTHETIC.toLocaleString('en')} synthetic claims | Target |
|---|---|---|---|
${nodeRows('Index build', (r) => seconds(r.build), '—')}
${nodeRows('Artefact, documents only (raw / gzip)', (r) => `${kb(r.bytes.documents)} / ${kb(r.bytes.documentsGzip)}`, '—')}
${nodeRows('Artefact, documents + exported index (raw / gzip) — shipped', (r) => `${kb(r.bytes.withIndex)} / ${kb(r.bytes.withIndexGzip)}`, '—')}
${nodeRows('Load: parse documents + build the index', (r) => seconds(r.load.documents), '—')}
${nodeRows('Load: parse + import the exported index — shipped', (r) => seconds(r.load.withIndex), '—')}
${nodeRows('Plain query, as the dialog runs it (no facet counts), p50 / p95', (r) => stat(r.dialog), 'p95 < 5 ms at 100k')}
${nodeRows('Plain query with facet counts, as the search page runs it, p50 / p95', (r) => stat(r.page), 'p95 < 5 ms at 100k')}
${nodeRows('Faceted query with facet counts, p50 / p95', (r) => stat(r.faceted), 'p95 < 5 ms at 100k')}
${nodeRows('Each keystroke of the plain queries (dialog), p50 / p95', (r) => stat(r.typing), '—')}

In headless Chromium on the built site (served gzip-compressed like a static host; cold cache, a fresh context per run,
median of ${REPEATS} runs; the slow network is one run at 1.6 Mbps with a 150 ms round trip): ours is timed from the Ctrl+K that opens the
dialog, with the query typed at once, to the first result on screen, counting every byte from that keystroke (engine, FlexSearch,
index). ${pagefindSite ? `Pagefind ${PAGEFIND_VERSION} indexed the same \`dist/\` (${pagefindSite.pages} pages in ${seconds(pagefindSite.indexTime)}); its page loads \`pagefind.js\` on the first input,
searches, and fetches the fragments of the first ${RESULTS_SHOWN} results as its UI does, timed from that input to the first result shown, bytes
counted until those results are loaded. Pagefind finds pages, not claims.` : `Pagefind could not be run here: ${pagefindProblem}`}
Ratios are Pagefind ÷ ours (above 1: ours is faster or smaller).

| First query | Ours: first results | Ours: bytes | Pagefind: first results | Pagefind: bytes | Time ratio | Bytes ratio |
|---|---|---|---|---|---|---|
${comparisonRows(local, 'Local').join('\n')}
${comparisonRows(slow, 'Slow network').join('\n')}

Target: first results under 150 ms (local). Ours, local: median ${Math.round(localTimes.p50)} ms, slowest ${Math.round(Math.max(...local.map((c) => c.ours.time)))} ms.`);
