/**
 * The real content's integrity, beyond what the schema can say: every section makes claims,
 * every node is used, the lineage is a forest running forward in time, and every link the
 * prose makes to a claim or section lands on one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { realSite } from './site';
import { GraphIndex } from '../../src/graph/query';
import type { Outcome } from '../../src/core/vocabulary';
import type { DecisionFlow } from '../../src/graph/decision-flow';
import type { ClaimNode, ModelNode } from '../../src/graph/types';

let graph: GraphIndex;
let flow: DecisionFlow;
beforeAll(async () => {
  const site = await realSite();
  graph = site.graph;
  flow = site.flow!;
});

describe('sections and claims', () => {
  it("has the paper's eleven sections in order", () => {
    expect(graph.all('section').map((s) => s.slug)).toEqual([
      'introduction',
      'models',
      'data',
      'nlu',
      'generation',
      'knowledge',
      'scaling',
      'miscellaneous',
      'real-world',
      'other-considerations',
      'conclusion',
    ]);
  });

  it('every section makes claims, and every task section states its takeaways', () => {
    for (const section of graph.all('section')) {
      const claims = graph.in(section.id, 'in-section') as ClaimNode[];
      expect(claims.length, section.slug).toBeGreaterThan(0);
      if (!['models', 'conclusion'].includes(section.slug)) {
        expect(
          claims.some((c) => c.kind === 'takeaway'),
          `${section.slug} has a takeaway`,
        ).toBe(true);
      }
    }
  });

  it("the introduction carries the paper's four headline guidelines", () => {
    const takeaways = graph
      .in('section:introduction', 'in-section')
      .filter((c) => (c as ClaimNode).kind === 'takeaway');
    expect(takeaways).toHaveLength(4);
  });

  it('every claim has text, a verdict and at least one task', () => {
    for (const claim of graph.all('claim')) {
      expect(claim.text.trim().length, claim.id).toBeGreaterThan(30);
      expect(claim.verdict, claim.id).toBeTruthy();
      expect(graph.out(claim.id, 'addresses').length, claim.id).toBeGreaterThan(0);
    }
  });
});

describe('nodes', () => {
  it('every task is addressed by a claim or measured by a dataset', () => {
    const unused = graph
      .all('task')
      .filter((t) => graph.in(t.id, 'addresses').length + graph.in(t.id, 'measures').length === 0);
    expect(unused.map((t) => t.slug)).toEqual([]);
  });

  it('every dataset is named by a claim', () => {
    const unused = graph.all('dataset').filter((d) => graph.in(d.id, 'uses-dataset').length === 0);
    expect(unused.map((d) => d.slug)).toEqual([]);
  });

  it('every model is drawn in Figure 1, named by a claim, or a parent of one that is', () => {
    const unjustified = graph
      .all('model')
      .filter(
        (m) =>
          !m.inFigure1 &&
          graph.in(m.id, 'involves').length === 0 &&
          graph.in(m.id, 'evolves-from').length === 0,
      );
    expect(unjustified.map((m) => m.slug)).toEqual([]);
  });

  it('every organisation has a model, and every model an organisation', () => {
    for (const org of graph.all('organisation'))
      expect(graph.in(org.id, 'developed-by').length, org.id).toBeGreaterThan(0);
    for (const model of graph.all('model'))
      expect(graph.out(model.id, 'developed-by').length, model.id).toBeGreaterThan(0);
  });

  it('every reference is cited by a claim, except the survey itself', () => {
    const uncited = graph
      .all('reference')
      .filter((r) => r.slug !== 'yang-2023' && graph.in(r.id, 'cites').length === 0);
    expect(uncited.map((r) => r.slug)).toEqual([]);
  });

  it('Figure 1 has its sixty-one models on the four branches', () => {
    const drawn = graph.all('model').filter((m) => m.inFigure1);
    expect(drawn).toHaveLength(61);
    expect(new Set(drawn.map((m) => m.family))).toEqual(
      new Set(['pre-transformer', 'encoder-only', 'encoder-decoder', 'decoder-only']),
    );
  });

  it('the lineage is a forest that runs forward in time', () => {
    const models = new Map(graph.all('model').map((m) => [m.id, m]));
    const when = (m: ModelNode) => m.year * 12 + (m.month ?? 0);
    for (const model of models.values()) {
      const seen = new Set<string>();
      const stack = [model.id];
      while (stack.length) {
        const id = stack.pop()!;
        for (const parent of graph.out(id, 'evolves-from') as ModelNode[]) {
          expect(parent.id, `cycle through ${model.id}`).not.toBe(model.id);
          if (!seen.has(parent.id)) stack.push(parent.id);
          seen.add(parent.id);
        }
      }
      for (const parent of graph.out(model.id, 'evolves-from') as ModelNode[]) {
        expect(parent.year, `${model.id} after ${parent.id}`).toBeLessThanOrEqual(model.year);
        if (parent.month && model.month && parent.year === model.year)
          expect(when(parent)).toBeLessThanOrEqual(when(model));
      }
    }
  });
});

describe('links in the prose', () => {
  it('every link to a section or claim lands on one', async () => {
    const claims = new Map(graph.all('claim').map((c) => [c.slug, c]));
    const broken: string[] = [];
    for (const name of (await readdir('content/guide')).filter((n) => n.endsWith('.mdx'))) {
      const slug = name.replace(/\.mdx$/, '');
      const body = (await readFile(`content/guide/${name}`, 'utf8'))
        .split(/^---$/m)
        .slice(2)
        .join('---');
      // Links to guide sections and claims; other site links are checked in the built site (tests/e2e/links.spec.ts).
      for (const [, target] of body.matchAll(/\]\((\/guide\/[^)\s]*|#[^)\s]*)\)/g)) {
        const [path = '', hash] = target!.split('#');
        const section = path ? /^\/guide\/([^/]+)\/$/.exec(path)?.[1] : slug;
        if (!section || !graph.nodeOf('section', section)) {
          broken.push(`${name}: ${target}`);
          continue;
        }
        if (hash?.startsWith('claim-')) {
          const claim = claims.get(hash.slice('claim-'.length));
          if (!claim || graph.out(claim.id, 'in-section')[0]?.slug !== section)
            broken.push(`${name}: ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the decision flow of Figure 2', () => {
  it("asks the figure's ten questions in the figure's order", () => {
    const order: string[] = [];
    for (let id: string | undefined = flow.start; id;) {
      order.push(id);
      const q = flow.questions.find((question) => question.id === id)!;
      // The figure's main line follows "no" except at the knowledge questions, where it follows "yes".
      id = q.no.next ?? q.yes.next;
    }
    expect(order).toEqual([
      'mimicking-humans',
      'emergent-abilities',
      'multiple-tasks',
      'far-from-language-modelling',
      'few-labels',
      'out-of-distribution',
      'creative-generation',
      'knowledge-intensive',
      'context-has-knowledge',
      'knowledge-inconsistent',
    ]);
  });

  it('reaches every outcome, each justified by claims', () => {
    const outcomes = new Set<Outcome>();
    for (const q of flow.questions) {
      for (const branch of [q.yes, q.no]) {
        if (!branch.outcome) continue;
        outcomes.add(branch.outcome);
        expect(branch.because.length, q.id).toBeGreaterThan(0);
        for (const claim of branch.because)
          expect(graph.nodeOf('claim', claim), claim).toBeDefined();
      }
    }
    expect(outcomes).toEqual(new Set(['llm', 'fine-tuned', 'none']));
  });
});
