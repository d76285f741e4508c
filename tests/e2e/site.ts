/** What the browser tests know about the built site: read from `dist/`, never hard-coded. */
import { readFileSync } from 'node:fs';
import type { Graph, GraphNode, NodeOfType, NodeType } from '../../src/graph/types';

const DIST = new URL('../../dist/', import.meta.url);

export function builtGraph(): Graph {
  return JSON.parse(readFileSync(new URL('api/graph.json', DIST), 'utf8')) as Graph;
}

export function nodesOf<T extends NodeType>(type: T): NodeOfType<T>[] {
  return builtGraph().nodes.filter((n: GraphNode): n is NodeOfType<T> => n.type === type);
}

/** Every page in the sitemap, as a path on the preview server. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('sitemap-0.xml', DIST), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Every page a reader can land on: the sitemap plus the 404 page. */
export const allPages = () => [...sitemapPaths(), '/404.html'];

/** Pages built from one template share a kind: `/models/gpt-3/` and `/models/bert/` are both `models/*`. */
export function pageKind(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return segments.length > 1 ? `${segments[0]}/*` : path;
}

/** The first page of every kind, for checks that depend on templates rather than content. */
export const onePageOfEachKind = () => [...new Map(allPages().map((path) => [pageKind(path), path])).values()];

/** Figure 2's flow as the built site publishes it. */
export function builtFlow(): import('../../src/decide/publish').PublishedFlow {
  return JSON.parse(readFileSync(new URL('api/decision-flow.json', DIST), 'utf8'));
}

/** The built HTML of a page, by its path on the preview server. */
export function builtHtml(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(new URL(`.${file}`, DIST), 'utf8');
}
