/** The tree's data built from the real graph: every model, its relations as slugs, and its claims with their anchors. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromFolder } from '../../src/graph/index';
import { GraphIndex } from '../../src/graph/query';
import type { ModelNode } from '../../src/graph/types';
import { modelClaims, treeDataFromGraph } from '../../src/tree/data';

let graph: GraphIndex;
beforeAll(async () => {
  const { graph: built } = await buildGraphFromFolder('content');
  graph = new GraphIndex(built!);
});

describe('treeDataFromGraph', () => {
  it('has every model with its parents, organisations, claim count, page and position', () => {
    const data = treeDataFromGraph(graph);
    const models = graph.all('model');
    expect(data.models.map((m) => m.slug)).toEqual(models.map((m) => m.slug));
    for (const model of data.models) {
      const id = `model:${model.slug}`;
      expect(model.parents).toEqual(graph.out(id, 'evolves-from').map((p) => p.slug));
      expect(model.organisations).toEqual(graph.out(id, 'developed-by').map((o) => o.slug));
      expect(model.claims).toBe(graph.in(id, 'involves').length);
      expect(model.url).toBe(graph.node(id)!.url);
      expect(Number.isFinite(model.x) && Number.isFinite(model.y)).toBe(true);
    }
    expect(data.organisations.map((o) => o.slug)).toEqual(graph.all('organisation').map((o) => o.slug));
    expect(data.bands.map((b) => b.year)).toContain(Math.max(...models.map((m) => m.year)));
  });

  it("lists a model's claims in the guide's order, each linking to its anchor, with its section", () => {
    const model = graph.all('model').find((m) => graph.in(m.id, 'involves').length > 1) as ModelNode;
    const { claims } = modelClaims(graph, model);
    expect(claims.map((c) => c.url)).toEqual(graph.in(model.id, 'involves').map((c) => c.url));
    for (const claim of claims) {
      expect(claim.url).toMatch(/^\/guide\/[^/]+\/#claim-/);
      expect(claim.section.length).toBeGreaterThan(0);
    }
  });
});
