/**
 * Facet filtering and counting, ours rather than FlexSearch's (its tag filters OR across fields
 * and empty the result on an unknown value). AND across facets, OR within one. A value's count is
 * how many results there would be with that value chosen too: counted over the results that
 * pass every *other* facet, so choosing it never surprises (disjunctive faceting).
 */
import { FACETS, type Facet } from './fields';

/** Which values each document has in each facet, as compressed rows (doc i: values[offsets[i]..offsets[i+1]]). */
export interface FacetRows {
  offsets: Uint32Array;
  values: Uint32Array;
}

export function buildRows(docCount: number, valuesOf: (doc: number) => readonly number[]): FacetRows {
  const offsets = new Uint32Array(docCount + 1);
  const flat: number[] = [];
  for (let doc = 0; doc < docCount; doc++) {
    for (const value of valuesOf(doc)) flat.push(value);
    offsets[doc + 1] = flat.length;
  }
  return { offsets, values: Uint32Array.from(flat) };
}

/** The chosen values of each facet as a mask over its values; facets with nothing chosen are absent. */
export type Selection = Partial<Record<Facet, Uint8Array>>;

export interface FacetOutcome {
  /** Candidates that pass every facet, in the order given. */
  matched: number[];
  /** For each facet, the count of each value (by position). */
  counts: Record<Facet, Uint32Array>;
}

export function filterAndCount(candidates: Iterable<number>, rows: Record<Facet, FacetRows>, sizes: Record<Facet, number>, selection: Selection): FacetOutcome {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Uint32Array(sizes[f])])) as Record<Facet, Uint32Array>;
  const active = FACETS.filter((f) => selection[f]);
  const matched: number[] = [];
  for (const doc of candidates) {
    let failed: Facet | undefined;
    let failures = 0;
    for (const facet of active) {
      if (!hasAny(rows[facet], doc, selection[facet]!)) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matched.push(doc);
      for (const facet of FACETS) count(rows[facet], doc, counts[facet]);
    } else if (failures === 1) {
      count(rows[failed!], doc, counts[failed!]);
    }
  }
  return { matched, counts };
}

function hasAny({ offsets, values }: FacetRows, doc: number, mask: Uint8Array): boolean {
  for (let i = offsets[doc]!; i < offsets[doc + 1]!; i++) if (mask[values[i]!]) return true;
  return false;
}

function count({ offsets, values }: FacetRows, doc: number, into: Uint32Array) {
  for (let i = offsets[doc]!; i < offsets[doc + 1]!; i++) {
    const value = values[i]!;
    into[value] = into[value]! + 1;
  }
}
