/**
 * The tree layout: models on their branch, in their year band, later months higher, and never
 * two nodes overlapping at their real size — for the real models and for crowded synthetic years.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realSite } from './site';
import { FAMILIES, type Family } from '../../src/core/vocabulary';
import {
  layoutTree,
  NODE_HEIGHT,
  NODE_WIDTH,
  type LayoutInput,
  type Point,
  type TreeLayout,
} from '../../src/tree/layout';

let real: LayoutInput[];
beforeAll(async () => {
  real = [...(await realSite()).graph.all('model')];
});

/** A deterministic crowd: `count` models spread over a few years and all four branches. */
function synthetic(count: number, years = 3): LayoutInput[] {
  return Array.from({ length: count }, (_, i) => ({
    family: FAMILIES[(i * 7) % FAMILIES.length] as Family,
    year: 2020 + ((i * 13) % years),
    month: i % 5 === 0 ? undefined : 1 + ((i * 5) % 12),
  }));
}

const cases = () =>
  [
    ['the real models', real],
    ['300 synthetic models in three years', synthetic(300)],
    [
      '500 models in one year on one branch',
      synthetic(500, 1).map((m) => ({ ...m, family: 'decoder-only' as Family })),
    ],
  ] as const;

function bandOf(layout: TreeLayout, year: number) {
  const band = layout.bands.find((b) => b.year === year);
  expect(band, `a band for ${year}`).toBeDefined();
  return band!;
}

describe('layoutTree', () => {
  it('puts each model inside its branch, its node fully within the branch', () => {
    for (const [name, models] of cases()) {
      const layout = layoutTree(models);
      models.forEach((m, i) => {
        const branch = layout.branches.find((b) => b.family === m.family)!;
        const { x } = layout.positions[i]!;
        expect(x - NODE_WIDTH / 2, `${name}: model ${i}`).toBeGreaterThanOrEqual(branch.left);
        expect(x + NODE_WIDTH / 2, `${name}: model ${i}`).toBeLessThanOrEqual(branch.right);
      });
    }
  });

  it('orders the branches as the figure does, pre-transformer roots first, without overlap', () => {
    const { branches } = layoutTree(real);
    expect(branches.map((b) => b.family)).toEqual([...FAMILIES]);
    for (let i = 1; i < branches.length; i++)
      expect(branches[i]!.left).toBeGreaterThan(branches[i - 1]!.right);
  });

  it('puts each model inside its year band, with newer years higher up', () => {
    for (const [name, models] of cases()) {
      const layout = layoutTree(models);
      models.forEach((m, i) => {
        const band = bandOf(layout, m.year);
        const { y } = layout.positions[i]!;
        expect(y - NODE_HEIGHT / 2, `${name}: model ${i}`).toBeGreaterThanOrEqual(band.top);
        expect(y + NODE_HEIGHT / 2, `${name}: model ${i}`).toBeLessThanOrEqual(band.bottom);
      });
      for (let i = 1; i < layout.bands.length; i++) {
        expect(layout.bands[i]!.year).toBe(layout.bands[i - 1]!.year - 1);
        expect(layout.bands[i]!.top).toBe(layout.bands[i - 1]!.bottom);
      }
    }
  });

  it('keeps a band for every year between the oldest and newest model, empty ones too', () => {
    const layout = layoutTree([
      { family: 'pre-transformer', year: 2013 },
      { family: 'decoder-only', year: 2016 },
    ]);
    expect(layout.bands.map((b) => b.year)).toEqual([2016, 2015, 2014, 2013]);
  });

  it('never places a later month below an earlier one on the same branch and year', () => {
    for (const [name, models] of cases()) {
      const { positions } = layoutTree(models);
      models.forEach((a, i) =>
        models.forEach((b, j) => {
          if (a.family === b.family && a.year === b.year && (a.month ?? 0) < (b.month ?? 0)) {
            expect(positions[j]!.y, `${name}: ${i} before ${j}`).toBeLessThanOrEqual(
              positions[i]!.y,
            );
          }
        }),
      );
    }
  });

  it('never overlaps two nodes within a year band at their real size', () => {
    for (const [name, models] of cases()) {
      const { positions } = layoutTree(models);
      const byYear = new Map<number, Point[]>();
      models.forEach((m, i) => byYear.set(m.year, [...(byYear.get(m.year) ?? []), positions[i]!]));
      for (const [year, nodes] of byYear) {
        for (let i = 0; i < nodes.length; i++) {
          for (let j = i + 1; j < nodes.length; j++) {
            const a = nodes[i]!;
            const b = nodes[j]!;
            const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT;
            expect(
              apart,
              `${name}: two nodes of ${year} overlap at (${a.x}, ${a.y}) and (${b.x}, ${b.y})`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('widens a crowded branch rather than stacking one tall column', () => {
    const crowded = synthetic(500, 1).map((m) => ({ ...m, family: 'decoder-only' as Family }));
    const { bands, branches } = layoutTree(crowded);
    const decoder = branches.find((b) => b.family === 'decoder-only')!;
    expect(decoder.right - decoder.left).toBeGreaterThan(bands[0]!.bottom - bands[0]!.top);
  });

  it('is deterministic and handles an empty tree', () => {
    expect(layoutTree(real)).toEqual(layoutTree(real));
    expect(layoutTree([])).toMatchObject({ positions: [], bands: [] });
  });
});
