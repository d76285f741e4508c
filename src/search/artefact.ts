/**
 * The static file the browser loads on first use of search (`/api/search.json`): the documents,
 * the facet values and FlexSearch's exported index with our vocabulary, so the browser imports
 * the index instead of building it. Measured in bench/search.bench.ts: importing is about ten
 * times faster than indexing at the guide's real size (tens of milliseconds saved on a laptop,
 * more on a phone) and twenty times faster at 100,000 claims, for about twice the bytes.
 */
import type { SearchData } from './documents';
import { SearchEngine, type IndexExport } from './engine';

export interface SearchArtefact extends SearchData {
  /** Absent in artefacts made without it (tests, benchmarks): the engine then indexes on load. */
  index?: IndexExport;
}

export function createArtefact(data: SearchData, withIndex = true): SearchArtefact {
  return withIndex ? { ...data, index: SearchEngine.build(data).exportIndex() } : data;
}

/**
 * The engine, made in steps: each `yield` is a point where a browser may end its task (and let a
 * tap or a paint through) before going on. `engineFromArtefact` runs the steps at once.
 */
export function* engineSteps({ index, ...data }: SearchArtefact): Generator<void, SearchEngine> {
  if (!index) return SearchEngine.build(data);
  const imported = SearchEngine.importIndex(index);
  yield;
  return SearchEngine.load(data, imported);
}

export function engineFromArtefact(artefact: SearchArtefact): SearchEngine {
  const steps = engineSteps(artefact);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
