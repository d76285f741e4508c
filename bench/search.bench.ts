/**
 * `npm run bench` section "Search": the engine in Node at the real size (English and Chinese) and
 * at 100,000 synthetic claims, then the built site in headless Chromium against the same site
 * indexed by Pagefind — first-result time and bytes in both languages, and recall@10 on the
 * Chinese query set (tests/fixtures/search/zh-queries.ts) side by side.
 * Prints one Markdown section. Run alone with `node bench/run.mjs search` (after `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { loadSite } from '../src/pipeline/pipeline';
import { engineFromArtefact, type SearchArtefact } from '../src/search/artefact';
import { buildSearchData } from '../src/search/documents';
import { recallAt10, ZH_QUERIES, CUTOFF } from '../tests/fixtures/search/zh-queries';
import {
  launch,
  ourFirstQuery,
  pagefindClaims,
  pagefindFirstQuery,
  type FirstQuery,
} from './search/browser';
import { FACETED, measureNode, PLAIN, ZH_FACETED, ZH_PLAIN, type NodeResults } from './search/node';
import { indexWithPagefind, RESULTS_SHOWN, type PagefindSite } from './search/pagefind';
import { serve } from './search/server';
import { kb, ms, summarise } from './search/stats';
import { withSyntheticClaims } from './search/synthetic';

/** SEARCH_BENCH_CLAIMS=2000 makes a quick run; the report's figures are for the default. */
const SYNTHETIC = Number(process.env.SEARCH_BENCH_CLAIMS ?? 100_000);
const BROWSER_QUERIES = ['ner', 'gpt 3', 'summarization', 'fine-tuned models', '175B'];
const ZH_BROWSER_QUERIES = ['命名实体识别', '思维链', 'GPT-4 的代码能力', '少样本 翻译'];
const REPEATS = 3;
const DIST = new URL('../dist/', import.meta.url).pathname;

const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;
const log = (message: string) => console.error(`  search: ${message}`);
const loadAverage = os.loadavg()[0]!.toFixed(1);

const site = await loadSite({ contentDir: 'content', base: '/' });
const graph = site.graph.graph;
const real = buildSearchData(site.graph, 'en');
log(`Node, real size (${real.docs.length} documents)…`);
const small = measureNode(real, 7);
const realZh = buildSearchData(site.graph, 'zh');
log(`Node, real size in Chinese (${realZh.docs.length} documents)…`);
const smallZh = measureNode(realZh, 7, ZH_PLAIN, ZH_FACETED);
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
const localZh: Comparison[] = [];
const slowZh: Comparison[] = [];
if (!existsSync(join(DIST, 'index.html')))
  throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
try {
  log('Pagefind indexing the built site…');
  pagefindSite = await indexWithPagefind(DIST);
} catch (error) {
  pagefindProblem = error instanceof Error ? error.message : String(error);
  log(`Pagefind failed: ${pagefindProblem}`);
}
const server = await serve({
  '/': DIST,
  ...(pagefindSite
    ? { '/pagefind/': join(pagefindSite.dir, 'pagefind'), '/pagefind-harness/': pagefindSite.dir }
    : {}),
});
const browser = await launch();
const guidePage = graph.nodes.find((n) => n.type === 'section')!.url!;
const guidePageZh = `/zh${guidePage}`;
/** Our field syntax means nothing to Pagefind: it gets the words a reader would type there. */
const withoutFields = (query: string) => query.replace(/\b[a-z]+:/g, '');
// Recall@10 on the Chinese query set: ours as the built site's /api/zh/search.json answers it.
const zhEngine = engineFromArtefact(
  JSON.parse(readFileSync(join(DIST, 'api/zh/search.json'), 'utf8')) as SearchArtefact,
);
const oursRecall = ZH_QUERIES.map(({ query, expected }) =>
  recallAt10(
    expected,
    zhEngine.search({ query, limit: CUTOFF }).hits.map((h) => h.id),
  ),
);
let pagefindRecall: number[] | undefined;
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
    local.push({
      query,
      ours: medianOf(ours),
      ...(pagefindSite ? { pagefind: medianOf(theirs) } : {}),
    });
    slow.push({
      query,
      ours: await ourFirstQuery(browser, server, guidePage, query, true),
      ...(pagefindSite ? { pagefind: await pagefindFirstQuery(browser, server, query, true) } : {}),
    });
  }
  const zhHarness = '/pagefind-harness/zh/';
  for (const query of ZH_BROWSER_QUERIES) {
    log(`Chromium, Chinese: “${query}”…`);
    const ours: FirstQuery[] = [];
    const theirs: FirstQuery[] = [];
    for (let i = 0; i < REPEATS; i++) {
      ours.push(await ourFirstQuery(browser, server, guidePageZh, query, false));
      if (pagefindSite)
        theirs.push(await pagefindFirstQuery(browser, server, query, false, zhHarness));
    }
    localZh.push({
      query,
      ours: medianOf(ours),
      ...(pagefindSite ? { pagefind: medianOf(theirs) } : {}),
    });
    slowZh.push({
      query,
      ours: await ourFirstQuery(browser, server, guidePageZh, query, true),
      ...(pagefindSite
        ? { pagefind: await pagefindFirstQuery(browser, server, query, true, zhHarness) }
        : {}),
    });
  }
  if (pagefindSite) {
    log(`Chromium, Pagefind on the ${ZH_QUERIES.length} Chinese queries…`);
    const claims = await pagefindClaims(
      browser,
      server,
      zhHarness,
      ZH_QUERIES.map((q) => withoutFields(q.query)),
      CUTOFF,
    );
    pagefindRecall = ZH_QUERIES.map(({ expected }, i) => recallAt10(expected, claims[i]!));
  }
} finally {
  await browser.close();
  await server.close();
}

const ratio = (a: number | undefined, b: number) =>
  a === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`;
const stat = (s: { p50: number; p95: number }) => `${ms(s.p50)} / ${ms(s.p95)} ms`;
const seconds = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(1)} s` : `${ms(t)} ms`);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const nodeRows = (label: string, pick: (r: NodeResults) => string, target: string) =>
  row([label, pick(small), pick(smallZh), pick(large), target]);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const perfect = (values: number[]) => values.filter((v) => v === 1).length;
const none = (values: number[]) => values.filter((v) => v === 0).length;
const recallRows = ZH_QUERIES.map(({ query, expected }, i) =>
  row([
    `“${query}”`,
    String(expected.length),
    oursRecall[i]!.toFixed(2),
    pagefindRecall ? pagefindRecall[i]!.toFixed(2) : 'n/a',
  ]),
);

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
const localTimesZh = summarise(localZh.map((c) => c.ours.time));

console.log(`## Search

Method: the engine (\`src/search/\`) in Node on the guide's ${small.docs} documents and on ${SYNTHETIC.toLocaleString('en')} synthetic claims
(words drawn from the real claims, linked to real tasks, models, datasets and sections; ${large.docs.toLocaleString('en')} documents in all);
query times are p50 / p95 over ${PLAIN.length} plain queries ×20, ${FACETED.length} faceted queries ×20 and every keystroke of the plain queries ×5.
The machine is shared: its load average was ${loadAverage} on ${os.cpus().length} cores when the run started, which inflates the tails.
The site ships the artefact **with the exported index** (\`/api/search.json\`), since importing beats indexing at both sizes.

| Measure (Node) | Real size (${small.docs} documents) | Real size, Chinese (${smallZh.docs} documents) | ${SYNTHETIC.toLocaleString('en')} synthetic claims | Target |
|---|---|---|---|---|
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
index). ${
  pagefindSite
    ? `Pagefind ${PAGEFIND_VERSION} indexed the same \`dist/\` (${pagefindSite.pages} pages in ${seconds(pagefindSite.indexTime)}); its page loads \`pagefind.js\` on the first input,
searches, and fetches the fragments of the first ${RESULTS_SHOWN} results as its UI does, timed from that input to the first result shown, bytes
counted until those results are loaded. Pagefind finds pages, not claims.`
    : `Pagefind could not be run here: ${pagefindProblem}`
}
Ratios are Pagefind ÷ ours (above 1: ours is faster or smaller).

| First query | Ours: first results | Ours: bytes | Pagefind: first results | Pagefind: bytes | Time ratio | Bytes ratio |
|---|---|---|---|---|---|---|
${comparisonRows(local, 'Local').join('\n')}
${comparisonRows(slow, 'Slow network').join('\n')}

Target: first results under 150 ms (local). Ours, local: median ${Math.round(localTimes.p50)} ms, slowest ${Math.round(Math.max(...local.map((c) => c.ours.time)))} ms.

### Chinese

The Chinese column above runs ${ZH_PLAIN.length} Chinese plain queries and ${ZH_FACETED.length} faceted ones (bench/search/node.ts has them).
The Chinese index holds every CJK character and pair of neighbours (src/search/text.ts), so it is bigger than the English one.

Recall@10 on the ${ZH_QUERIES.length} queries of \`tests/fixtures/search/zh-queries.ts\` (Chinese and mixed queries, expected claims read off
the Chinese claims): the share of a query's expected claims among the first ${CUTOFF} results, out of at most ${CUTOFF}, averaged.
Ours: the first ${CUTOFF} results \`/api/zh/search.json\` gives, as \`/zh/search/\` shows them, entities included. ${
  pagefindRecall
    ? `Pagefind ${PAGEFIND_VERSION}: the same \`dist/\`, searched from a page in \`zh-CN\`; Pagefind finds pages, so each page's matched words are given to
the claim card they fall in and the first ${CUTOFF} claims so reached are counted — more than its UI shows, which is a page and an excerpt.
Field syntax (\`task:\`) is dropped from the query for Pagefind.`
    : `Pagefind could not be run here: ${pagefindProblem}`
}

| Chinese query set (${ZH_QUERIES.length} queries) | Ours | Pagefind |
|---|---|---|
| Mean recall@10 | **${mean(oursRecall).toFixed(3)}** | ${pagefindRecall ? mean(pagefindRecall).toFixed(3) : 'n/a'} |
| Queries with every expected claim in the first ${CUTOFF} | ${perfect(oursRecall)} | ${pagefindRecall ? perfect(pagefindRecall) : 'n/a'} |
| Queries with none of them | ${none(oursRecall)} | ${pagefindRecall ? none(pagefindRecall) : 'n/a'} |

<details><summary>Recall@10 per query</summary>

| Query | Expected claims | Ours | Pagefind |
|---|---|---|---|
${recallRows.join('\n')}

</details>

First query in Chinese, measured as for English above (ours from a Chinese guide page's dialog, which loads \`/api/zh/search.json\`;
Pagefind from its \`zh-CN\` page):

| First query | Ours: first results | Ours: bytes | Pagefind: first results | Pagefind: bytes | Time ratio | Bytes ratio |
|---|---|---|---|---|---|---|
${comparisonRows(localZh, 'Local').join('\n')}
${comparisonRows(slowZh, 'Slow network').join('\n')}

Ours, local, Chinese: median ${Math.round(localTimesZh.p50)} ms, slowest ${Math.round(Math.max(...localZh.map((c) => c.ours.time)))} ms.`);
