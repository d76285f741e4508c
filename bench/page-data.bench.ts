/**
 * The build's own work at scale: the pipeline (validate the content, build the graph) and the
 * data of every page (views/), on synthetic content from 1,000 to 16,000 models (100,000 claims
 * at the top). Pages receive this data; rendering it is Astro's part, measured in site-build.
 */
import os from 'node:os';
import { buildGraph } from '../src/graph/build';
import { indexSite, type Site } from '../src/pipeline/site';
import { datasetPage, modelPage, taskPage } from '../src/views/entities';
import { LOCALE_LIST } from '../src/i18n/locales';
import { headlineTakeaways, sectionPage } from '../src/views/guide';
import { datasetRows, modelRows, taskRows } from '../src/views/tables';
import { treePage } from '../src/views/tree-page';
import { syntheticContent } from './synthetic-content';

const SIZES = [1_000, 2_000, 4_000, 8_000, 16_000];
const CLAIMS_PER_MODEL = 6.25;

/** Every page's data in every language, as a build computes it: guide, entity and index pages, and the tree page. */
function everyPage(site: Site): number {
  const { graph } = site;
  for (const locale of LOCALE_LIST) {
    for (const section of graph.all('section')) sectionPage(site, section, locale);
    headlineTakeaways(site, locale);
    for (const model of graph.all('model')) modelPage(site, model, locale);
    for (const task of graph.all('task')) taskPage(site, task, locale);
    for (const dataset of graph.all('dataset')) datasetPage(site, dataset, locale);
    modelRows(site, locale);
    taskRows(site, locale);
    datasetRows(site, locale);
  }
  treePage(site);
  const pages = ['section', 'model', 'task', 'dataset'] as const;
  return LOCALE_LIST.length * pages.reduce((n, type) => n + graph.all(type).length, 4);
}

const fmt = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const rows: string[] = [];
let first: number | undefined;
for (const models of SIZES) {
  const claims = Math.round(models * CLAIMS_PER_MODEL);
  const files = syntheticContent({ models, claims });
  console.error(`  page data: ${models.toLocaleString('en')} models…`);
  let start = performance.now();
  const { graph, errors } = buildGraph(files, { base: '/' });
  const pipelineMs = performance.now() - start;
  if (!graph) throw new Error(`synthetic content is invalid: ${errors[0]?.message}`);
  start = performance.now();
  const site = indexSite({ base: '/', graph });
  const pages = everyPage(site);
  const viewsMs = performance.now() - start;
  first ??= viewsMs;
  rows.push(
    `| ${models.toLocaleString('en')} | ${claims.toLocaleString('en')} | ${pages.toLocaleString('en')} | ${fmt(pipelineMs)} | ${fmt(viewsMs)} | ${(viewsMs / first).toFixed(1)}× |`,
  );
}

console.log(`## Page data at scale

The pipeline (parse and validate every content file, resolve ids, check lineage, build the graph) and then the
data of every page — guide sections, every model, task and dataset page, the three index tables and the tree page
(with its layout), in English and Chinese — computed by the view builders in Node, on synthetic content with ${CLAIMS_PER_MODEL} claims per
model. Target: every page's data at 16,000 models and 100,000 claims in under 5 s, growing linearly. Load average
at start: ${os.loadavg()[0]!.toFixed(1)}.

| Models | Claims | Pages | Pipeline (validate + build) | Data of every page | Growth of page data from 1,000 models |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`);
