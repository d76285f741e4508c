/**
 * The static file the browser loads on first use of search (`/api/search.json`): the documents
 * and facet values, and — for large sites — FlexSearch's exported index, so the browser imports
 * it instead of indexing. Measured in bench/search.bench.ts: at the guide's real size indexing in
 * the browser is as quick as importing and needs half the bytes; at 100,000 claims importing is
 * many times faster. EXPORT_INDEX_FROM sits between the two.
 */
import type { SearchData } from './documents';
import { SearchEngine, type IndexExport } from './engine';

export const EXPORT_INDEX_FROM = 5_000;

export interface SearchArtefact extends SearchData {
  index?: IndexExport;
}

export function createArtefact(data: SearchData, exportIndex = data.docs.length >= EXPORT_INDEX_FROM): SearchArtefact {
  return exportIndex ? { ...data, index: SearchEngine.build(data).exportIndex() } : data;
}

export function engineFromArtefact({ index, ...data }: SearchArtefact): SearchEngine {
  return index ? SearchEngine.load(data, index) : SearchEngine.build(data);
}
