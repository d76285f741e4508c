/**
 * The build, in order. Every page and every artefact of the site comes from one run of this,
 * once per build and once per content change in `astro dev` (integration.ts):
 *
 *   1. read     every file of the content folder
 *   2. build    validate each file against its schema, resolve every id, check lineage and
 *               Figure 2's flow, derive the edges (graph/build.ts) — or stop with every problem
 *   3. index    the graph for lookups along typed edges, with the flow and Table 1 (site.ts)
 *   4. emit     the artefacts, from one registry (artefacts.ts); the pages draw their data from
 *               the same site through the view builders (src/views/)
 */
import { relative, resolve } from 'node:path';
import { buildGraph } from '../graph/build';
import { formatErrors, type ContentError } from '../graph/errors';
import { readContentTree } from '../graph/read';
import type { TranslationStatus } from '../graph/translations';
import { artefacts, type Artefact } from './artefacts';
import { indexSite, type Site, type SiteData } from './site';

export interface PipelineOptions {
  /** The content folder, relative to the working directory or absolute. */
  contentDir: string;
  /** The site's base path, prefixed to every url. */
  base: string;
}

export type PipelineResult = (
  { data: SiteData; errors?: undefined } | { data?: undefined; errors: ContentError[] }
) & {
  /** How much of the content has Chinese words, and what is stale. */
  translations?: TranslationStatus;
};

/** Steps 1 and 2: the content folder in, the site's data (or every problem found) out. */
export async function buildSiteData({
  contentDir,
  base,
}: PipelineOptions): Promise<PipelineResult> {
  const dir = resolve(contentDir);
  const files = await readContentTree(dir);
  const root = relative(process.cwd(), dir).split('\\').join('/') || '.';
  const { graph, decisionFlow, table1, translations, errors } = buildGraph(files, { base, root });
  if (!graph || errors.length > 0) return { errors, translations };
  return { data: { base, graph, flow: decisionFlow, table1 }, translations };
}

/** Steps 1 to 3 for tools outside Astro (the benchmarks, the tests): the indexed site, or an error listing every problem. */
export async function loadSite(options: PipelineOptions): Promise<Site> {
  const result = await buildSiteData(options);
  if (!result.data) throw new Error(formatErrors(result.errors));
  return indexSite(result.data);
}

/** Step 4: every artefact the site publishes, from one registry. */
export const emit = (site: Site): Artefact[] => artefacts(site);
