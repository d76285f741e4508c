/** Lineage questions over the tree's parent links: relate (nearest common ancestor), focus depth, arrow-key steps. */
import { beforeAll, describe, expect, it } from 'vitest';
import { realSite } from './site';
import { treeDataFromGraph } from '../../src/tree/data';
import { lineageIndex, pathOf, relate, step, within, type Lineage } from '../../src/tree/lineage';
import type { TreeModel } from '../../src/tree/types';
import { syntheticTree } from '../../bench/synthetic-tree';

/** A small hand-made family: two roots, a diamond, and cousins. */
const family = (
  [
    ['root', []],
    ['other-root', []],
    ['a', ['root']],
    ['b', ['root']],
    ['a1', ['a']],
    ['a2', ['a1']],
    ['b1', ['b']],
    ['diamond', ['a1', 'b1']],
    ['lone', ['other-root']],
  ] as const
).map(([slug, parents], i) => ({
  slug,
  parents: [...parents],
  family: 'decoder-only' as const,
  year: 2010 + i,
  x: i * 10,
  y: -i * 10,
}));

describe('relate: the path through the nearest common ancestor', () => {
  const lineage = lineageIndex(family);
  it('climbs from one model to the shared ancestor and down to the other', () => {
    expect(relate(lineage, 'a2', 'b1')).toEqual({
      ancestor: 'root',
      up: ['a2', 'a1', 'a', 'root'],
      down: ['root', 'b', 'b1'],
    });
    expect(pathOf(relate(lineage, 'a2', 'b1')!)).toEqual(['a2', 'a1', 'a', 'root', 'b', 'b1']);
  });
  it('when one model descends from the other, the ancestor is that model', () => {
    expect(relate(lineage, 'a', 'a2')).toEqual({
      ancestor: 'a',
      up: ['a'],
      down: ['a', 'a1', 'a2'],
    });
    expect(relate(lineage, 'a2', 'a')).toEqual({
      ancestor: 'a',
      up: ['a2', 'a1', 'a'],
      down: ['a'],
    });
  });
  it('takes the nearest ancestor through either parent of a model with two', () => {
    expect(relate(lineage, 'diamond', 'b')).toEqual({
      ancestor: 'b',
      up: ['diamond', 'b1', 'b'],
      down: ['b'],
    });
  });
  it('says when two models share no ancestor, or a model is unknown', () => {
    expect(relate(lineage, 'lone', 'a2')).toBeUndefined();
    expect(relate(lineage, 'nope', 'a2')).toBeUndefined();
  });
});

describe('relate on the real tree', () => {
  let lineage: Lineage<TreeModel>;
  beforeAll(async () => {
    lineage = lineageIndex(treeDataFromGraph((await realSite()).graph).models);
  });
  it('GPT-1 to ChatGPT runs through GPT-2, GPT-3 and InstructGPT', () => {
    expect(pathOf(relate(lineage, 'gpt-1', 'chatgpt')!)).toEqual([
      'gpt-1',
      'gpt-2',
      'gpt-3',
      'instructgpt',
      'chatgpt',
    ]);
  });
  it('ChatGPT and BERT grew from separate roots', () => {
    expect(relate(lineage, 'chatgpt', 'bert')).toBeUndefined();
  });
});

describe('relate agrees with brute force on a big synthetic tree', () => {
  const tree = syntheticTree(2_000);
  const lineage = lineageIndex(tree.models);
  const ancestors = (slug: string) => {
    const found = new Map<string, number>([[slug, 0]]);
    const queue = [slug];
    while (queue.length) {
      const s = queue.shift()!;
      for (const p of lineage.models.get(s)!.parents)
        if (!found.has(p)) {
          found.set(p, found.get(s)! + 1);
          queue.push(p);
        }
    }
    return found;
  };
  it('finds the smallest total distance, and a valid parent chain each way', () => {
    for (let i = 0; i < 200; i++) {
      const a = tree.models[(i * 37) % tree.models.length]!.slug;
      const b = tree.models[(i * 101 + 7) % tree.models.length]!.slug;
      const [da, db] = [ancestors(a), ancestors(b)];
      const best = Math.min(...[...da].filter(([s]) => db.has(s)).map(([s, d]) => d + db.get(s)!));
      const relation = relate(lineage, a, b);
      if (!Number.isFinite(best)) {
        expect(relation).toBeUndefined();
        continue;
      }
      expect(relation!.up.length - 1 + relation!.down.length - 1).toBe(best);
      const { up, down } = relation!;
      for (let k = 1; k < up.length; k++)
        expect(lineage.models.get(up[k - 1]!)!.parents).toContain(up[k]);
      for (let k = 1; k < down.length; k++)
        expect(lineage.models.get(down[k]!)!.parents).toContain(down[k - 1]);
    }
  });
});

describe('within: focus on a lineage, to a depth', () => {
  const lineage = lineageIndex(family);
  it('takes 1, 2 or all generations each way', () => {
    expect([...within(lineage, 'a1', 1)].sort()).toEqual(['a', 'a1', 'a2', 'diamond']);
    expect([...within(lineage, 'a1', 2)].sort()).toEqual(['a', 'a1', 'a2', 'diamond', 'root']);
    expect([...within(lineage, 'b1', 'all')].sort()).toEqual(['b', 'b1', 'diamond', 'root']);
    expect(within(lineage, 'nope', 'all').size).toBe(0);
  });
});

describe('step: where the arrow keys lead', () => {
  const cell = [
    { slug: 'p', parents: [], family: 'decoder-only' as const, year: 2020, x: 0, y: 100 },
    { slug: 'c1', parents: ['p'], family: 'decoder-only' as const, year: 2021, x: 0, y: 0 },
    { slug: 'c2', parents: ['p'], family: 'decoder-only' as const, year: 2021, x: 150, y: 0 },
    { slug: 'c3', parents: ['p'], family: 'decoder-only' as const, year: 2021, x: 300, y: 0 },
    { slug: 'e', parents: [], family: 'encoder-only' as const, year: 2021, x: 900, y: 0 },
  ];
  const lineage = lineageIndex(cell);
  it('up to a parent, down to a child, sideways within the same branch and year', () => {
    expect(step(lineage, 'c2', 'up')).toBe('p');
    expect(step(lineage, 'p', 'down')).toBe('c1');
    expect(step(lineage, 'c1', 'right')).toBe('c2');
    expect(step(lineage, 'c2', 'left')).toBe('c1');
    expect(step(lineage, 'c3', 'right')).toBeUndefined();
    expect(step(lineage, 'p', 'up')).toBeUndefined();
  });
  it('skips models that are not shown', () => {
    expect(step(lineage, 'c1', 'right', (s) => s !== 'c2')).toBe('c3');
    expect(step(lineage, 'p', 'down', (s) => s !== 'c1')).toBe('c2');
  });
});
