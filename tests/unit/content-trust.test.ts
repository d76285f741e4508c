/**
 * Trust in the real content: every claim traceable to the paper, the paper's words kept apart from
 * the guide's own. Each test guards a fix that must not come back: verdicts, citations, dates,
 * Figure 1's lineage, provenance, Table 1, section 5 and the guide's advice asides.
 */
import { readFile, readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphIndex } from '../../src/graph/query';
import type { PaperTable } from '../../src/graph/schema';
import { realSite } from './site';
import { PAPER_SECTIONS, REMARKS } from '../../src/core/vocabulary';
import type { ClaimNode } from '../../src/graph/types';

let graph: GraphIndex;
let table1: PaperTable | undefined;
beforeAll(async () => {
  const site = await realSite();
  graph = site.graph;
  table1 = site.table1;
});

const claim = (slug: string) => {
  const node = graph.nodeOf('claim', slug);
  expect(node, `claim ${slug}`).toBeDefined();
  return node!;
};
const model = (slug: string) => {
  const node = graph.nodeOf('model', slug);
  expect(node, `model ${slug}`).toBeDefined();
  return node!;
};
const slugsOut = (id: string, type: 'cites' | 'evolves-from') =>
  graph
    .out(id, type)
    .map((n) => n.slug)
    .sort();
const sectionOf = (c: ClaimNode) => graph.out(c.id, 'in-section')[0]!.slug;
const claimsOf = (section: string) => graph.in(`section:${section}`, 'in-section');

/** The MDX body of a guide page, without its frontmatter. */
async function body(section: string) {
  const text = await readFile(`content/guide/${section}.mdx`, 'utf8');
  return text.split(/^---$/m).slice(2).join('---');
}

describe('verdicts', () => {
  it("marks the knowledge tasks no model does well on yet as 'neither' (Figure 2's question mark)", () => {
    for (const slug of [
      'knowledge-useless-or-contrary',
      'knowledge-mnist-ascii',
      'knowledge-redefine-math',
    ])
      expect(claim(slug).verdict, slug).toBe('neither');
  });
});

describe('citations', () => {
  it('cites the three shift surveys for the kinds of shift, not for LLMs coping with them', () => {
    const shifts = ['du-2022', 'qiu-2022', 'zhou-2022'];
    expect(slugsOut(claim('data-shift-kinds').id, 'cites')).toEqual(shifts);
    expect(slugsOut(claim('data-shift-llms-robust').id, 'cites')).toEqual([]);
    expect(slugsOut(claim('data-shift-hampers-fine-tuned').id, 'cites')).toEqual([]);
  });
});

describe('models and Figure 1', () => {
  it('dates T0 by its paper, October 2021, and draws it where Figure 1 does, in 2020', () => {
    const t0 = model('t0');
    expect([t0.year, t0.month, t0.figureYear]).toEqual([2021, 10, 2020]);
    expect(t0.inFigure1).toBe(true);
  });

  it("draws Figure 1's Anthropic branch as one lineage from Anthropic LM", () => {
    expect(slugsOut('model:anthropic-lm-v4-s3', 'evolves-from')).toEqual(['anthropic-lm']);
    expect(slugsOut('model:claude', 'evolves-from')).toEqual(['anthropic-lm']);
    expect(slugsOut('model:claude-2', 'evolves-from')).toEqual(['claude']);
    for (const slug of ['anthropic-lm', 'anthropic-lm-v4-s3', 'claude', 'claude-2'])
      expect(
        graph.out(`model:${slug}`, 'developed-by').map((o) => o.slug),
        slug,
      ).toEqual(['anthropic']);
  });
});

describe('provenance', () => {
  /** The part of the paper each guide page presents. */
  const PAGE_SECTION: Record<string, string> = {
    introduction: '1',
    models: '2',
    data: '3',
    nlu: '4.1',
    generation: '4.2',
    knowledge: '4.3',
    scaling: '4.4',
    miscellaneous: '4.5',
    'real-world': '4.6',
    'other-considerations': '5',
    conclusion: '6',
  };
  const within = (section: string, chapter: string) =>
    section === chapter || section.startsWith(`${chapter}.`);

  it('gives every claim a section of the English original', () => {
    const missing = graph
      .all('claim')
      .filter((c) => !c.paper)
      .map((c) => c.slug);
    expect(missing).toEqual([]);
    for (const c of graph.all('claim')) expect(PAPER_SECTIONS, c.slug).toContain(c.paper!.section);
  });

  it("places every claim other than a takeaway in its own page's part of the paper", () => {
    expect(Object.keys(PAGE_SECTION).sort()).toEqual(
      graph
        .all('section')
        .map((s) => s.slug)
        .sort(),
    );
    for (const c of graph.all('claim')) {
      if (c.kind === 'takeaway') continue;
      const page = sectionOf(c);
      expect(within(c.paper!.section, PAGE_SECTION[page]!), `${c.slug} on ${page}`).toBe(true);
    }
  });

  it("gives every takeaway the box and point it restates, in the box's section", () => {
    for (const c of graph.all('claim')) {
      if (c.kind !== 'takeaway') continue;
      const { section, remark, point } = c.paper!;
      expect(remark, c.slug).toBeDefined();
      expect(point, c.slug).toBeDefined();
      const box = REMARKS[remark as keyof typeof REMARKS];
      expect(box, c.slug).toBeDefined();
      expect(section, c.slug).toBe(box.section);
      expect(point!, c.slug).toBeLessThanOrEqual(box.points);
      // A takeaway outside the introduction sits on the page of its box.
      if (sectionOf(c) !== 'introduction')
        expect(within(section, PAGE_SECTION[sectionOf(c)]!), c.slug).toBe(true);
    }
  });

  it('restates every point of every takeaway box', () => {
    const restated = new Set(
      graph
        .all('claim')
        .filter((c) => c.kind === 'takeaway')
        .map((c) => `${c.paper!.remark}.${c.paper!.point}`),
    );
    const expected = Object.entries(REMARKS).flatMap(([n, box]) =>
      Array.from({ length: box.points }, (_, i) => `${n}.${i + 1}`),
    );
    expect(expected.filter((p) => !restated.has(p))).toEqual([]);
  });
});

describe('Table 1', () => {
  it("has the paper's two rows with its representative models, in the table's order", () => {
    expect(table1).toBeDefined();
    const rows = table1!.rows;
    expect(rows.map((r) => [r.training, r.modelType, r.pretrainingTask])).toEqual([
      ['Masked language models', 'Discriminative', 'Predict masked words'],
      ['Autoregressive language models', 'Generative', 'Predict the next word'],
    ]);
    expect(rows[0]!.families.sort()).toEqual(['encoder-decoder', 'encoder-only']);
    expect(rows[1]!.families).toEqual(['decoder-only']);
    expect(rows[0]!.models).toEqual([
      'elmo',
      'bert',
      'roberta',
      'distilbert',
      'biobert',
      'xlm',
      'xlnet',
      'albert',
      'electra',
      't5',
      'glm',
      'xlm-e',
      'st-moe',
      'alexatm',
    ]);
    expect(rows[1]!.models).toEqual([
      'gpt-3',
      'opt',
      'palm',
      'bloom',
      'mt-nlg',
      'glam',
      'gopher',
      'chinchilla',
      'lamda',
      'gpt-j',
      'llama',
      'gpt-4',
      'bloomberggpt',
    ]);
  });

  it('keeps XLNet where each exhibit puts it: BERT-style in Table 1, decoder-only in Figure 1', () => {
    expect(table1!.rows[0]!.models).toContain('xlnet');
    expect(model('xlnet').family).toBe('decoder-only');
  });

  it("adds the table's models that Figure 1 does not draw, and every row is stated by a claim", () => {
    for (const slug of ['biobert', 'xlm', 'xlm-e', 'alexatm'])
      expect(model(slug).inFigure1, slug).toBe(false);
    const named = (id: string) =>
      graph
        .out(claim(id).id, 'involves')
        .map((m) => m.slug)
        .sort();
    expect(named('models-table1-bert-style')).toEqual([...table1!.rows[0]!.models].sort());
    expect(named('models-table1-gpt-style')).toEqual([...table1!.rows[1]!.models].sort());
  });
});

describe('section 5, Other considerations', () => {
  it('sits between the real-world tasks and the conclusion', () => {
    const order = graph.all('section').map((s) => s.slug);
    expect(order.slice(-3)).toEqual(['real-world', 'other-considerations', 'conclusion']);
  });

  it("states Remark 8's three points as takeaways and places its other claims in 5.1-5.3", () => {
    const claims = claimsOf('other-considerations');
    const takeaways = claims.filter((c) => c.kind === 'takeaway');
    expect(takeaways.map((c) => [c.paper!.section, c.paper!.remark, c.paper!.point])).toEqual([
      ['5', 8, 1],
      ['5', 8, 2],
      ['5', 8, 3],
    ]);
    const subsections = new Set(
      claims.filter((c) => c.kind !== 'takeaway').map((c) => c.paper!.section),
    );
    for (const s of ['5.1', '5.2', '5.3']) expect(subsections, s).toContain(s);
  });

  it('says near the top that the section is missing from the Chinese rendering', async () => {
    const text = await body('other-considerations');
    const note = text.indexOf('**About this section.**');
    expect(note).toBeGreaterThanOrEqual(0);
    expect(note).toBeLessThan(text.indexOf('\n## '));
  });
});

describe("whose words: the paper's findings and the guide's advice", () => {
  const asides = (text: string) =>
    [...text.matchAll(/<Advice title="([^"]+)">([\s\S]*?)<\/Advice>/g)].map(([, title, inner]) => ({
      title: title!,
      inner: inner!,
    }));

  it('sets the known passages of advice in asides', async () => {
    const titles = (await Promise.all(['generation', 'knowledge', 'miscellaneous'].map(body)))
      .flatMap(asides)
      .map((a) => a.title);
    for (const title of [
      'Using LLM-written code safely',
      "Warning signs that an LLM's knowledge will not help",
      'If you use an LLM as a judge',
      'Retrieval or a larger model?',
    ])
      expect(titles).toContain(title);
  });

  it('keeps claims out of the asides, and every aside opens and closes on a blank line', async () => {
    const texts = graph.all('claim').map((c) => c.text.slice(0, 60));
    for (const name of await readdir('content/guide')) {
      if (!name.endsWith('.mdx')) continue;
      const text = await body(name.replace(/\.mdx$/, ''));
      expect((text.match(/<Advice /g) ?? []).length, `${name}: every <Advice> is closed`).toBe(
        (text.match(/<\/Advice>/g) ?? []).length,
      );
      for (const { title, inner } of asides(text)) {
        expect(inner.startsWith('\n\n'), `${name}: "${title}" opens on a blank line`).toBe(true);
        expect(inner.endsWith('\n\n'), `${name}: "${title}" closes on a blank line`).toBe(true);
        expect(inner, `${name}: "${title}" links to a claim`).not.toMatch(/#claim-/);
        const flat = inner.replace(/\s+/g, ' ');
        for (const t of texts) expect(flat, `${name}: "${title}" quotes a claim`).not.toContain(t);
      }
    }
  });

  it('no longer says what the paper does not', async () => {
    const unsupported: [string, RegExp][] = [
      ['knowledge', /scale shows most clearly/i],
      ['models', /most open large company|side road/i],
      ['nlu', /best on the later rounds|increasingly hard rounds/i],
      ['scaling', /reliably better|steadily improves/i],
    ];
    for (const [section, phrase] of unsupported) {
      const page = await readFile(`content/guide/${section}.mdx`, 'utf8');
      expect(page, section).not.toMatch(phrase);
    }
  });
});
