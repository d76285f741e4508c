/**
 * The built site as pages and emitters use it: the graph indexed for typed lookups, Figure 2's
 * flow and Table 1. `SiteData` is its serialisable form, handed from the build to the pages.
 */
import type { DecisionFlow } from '../graph/decision-flow';
import { GraphIndex } from '../graph/query';
import type { PaperTable } from '../graph/schema';
import type { Graph } from '../graph/types';

export interface SiteData {
  /** The site's base path, already in every node's url. */
  base: string;
  graph: Graph;
  /** Figure 2's flow; optional content (fixture sites may leave it out). */
  flow?: DecisionFlow;
  /** Table 1 of the paper; optional content. */
  table1?: PaperTable;
}

export interface Site {
  base: string;
  graph: GraphIndex;
  flow?: DecisionFlow;
  table1?: PaperTable;
  /**
   * Data derived from the site, made on first use and kept: the tree's data is drawn by its page
   * and published as an artefact, a claim's card appears on many pages — each is built once.
   */
  once<T>(key: string, make: () => T): T;
}

export function indexSite(data: SiteData): Site {
  const made = new Map<string, unknown>();
  return {
    base: data.base,
    graph: new GraphIndex(data.graph),
    flow: data.flow,
    table1: data.table1,
    once<T>(key: string, make: () => T): T {
      if (!made.has(key)) made.set(key, make());
      return made.get(key) as T;
    },
  };
}
