import { describe, expect, it } from 'vitest';
import { FacetIndex } from '../../../src/search/facets';
import { FACETS, type Facet } from '../../../src/search/fields';
import { seeded } from './fixtures';

const sizes = {
  type: 3,
  task: 5,
  model: 4,
  dataset: 3,
  verdict: 4,
  section: 2,
  paper: 3,
} satisfies Record<Facet, number>;

describe('facet intersection and counts', () => {
  it('ANDs across facets, ORs within one, and counts each value as if it were chosen too — checked against brute force', () => {
    const random = seeded(7);
    for (let round = 0; round < 300; round++) {
      const docs = 1 + Math.floor(random() * 40);
      // Each document has 0–3 values in each facet.
      const membership = FACETS.map((facet) =>
        Array.from({ length: docs }, () => [
          ...new Set(
            Array.from({ length: Math.floor(random() * 4) }, () =>
              Math.floor(random() * sizes[facet]),
            ),
          ),
        ]),
      );
      const index = new FacetIndex(
        docs,
        sizes,
        (d, facet) => membership[FACETS.indexOf(facet)]![d]!,
      );
      const chosen: Partial<Record<Facet, number[]>> = {};
      for (const facet of FACETS)
        if (random() < 0.4)
          chosen[facet] = [
            ...new Set([Math.floor(random() * sizes[facet]), Math.floor(random() * sizes[facet])]),
          ];
      const candidates = Array.from({ length: docs }, (_, d) => d).filter(() => random() < 0.8);
      const passes = (d: number, except?: Facet) =>
        FACETS.every(
          (facet, f) =>
            facet === except ||
            !chosen[facet] ||
            membership[f]![d]!.some((v) => chosen[facet]!.includes(v)),
        );

      const { matched, counts } = index.filterAndCount(candidates, chosen);
      expect(matched).toEqual(candidates.filter((d) => passes(d)));
      FACETS.forEach((facet, f) => {
        const expected = Array.from(
          { length: sizes[facet] },
          (_, v) =>
            candidates.filter((d) => passes(d, facet) && membership[f]![d]!.includes(v)).length,
        );
        expect(Array.from(counts[facet]), `${facet} in round ${round}`).toEqual(expected);
      });
      expect(index.filterAndCount(candidates, chosen, false).matched).toEqual(matched);

      // Browsing every document from the chosen values' own lists gives the same as scanning them all.
      const all = Array.from({ length: docs }, (_, d) => d);
      const scanned = index.filterAndCount(all, chosen);
      const browsed = index.browse(chosen, index.filterAndCount(all, {}).counts);
      expect(browsed.matched, `round ${round}`).toEqual(scanned.matched);
      for (const facet of FACETS)
        expect(Array.from(browsed.counts[facet]), `${facet} browsing in round ${round}`).toEqual(
          Array.from(scanned.counts[facet]),
        );
    }
  });

  it("keeps the candidates' order and counts zero for values no result has", () => {
    const index = new FacetIndex(3, sizes, (d, facet) =>
      facet === 'task' ? [[0], [1], [0, 1]][d]! : [],
    );
    const { matched, counts } = index.filterAndCount([2, 0, 1], { task: [0] });
    expect(matched).toEqual([2, 0]);
    expect(Array.from(counts.task)).toEqual([2, 2, 0, 0, 0]);
    expect(Array.from(counts.model)).toEqual([0, 0, 0, 0]);
  });
});

describe('aboutness', () => {
  it('counts the named values a document has, then prefers fewer values of those facets — checked against brute force', () => {
    const random = seeded(11);
    for (let round = 0; round < 200; round++) {
      const docs = 1 + Math.floor(random() * 30);
      const membership = FACETS.map((facet) =>
        Array.from({ length: docs }, () => [
          ...new Set(
            Array.from({ length: Math.floor(random() * 4) }, () =>
              Math.floor(random() * sizes[facet]),
            ),
          ),
        ]),
      );
      const of = (facet: Facet, d: number) => membership[FACETS.indexOf(facet)]![d]!;
      const index = new FacetIndex(docs, sizes, (d, facet) => of(facet, d));
      const named: Partial<Record<Facet, number[]>> = {};
      for (const facet of ['task', 'model', 'dataset'] as const)
        if (random() < 0.5) named[facet] = [Math.floor(random() * sizes[facet])];
      const all = Array.from({ length: docs }, (_, d) => d);
      const keys = index.aboutness(all, named);
      for (const d of all) {
        const facets = Object.keys(named) as Facet[];
        const count = facets.reduce(
          (n, f) => n + of(f, d).filter((v) => named[f]!.includes(v)).length,
          0,
        );
        const spread = facets.reduce((n, f) => n + of(f, d).length, 0);
        expect(keys[d], `round ${round}, doc ${d}`).toBe(
          count === 0 ? 0 : count * 256 + 255 - spread,
        );
      }
    }
  });
});
