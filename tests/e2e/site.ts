/**
 * What the browser tests know about a built site: read from its build folder, never hard-coded.
 * A spec names the build it runs against (see builds.ts): `const site = builtSite('features')`.
 * Reading a build other than the running project's fails the test (see fixtures.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PublishedFlow } from '../../src/decide/publish';
import type { Graph, GraphNode, NodeOfType, NodeType } from '../../src/graph/types';
import type { TreeData } from '../../src/tree/types';
import { BUILDS, type BuildName } from './builds';

/** Pages built from one template share a kind: `/models/gpt-3/` and `/models/bert/` are both `models/*`; `/zh/models/gpt-3/` is `zh:models/*`. */
export function pageKind(path: string): string {
  // The Chinese edition's pages are their own kinds (`zh:models/*`): same templates, other words.
  const zh = /^\/zh(\/|$)/.test(path);
  const rest = zh ? path.slice(3) || '/' : path;
  const segments = rest.split('/').filter(Boolean);
  const kind = segments.length > 1 ? `${segments[0]}/*` : rest;
  return zh ? `zh:${kind}` : kind;
}

export interface BuiltSite {
  name: BuildName;
  /** The build folder, ending in `/`. */
  dir: URL;
  /** The file a path on the preview server is served from (`/models/` → `models/index.html`). */
  file(path: string): URL;
  /** Whether the build has a page at this path. */
  hasPage(path: string): boolean;
  builtGraph(): Graph;
  nodesOf<T extends NodeType>(type: T): NodeOfType<T>[];
  /** Every page in the sitemap, as a path on the preview server. */
  sitemapPaths(): string[];
  /** Every page a reader can land on: the sitemap plus the 404 pages. */
  allPages(): string[];
  /** The first page of every kind, for checks that depend on templates rather than content. */
  onePageOfEachKind(): string[];
  /** Figure 2's flow as the built site publishes it. */
  builtFlow(): PublishedFlow;
  /** The evolution tree's data (`/api/tree.json`). */
  builtTree(): TreeData;
  /** The built HTML of a page, by its path on the preview server. */
  builtHtml(path: string): string;
}

const sites = new Map<BuildName, BuiltSite>();

/** The builds this process has read; fixtures.ts checks them against the running project. */
export const buildsRead = (): BuildName[] => [...sites.keys()];

export function builtSite(name: BuildName): BuiltSite {
  const known = sites.get(name);
  if (known) return known;
  const dir = new URL(`../../${BUILDS[name].outDir}/`, import.meta.url);
  const cache = new Map<string, unknown>();
  const json = <T>(path: string): T => {
    if (!cache.has(path)) {
      const file = new URL(path, dir);
      if (!existsSync(file))
        throw new Error(
          `${file.pathname} is missing: build the ${name} site first (npm run ${name === 'site' ? 'build' : 'build:fixture'}).`,
        );
      cache.set(path, JSON.parse(readFileSync(file, 'utf8')));
    }
    return cache.get(path) as T;
  };
  const file = (path: string) =>
    new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, dir);
  const site: BuiltSite = {
    name,
    dir,
    file,
    hasPage: (path) => existsSync(file(path)),
    builtGraph: () => json<Graph>('api/graph.json'),
    nodesOf: <T extends NodeType>(type: T) =>
      site.builtGraph().nodes.filter((n: GraphNode): n is NodeOfType<T> => n.type === type),
    sitemapPaths: () => {
      const xml = readFileSync(new URL('sitemap-0.xml', dir), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    },
    allPages: () => [
      ...site.sitemapPaths(),
      '/404.html',
      ...(site.hasPage('/zh/404/') ? ['/zh/404/'] : []),
    ],
    onePageOfEachKind: () => [
      ...new Map(site.allPages().map((path) => [pageKind(path), path])).values(),
    ],
    builtFlow: () => json<PublishedFlow>('api/decision-flow.json'),
    builtTree: () => json<TreeData>('api/tree.json'),
    builtHtml: (path) => readFileSync(file(path), 'utf8'),
  };
  sites.set(name, site);
  return site;
}
