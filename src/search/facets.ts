/**
 * Facet filtering and counting, ours rather than FlexSearch's (its tag filters OR across fields
 * and empty the result on an unknown value). AND across facets, OR within one. A value's count is
 * how many results there would be with that value chosen too: counted over the results that
 * pass every *other* facet, so choosing it never surprises (disjunctive faceting).
 *
 * This runs on every keystroke at 100,000 claims, so each document's values of all facets sit in
 * one row of a typed array, numbered across facets, and one pass over the row both tests the
 * selection and counts.
 */
import { FACETS, type Facet } from './fields';

export interface FacetOutcome {
  /** Candidates that pass every facet, in the order given. */
  matched: number[];
  /** For each facet, the count of each value (by position); empty arrays when not counted. */
  counts: Record<Facet, Uint32Array>;
}

export class FacetIndex {
  /** Where each facet's values start in the shared numbering. */
  private readonly base: number[];
  /** The facet (its index in FACETS) of each value number. */
  private readonly facetOf: Uint8Array;
  /** Document d's value numbers are values[offsets[d] .. offsets[d + 1]]. */
  private readonly offsets: Uint32Array;
  private readonly values: Uint32Array;
  /** The inverse: the documents of value v are docs[docOffsets[v] .. docOffsets[v + 1]], ascending. */
  private readonly docOffsets: Uint32Array;
  private readonly docs: Uint32Array;

  constructor(
    docCount: number,
    private readonly sizes: Record<Facet, number>,
    valuesOf: (doc: number, facet: Facet) => readonly number[],
  ) {
    let next = 0;
    this.base = FACETS.map((f) => ((next += sizes[f]), next - sizes[f]));
    this.facetOf = new Uint8Array(next);
    FACETS.forEach((f, i) => this.facetOf.fill(i, this.base[i]!, this.base[i]! + sizes[f]));
    this.offsets = new Uint32Array(docCount + 1);
    const flat: number[] = [];
    for (let doc = 0; doc < docCount; doc++) {
      FACETS.forEach((f, i) => {
        for (const position of valuesOf(doc, f)) flat.push(this.base[i]! + position);
      });
      this.offsets[doc + 1] = flat.length;
    }
    this.values = Uint32Array.from(flat);
    this.docOffsets = new Uint32Array(next + 1);
    for (const v of this.values) this.docOffsets[v + 1]!++;
    for (let v = 0; v < next; v++) this.docOffsets[v + 1]! += this.docOffsets[v]!;
    this.docs = new Uint32Array(this.values.length);
    const fill = this.docOffsets.slice(0, next);
    for (let doc = 0; doc < docCount; doc++) {
      for (let i = this.offsets[doc]!; i < this.offsets[doc + 1]!; i++)
        this.docs[fill[this.values[i]!]!++] = doc;
    }
  }

  /**
   * Browsing (no words): the same answer as filterAndCount over every document, worked out from
   * the chosen values' documents instead of a scan of every row. `totals` are the counts over
   * all documents, which are the counts of the only chosen facet when there is just one.
   */
  browse(
    selection: Partial<Record<Facet, readonly number[]>>,
    totals: Record<Facet, Uint32Array>,
    withCounts = true,
  ): FacetOutcome {
    const { offsets, values, facetOf } = this;
    const docCount = this.offsets.length - 1;
    // Bit i of satisfied[d]: document d has a chosen value of the i-th facet.
    const satisfied = new Uint8Array(docCount);
    let required = 0;
    FACETS.forEach((f, i) => {
      for (const position of selection[f] ?? []) {
        const v = this.base[i]! + position;
        for (let j = this.docOffsets[v]!; j < this.docOffsets[v + 1]!; j++)
          satisfied[this.docs[j]!]! |= 1 << i;
        required |= 1 << i;
      }
    });
    const counts = new Uint32Array(withCounts ? facetOf.length : 0);
    const single = (required & (required - 1)) === 0;
    const matched: number[] = [];
    for (let doc = 0; doc < docCount; doc++) {
      const has = satisfied[doc]!;
      // A document with none of the chosen facets misses them all: with two or more facets it
      // counts nowhere; with one, that facet's counts come from the totals.
      if (has === 0 && required !== 0) continue;
      const missing = required & ~has;
      if (missing === 0) {
        matched.push(doc);
        if (withCounts)
          for (let i = offsets[doc]!; i < offsets[doc + 1]!; i++) counts[values[i]!]!++;
      } else if (withCounts && !single && (missing & (missing - 1)) === 0) {
        for (let i = offsets[doc]!; i < offsets[doc + 1]!; i++)
          if (1 << facetOf[values[i]!]! === missing) counts[values[i]!]!++;
      }
    }
    const perFacet = this.split(counts, withCounts);
    if (withCounts && single && required !== 0) {
      // Only one facet is chosen: its values count over every document, as if unchosen.
      const only = FACETS.find((_, i) => required === 1 << i)!;
      perFacet[only] = totals[only];
    }
    return { matched, counts: perFacet };
  }

  /**
   * For each document, how strongly it is about the given values, as one number to sort by (0:
   * not at all): how many of them it has, then the fewer values of those facets it has in all,
   * the more. One pass over each document's row, for ranking at 100,000 claims.
   */
  aboutness(docs: readonly number[], named: Partial<Record<Facet, Iterable<number>>>): Uint32Array {
    const { offsets, values, facetOf } = this;
    const wanted = new Uint8Array(facetOf.length);
    let facets = 0;
    FACETS.forEach((f, i) => {
      for (const position of named[f] ?? []) {
        wanted[this.base[i]! + position] = 1;
        facets |= 1 << i;
      }
    });
    const keys = new Uint32Array(docs.length);
    for (let c = 0; c < docs.length; c++) {
      const doc = docs[c]!;
      let count = 0;
      let spread = 0;
      for (let i = offsets[doc]!, end = offsets[doc + 1]!; i < end; i++) {
        const v = values[i]!;
        if ((facets & (1 << facetOf[v]!)) === 0) continue;
        spread++;
        count += wanted[v]!;
      }
      keys[c] = count === 0 ? 0 : count * 256 + (255 - Math.min(spread, 255));
    }
    return keys;
  }

  private split(counts: Uint32Array, withCounts: boolean): Record<Facet, Uint32Array> {
    return Object.fromEntries(
      FACETS.map((f, i) => [
        f,
        withCounts
          ? counts.subarray(this.base[i]!, this.base[i]! + this.sizes[f])
          : new Uint32Array(0),
      ]),
    ) as Record<Facet, Uint32Array>;
  }

  /** Keeps the candidates that have a chosen value in every facet with a choice; counts unless `withCounts` is false. */
  filterAndCount(
    candidates: readonly number[],
    selection: Partial<Record<Facet, readonly number[]>>,
    withCounts = true,
  ): FacetOutcome {
    const { offsets, values, facetOf } = this;
    const chosen = new Uint8Array(facetOf.length);
    let required = 0;
    FACETS.forEach((f, i) => {
      for (const position of selection[f] ?? []) {
        chosen[this.base[i]! + position] = 1;
        required |= 1 << i;
      }
    });
    const counts = new Uint32Array(withCounts ? facetOf.length : 0);
    let matched: number[];
    if (required === 0) {
      // Nothing to filter: every candidate matches; only counting is left.
      matched = candidates as number[];
      if (withCounts) {
        for (let c = 0; c < candidates.length; c++) {
          const doc = candidates[c]!;
          for (let i = offsets[doc]!, end = offsets[doc + 1]!; i < end; i++) counts[values[i]!]!++;
        }
      }
    } else {
      matched = [];
      for (let c = 0; c < candidates.length; c++) {
        const doc = candidates[c]!;
        const start = offsets[doc]!;
        const end = offsets[doc + 1]!;
        let satisfied = 0;
        for (let i = start; i < end; i++)
          if (chosen[values[i]!]) satisfied |= 1 << facetOf[values[i]!]!;
        const missing = required & ~satisfied;
        if (missing === 0) {
          matched.push(doc);
          if (withCounts) for (let i = start; i < end; i++) counts[values[i]!]!++;
        } else if (withCounts && (missing & (missing - 1)) === 0) {
          // Fails one facet only: its values count, as choosing them would let the document in.
          for (let i = start; i < end; i++)
            if (1 << facetOf[values[i]!]! === missing) counts[values[i]!]!++;
        }
      }
    }
    return { matched, counts: this.split(counts, withCounts) };
  }
}
