/**
 * What entity and index pages compute from the graph: a model's lineage (cut for huge families),
 * its organisation's other models, a node's verdict counts, and parameter counts for sorting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realSite } from './site';
import { GraphIndex } from '../../src/graph/query';
import type { ClaimNode, GraphEdge, ModelNode } from '../../src/graph/types';
import { lineageOf, siblingsOf, type Descendant } from '../../src/views/lineage';
import { parameterCount } from '../../src/core/parameters';
import { verdictCounts } from '../../src/views/verdicts';

let graph: GraphIndex;
beforeAll(async () => {
  graph = (await realSite()).graph;
});
const model = (slug: string) => graph.nodeOf('model', slug)!;
const slugs = (models: ModelNode[]) => models.map((m) => m.slug);
const tree = (descendants: Descendant[]): unknown =>
  descendants.map((d) => (d.children.length ? { [d.model.slug]: tree(d.children) } : d.model.slug));

describe("a model's lineage", () => {
  it('lists ancestors oldest first and descendants as a tree', () => {
    const lineage = lineageOf(graph, model('gpt-3'));
    expect(lineage.ancestors.map((g) => slugs(g.models))).toEqual([['gpt-1'], ['gpt-2']]);
    expect(tree(lineage.descendants)).toEqual(['codex', { instructgpt: ['chatgpt'] }]);
    expect(lineage).toMatchObject({
      ancestorCount: 2,
      descendantCount: 3,
      olderAncestors: false,
      moreChildren: 0,
    });
  });

  it("puts a model's several parents in one generation", () => {
    expect(lineageOf(graph, model('brio')).ancestors.map((g) => slugs(g.models))).toEqual([
      ['bart', 'pegasus'],
    ]);
  });

  it('is empty for a model with no recorded relatives', () => {
    const loner = graph
      .all('model')
      .find(
        (m) =>
          graph.out(m.id, 'evolves-from').length === 0 &&
          graph.in(m.id, 'evolves-from').length === 0,
      )!;
    expect(lineageOf(graph, loner)).toMatchObject({
      ancestors: [],
      descendants: [],
      ancestorCount: 0,
      descendantCount: 0,
    });
  });

  it('cuts long lines and large families, and says how much it left out', () => {
    // A chain m0 ← m1 ← … ← m9, and m9 with twenty children.
    const m = (i: number): ModelNode => ({
      id: `model:m${i}`,
      type: 'model',
      slug: `m${i}`,
      label: `M${i}`,
      name: `M${i}`,
      aliases: [],
      year: 2000 + i,
      family: 'decoder-only',
      open: true,
      inFigure1: false,
    });
    const nodes = Array.from({ length: 30 }, (_, i) => m(i));
    const edges: GraphEdge[] = [
      ...Array.from({ length: 9 }, (_, i) => ({
        source: `model:m${i + 1}`,
        target: `model:m${i}`,
        type: 'evolves-from' as const,
      })),
      ...Array.from({ length: 20 }, (_, i) => ({
        source: `model:m${i + 10}`,
        target: 'model:m9',
        type: 'evolves-from' as const,
      })),
    ];
    const big = new GraphIndex({ version: 1, nodes, edges });
    const limits = { generations: 3, breadth: 5, descendants: 30, count: 1000 };
    const lineage = lineageOf(big, big.nodeOf('model', 'm9')!, limits);
    expect(lineage.ancestors.map((g) => slugs(g.models))).toEqual([['m6'], ['m7'], ['m8']]);
    expect(lineage.olderAncestors).toBe(true);
    expect(slugs(lineage.descendants.map((d) => d.model))).toEqual([
      'm10',
      'm11',
      'm12',
      'm13',
      'm14',
    ]);
    expect(lineage.moreChildren).toBe(15);
    expect(lineage).toMatchObject({ ancestorCount: 9, descendantCount: 20 });
    // Deep descendants: from m0 the chain runs past the cut, which reports what is hidden below.
    const fromRoot = lineageOf(big, big.nodeOf('model', 'm0')!, limits);
    expect(tree(fromRoot.descendants)).toEqual([{ m1: [{ m2: ['m3'] }] }]);
    expect(fromRoot.descendants[0]!.children[0]!.children[0]!.more).toBe(1);
    // Counts for the caption stop at the cap.
    expect(
      lineageOf(big, big.nodeOf('model', 'm0')!, { ...limits, count: 10 }).descendantCount,
    ).toBe(10);
  });

  it('draws at most a few dozen descendants in all, nearest generations first', () => {
    // A full binary family five generations deep: 62 descendants of the root.
    const nodes: ModelNode[] = [];
    const edges: GraphEdge[] = [];
    const add = (slug: string, depth: number, parent?: string) => {
      nodes.push({
        id: `model:${slug}`,
        type: 'model',
        slug,
        label: slug,
        name: slug,
        aliases: [],
        year: 2000 + depth,
        family: 'decoder-only',
        open: true,
        inFigure1: false,
      });
      if (parent)
        edges.push({ source: `model:${slug}`, target: `model:${parent}`, type: 'evolves-from' });
      if (depth < 5) for (const side of ['a', 'b']) add(`${slug}${side}`, depth + 1, slug);
    };
    add('r', 0);
    const family = new GraphIndex({ version: 1, nodes, edges });
    const lineage = lineageOf(family, family.nodeOf('model', 'r')!, {
      generations: 5,
      breadth: 8,
      descendants: 10,
      count: 1000,
    });
    const drawn: Descendant[] = [];
    const walk = (ds: Descendant[]) => ds.forEach((d) => drawn.push(d) && walk(d.children));
    walk(lineage.descendants);
    expect(drawn).toHaveLength(10);
    // Generations 1 and 2 (six models) in full, then four of generation 3.
    expect(drawn.filter((d) => d.model.year === 2003)).toHaveLength(4);
    expect(lineage.descendantCount).toBe(62);
  });
});

describe("the organisation's other models", () => {
  it('lists them oldest first, without the model itself', () => {
    const openai = graph.nodeOf('organisation', 'openai')!;
    const { models, more } = siblingsOf(graph, model('gpt-3'), openai.id);
    expect(slugs(models)).not.toContain('gpt-3');
    expect(slugs(models)).toContain('gpt-2');
    expect(models.map((m) => m.year)).toEqual([...models.map((m) => m.year)].sort());
    expect(more).toBe(0);
  });

  it('keeps the ones nearest in time when there are many', () => {
    const google = graph.nodeOf('organisation', 'google')!;
    const all = graph.in(google.id, 'developed-by').length - 1;
    const { models, more } = siblingsOf(graph, model('palm'), google.id, 5);
    expect(models).toHaveLength(5);
    expect(more).toBe(all - 5);
    for (const m of models) expect(Math.abs(m.year - 2022), m.slug).toBeLessThanOrEqual(1);
  });
});

describe('verdict counts', () => {
  it('counts every verdict, zeros included, in a fixed order', () => {
    const claims = graph.in('task:ner', 'addresses') as ClaimNode[];
    const counts = verdictCounts(claims);
    expect(counts.map((c) => c.verdict)).toEqual([
      'llm',
      'fine-tuned',
      'comparable',
      'depends',
      'neither',
    ]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(claims.length);
    for (const { verdict, count } of counts)
      expect(count).toBe(claims.filter((c) => c.verdict === verdict).length);
  });
});

describe('parameter counts', () => {
  it('reads the sizes as published', () => {
    expect(parameterCount('175B')).toBe(175e9);
    expect(parameterCount('1.6T')).toBe(1.6e12);
    expect(parameterCount('66M')).toBe(66e6);
    expect(parameterCount('~ 7b')).toBe(7e9);
  });

  it('leaves anything else unknown', () => {
    for (const text of [undefined, '', 'unknown', '175', 'B175', '1.2.3B'])
      expect(parameterCount(text), String(text)).toBeUndefined();
  });
});
