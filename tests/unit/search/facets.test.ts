import { describe, expect, it } from 'vitest';
import { buildRows, filterAndCount, type FacetRows, type Selection } from '../../../src/search/facets';
import { FACETS, type Facet } from '../../../src/search/fields';
import { seeded } from './fixtures';

/** Random documents: each has 0–3 values in each facet. */
function randomRows(random: () => number, docs: number, sizes: Record<Facet, number>) {
  const membership = FACETS.map((facet) =>
    Array.from({ length: docs }, () => [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * sizes[facet])))]),
  );
  const rows = Object.fromEntries(FACETS.map((facet, f) => [facet, buildRows(docs, (d) => membership[f]![d]!)])) as Record<Facet, FacetRows>;
  return { membership, rows };
}

describe('facet intersection and counts', () => {
  const sizes = { type: 3, task: 5, model: 4, dataset: 3, verdict: 4, section: 2 } satisfies Record<Facet, number>;

  it('ANDs across facets, ORs within one, and counts each value as if it were chosen too — checked against brute force', () => {
    const random = seeded(7);
    for (let round = 0; round < 200; round++) {
      const docs = 1 + Math.floor(random() * 40);
      const { membership, rows } = randomRows(random, docs, sizes);
      const chosen: Partial<Record<Facet, number[]>> = {};
      for (const facet of FACETS) if (random() < 0.4) chosen[facet] = [Math.floor(random() * sizes[facet]), Math.floor(random() * sizes[facet])];
      const selection: Selection = {};
      for (const facet of FACETS) {
        if (!chosen[facet]) continue;
        selection[facet] = new Uint8Array(sizes[facet]);
        for (const v of chosen[facet]) selection[facet][v] = 1;
      }
      const candidates = Array.from({ length: docs }, (_, d) => d).filter(() => random() < 0.8);
      const passes = (d: number, except?: Facet) =>
        FACETS.every((facet, f) => facet === except || !chosen[facet] || membership[f]![d]!.some((v) => chosen[facet]!.includes(v)));

      const { matched, counts } = filterAndCount(candidates, rows, sizes, selection);
      expect(matched).toEqual(candidates.filter((d) => passes(d)));
      FACETS.forEach((facet, f) => {
        const expected = Array.from({ length: sizes[facet] }, (_, v) => candidates.filter((d) => passes(d, facet) && membership[f]![d]!.includes(v)).length);
        expect(Array.from(counts[facet]), `${facet} in round ${round}`).toEqual(expected);
      });
    }
  });

  it('keeps the candidates\' order and counts zero for values no result has', () => {
    const rows = Object.fromEntries(FACETS.map((f) => [f, buildRows(3, (d) => (f === 'task' ? [[0], [1], [0, 1]][d]! : []))])) as Record<Facet, FacetRows>;
    const { matched, counts } = filterAndCount([2, 0, 1], rows, sizes, { task: Uint8Array.from([1, 0, 0, 0, 0]) });
    expect(matched).toEqual([2, 0]);
    expect(Array.from(counts.task)).toEqual([2, 2, 0, 0, 0]);
  });
});
