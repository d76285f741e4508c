/** The tree's data built from the real graph: every model, its relations as slugs, and its claims with their anchors. */
import { beforeAll, describe, expect, it } from 'vitest';
import { realSite } from './site';
import { GraphIndex } from '../../src/graph/query';
import type { ModelNode } from '../../src/graph/types';
import { modelClaims, treeDataFromGraph } from '../../src/tree/data';
import { released } from '../../src/tree/format';

let graph: GraphIndex;
beforeAll(async () => {
  graph = (await realSite()).graph;
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
    expect(data.organisations.map((o) => o.slug)).toEqual(
      graph.all('organisation').map((o) => o.slug),
    );
    expect(data.bands.map((b) => b.year)).toContain(Math.max(...models.map((m) => m.year)));
  });

  it("lists a model's claims in the guide's order, each linking to its anchor, with its section", () => {
    const model = graph
      .all('model')
      .find((m) => graph.in(m.id, 'involves').length > 1) as ModelNode;
    const { claims } = modelClaims(graph, model);
    expect(claims.map((c) => c.url)).toEqual(graph.in(model.id, 'involves').map((c) => c.url));
    for (const claim of claims) {
      expect(claim.url).toMatch(/^\/guide\/[^/]+\/#claim-/);
      expect(claim.section.length).toBeGreaterThan(0);
    }
  });
});

describe('a model Figure 1 draws in another year than its release', () => {
  it('is drawn in the figure’s year and said to be released in its own', async () => {
    const t0 = treeDataFromGraph((await realSite()).graph).models.find((m) => m.slug === 't0')!;
    expect(t0.year).toBe(2020);
    expect(t0.releaseYear).toBe(2021);
    expect(released(t0)).toBe('October 2021 (drawn in 2020 in Figure 1)');
  });
});

describe('the tree in Chinese', () => {
  it('has Chinese organisation names and summaries, Chinese pages, and the same layout', () => {
    const [en, zh] = [treeDataFromGraph(graph), treeDataFromGraph(graph, 'zh')];
    expect(zh.models.map((m) => [m.slug, m.x, m.y])).toEqual(
      en.models.map((m) => [m.slug, m.x, m.y]),
    );
    expect(zh.organisations.find((o) => o.slug === 'google')!.name).toBe('谷歌');
    const gpt3 = zh.models.find((m) => m.slug === 'gpt-3')!;
    expect(gpt3.name).toBe('GPT-3');
    expect(gpt3.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(gpt3.url).toBe('/zh/models/gpt-3/');
    const untranslated = zh.models.filter((m) => m.untranslated).map((m) => m.slug);
    expect(untranslated).toEqual([]);
  });

  it("lists a model's claims with Chinese texts and section titles, linking to the Chinese guide", () => {
    const model = graph.node('model:gpt-3') as ModelNode;
    const { claims } = modelClaims(graph, model, 'zh');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.url).toMatch(/^\/zh\/guide\/[^/]+\/#claim-/);
      expect(claim.text).toMatch(/[\u4e00-\u9fff]/);
      expect(claim.section).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says release dates in Chinese', async () => {
    const { treeWords } = await import('../../src/i18n/client/tree');
    const t0 = treeDataFromGraph(graph, 'zh').models.find((m) => m.slug === 't0')!;
    expect(released(t0, treeWords.zh.format, 'zh-CN')).toBe('2021年10月（图1把它画在2020年）');
  });
});
