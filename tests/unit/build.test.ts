import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { formatError } from '../../src/graph/errors';
import { GraphIndex } from '../../src/graph/query';
import { overlaidTree, validTree } from './fixtures';

/** Builds an error fixture and returns its messages exactly as the CLI prints them. */
async function messagesOf(fixture: string): Promise<string[]> {
  const { graph, errors } = buildGraph(await overlaidTree(fixture));
  expect(graph, 'a tree with errors must not produce a graph').toBeUndefined();
  return errors.map(formatError);
}

describe('the graph built from a valid tree', () => {
  it('has typed nodes with type:slug ids, labels and page urls', async () => {
    const { graph, errors } = buildGraph(await validTree());
    expect(errors).toEqual([]);
    const ids = graph!.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'section:alpha',
        'claim:alpha-ner-gap',
        'model:big-lm',
        'task:ner',
        'dataset:sample-ner',
        'reference:doe-2020',
        'organisation:acme',
      ]),
    );
    const claim = graph!.nodes.find((n) => n.id === 'claim:alpha-ner-gap');
    expect(claim).toMatchObject({
      type: 'claim',
      kind: 'non-use-case',
      verdict: 'fine-tuned',
      url: '/guide/alpha/#claim-alpha-ner-gap',
    });
    expect(graph!.nodes.find((n) => n.id === 'section:alpha')).toMatchObject({
      label: 'Alpha section',
      url: '/guide/alpha/',
      order: 1,
    });
  });

  it('derives every kind of edge, and every edge joins existing nodes', async () => {
    const { graph } = buildGraph(await validTree());
    const ids = new Set(graph!.nodes.map((n) => n.id));
    for (const edge of graph!.edges) {
      expect(ids.has(edge.source), edge.source).toBe(true);
      expect(ids.has(edge.target), edge.target).toBe(true);
    }
    const has = (source: string, type: string, target: string) =>
      expect(graph!.edges).toContainEqual({ source, type, target });
    has('claim:alpha-ner-gap', 'in-section', 'section:alpha');
    has('claim:alpha-ner-gap', 'addresses', 'task:ner');
    has('claim:alpha-ner-gap', 'involves', 'model:big-lm');
    has('claim:alpha-ner-gap', 'uses-dataset', 'dataset:sample-ner');
    has('claim:alpha-ner-gap', 'cites', 'reference:doe-2020');
    has('model:big-lm', 'evolves-from', 'model:small-lm');
    has('model:big-lm', 'developed-by', 'organisation:acme');
    has('dataset:sample-ner', 'measures', 'task:ner');
  });

  it('keeps relations out of node fields so each fact is stated once', async () => {
    const { graph } = buildGraph(await validTree());
    for (const node of graph!.nodes) {
      for (const field of [
        'tasks',
        'models',
        'datasets',
        'cites',
        'parents',
        'organisations',
        'claims',
      ]) {
        expect(node, `${node.id}.${field}`).not.toHaveProperty(field);
      }
    }
  });

  it('puts the base path into every url', async () => {
    const { graph } = buildGraph(await validTree(), { base: '/llm-guide/' });
    const urls = graph!.nodes.flatMap((n) => (n.url ? [n.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith('/llm-guide/')).toBe(true);
  });

  it('orders sections by their order field and keeps claims in file order', async () => {
    const { graph } = buildGraph(await validTree());
    const index = new GraphIndex(graph!);
    expect(index.all('section').map((s) => s.slug)).toEqual(['alpha', 'beta']);
    expect(index.in('section:alpha', 'in-section').map((c) => c.slug)).toEqual([
      'alpha-ner-gap',
      'alpha-takeaway',
    ]);
  });
});

describe('content errors name the file, the field, what is wrong and the fix', () => {
  it('malformed YAML', async () => {
    const [message] = await messagesOf('malformed-yaml');
    expect(message).toMatch(
      /^content\/models\/big-lm\.yaml:\d+:\d+: malformed YAML: .+ — check the indentation/,
    );
  });

  it('a missing required field', async () => {
    expect(await messagesOf('missing-field')).toEqual([
      expect.stringMatching(
        /^content\/guide\/beta\.mdx:6:\d+: claims\[0\]\.verdict: missing required field "verdict" — add verdict: which side the claim favours/,
      ),
    ]);
  });

  it('a value of the wrong type, with a fix for quoted numbers', async () => {
    const messages = await messagesOf('wrong-type');
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^content\/models\/small-lm\.yaml:2:7: year: expected a number, found the text "2018" — remove the quotes: year: 2018$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^content\/models\/small-lm\.yaml:5:7: open: expected true or false, found the text "yes please"/,
      ),
    );
  });

  it('a value outside an enum, with a suggestion', async () => {
    expect(await messagesOf('wrong-enum')).toEqual([
      'content/guide/beta.mdx:10:14: claims[0].verdict: "LLMs" is not a valid verdict; expected one of llm, fine-tuned, comparable, depends, neither — did you mean "llm"?',
    ]);
  });

  it('a claim’s place in the paper: a real section, and a takeaway’s box in its own section', async () => {
    expect(await messagesOf('provenance')).toEqual([
      'content/guide/alpha.mdx:9:23: claims[0].paper.section: "4.9" is not a valid section; expected one of 1, 2, 2.1, 2.2, 3, 3.1, 3.2, 3.3, 4, 4.1, 4.1.1, 4.1.2, 4.2, 4.2.1, 4.2.2, 4.3, 4.3.1, 4.3.2, 4.4, 4.4.1, 4.4.2, 4.4.3, 4.5, 4.5.1, 4.5.2, 4.6, 5, 5.1, 5.2, 5.3, 6 — did you mean "4"?',
      'content/guide/alpha.mdx:15:12: claims[1].paper: a takeaway must name the paper\'s takeaway box it restates in claim "alpha-takeaway" — add remark and point, e.g. paper: { section: "4.1", remark: 2, point: 1 } (boxes: Remark 1 in §3, Remark 2 in §4.1, Remark 3 in §4.2, Remark 4 in §4.3, Remark 5 in §4.4, Remark 6 in §4.5, Remark 7 in §4.6, Remark 8 in §5)',
      'content/guide/alpha.mdx:21:23: claims[2].paper.section: Remark 4 is in section 4.3 of the paper, not 4.1 in claim "alpha-wrong-box" — write section: "4.3"',
      'content/guide/alpha.mdx:21:48: claims[2].paper.point: Remark 4 makes 2 points in claim "alpha-wrong-box" — give point: 1…2',
    ]);
  });

  it('a broken link or anchor in the prose, English or translated, with file, line and a did-you-mean', async () => {
    expect(await messagesOf('broken-links')).toEqual([
      'content/guide/beta.mdx:20:28: link "#claim-beta-llm-winz": no claim "beta-llm-winz" in section "beta" — did you mean "claim-beta-llm-wins"?',
      'content/guide/beta.mdx:20:83: link "/guide/alpha/#claim-beta-llm-wins": claim "beta-llm-wins" is in section "beta", not "alpha" — link to /guide/beta/#claim-beta-llm-wins',
      'content/guide/beta.mdx:22:20: link "/models/big-lmm/": no model "big-lmm" — did you mean "big-lm"?',
      'content/guide/beta.mdx:22:60: link "guide/alpha/": a relative link breaks when the page moves — start site links with "/" (for example /guide/nlu/) or link to an anchor with "#"',
      'content/guide/beta.mdx:22:94: link "/guides/alpha/": not a page of the site — link to /guide/<section>/, /models/<id>/, /tasks/<id>/, /datasets/<id>/ or one of the site’s own pages',
      'content/guide/zh/beta.mdx:11:35: link "#where-big-lm-wins": no heading with the anchor "#where-big-lm-wins" on this page — link to one of the page\'s headings',
    ]);
  });

  it('an unknown task id, naming the claim and suggesting the closest id', async () => {
    expect(await messagesOf('unknown-task')).toEqual([
      'content/guide/beta.mdx:11:13: claims[0].tasks[0]: unknown task "nerr" in claim "beta-llm-wins" — did you mean "ner"?',
    ]);
  });

  it('an unknown model id, found through an alias', async () => {
    expect(await messagesOf('unknown-model')).toEqual([
      'content/guide/beta.mdx:12:24: claims[0].models[1]: unknown model "biglm" in claim "beta-llm-wins" — did you mean "big-lm"?',
    ]);
  });

  it('an unknown dataset id', async () => {
    expect(await messagesOf('unknown-dataset')).toEqual([
      'content/guide/beta.mdx:12:16: claims[0].datasets[0]: unknown dataset "sample-nre" in claim "beta-llm-wins" — did you mean "sample-ner"?',
    ]);
  });

  it('an unknown reference id', async () => {
    expect(await messagesOf('unknown-reference')).toEqual([
      'content/guide/beta.mdx:12:13: claims[0].cites[0]: unknown reference "doe-2021" in claim "beta-llm-wins" — did you mean "doe-2020"?',
    ]);
  });

  it('a duplicate claim id within one file', async () => {
    expect(await messagesOf('duplicate-id-in-file')).toEqual([
      'content/guide/alpha.mdx:12:9: claims[1].id: duplicate claim id "alpha-ner-gap" — it is already used at content/guide/alpha.mdx:6; give one of them another claim id',
    ]);
  });

  it('a duplicate claim id across files', async () => {
    expect(await messagesOf('duplicate-id-across-files')).toEqual([
      'content/guide/beta.mdx:6:9: claims[0].id: duplicate claim id "alpha-ner-gap" — it is already used at content/guide/alpha.mdx:6; give one of them another claim id',
    ]);
  });

  it('a duplicate reference id in the bibliography', async () => {
    expect(await messagesOf('duplicate-reference')).toEqual([
      'content/references.yaml:6:7: [1].id: duplicate reference id "doe-2020" — it is already used at content/references.yaml:1; give one of them another reference id',
    ]);
  });

  it('a lineage cycle', async () => {
    expect(await messagesOf('lineage-cycle')).toEqual([
      expect.stringMatching(
        /^content\/models\/(small|big)-lm\.yaml:\d+:\d+: parents\[0\]: lineage cycle: (big-lm → small-lm → big-lm|small-lm → big-lm → small-lm) — a model cannot be its own ancestor/,
      ),
    ]);
  });

  it('a model dated earlier than its parent', async () => {
    expect(await messagesOf('parent-newer')).toEqual([
      'content/models/big-lm.yaml:6:11: parents[0]: model "big-lm" (2017) is dated earlier than its parent "small-lm" (2018-10) — a model cannot evolve from a later one: check the year and month of both, or remove the parent',
    ]);
  });

  it('empty claim text', async () => {
    expect(await messagesOf('empty-claim-text')).toEqual([
      expect.stringMatching(
        /^content\/guide\/beta\.mdx:7:11: claims\[0\]\.text: claim text is empty — write the claim so it stands alone/,
      ),
    ]);
  });

  it('a misspelt field name', async () => {
    const messages = await messagesOf('unknown-field');
    expect(messages).toContainEqual(
      'content/tasks/ner.yaml:3:9: sumary: unknown field "sumary" — did you mean "summary"?',
    );
  });

  it('files the content folder does not expect', async () => {
    const messages = await messagesOf('unexpected-files');
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^content\/models\/GPT-3\.yaml: file name "GPT-3" is not a valid id — rename it to a slug such as "gpt-3\.yaml"/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/tasks\/notes\.txt: unexpected file in the content folder/),
    );
  });

  it('an MDX file without frontmatter', async () => {
    expect(await messagesOf('no-frontmatter')).toEqual([
      expect.stringMatching(
        /^content\/guide\/beta\.mdx:1:1: no frontmatter found — start the file with a line "---"/,
      ),
    ]);
  });

  it('reports every problem of a run at once, in file order', async () => {
    const { graph, errors } = buildGraph(
      await overlaidTree('unknown-task', 'parent-newer', 'unknown-field', 'duplicate-id-in-file'),
    );
    expect(graph).toBeUndefined();
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual([
      'content/guide/alpha.mdx:12',
      'content/guide/beta.mdx:11',
      'content/models/big-lm.yaml:6',
      'content/tasks/ner.yaml:1',
      'content/tasks/ner.yaml:3',
    ]);
  });
});

describe('the decision flow (Figure 2)', () => {
  it('is returned with the graph when it is sound', async () => {
    const { decisionFlow, errors } = buildGraph(await overlaidTree('decision-flow'));
    expect(errors).toEqual([]);
    expect(decisionFlow?.start).toBe('first');
    expect(decisionFlow?.questions.map((q) => q.id)).toEqual(['first', 'second']);
  });

  it('reports unknown questions and claims with suggestions, and malformed branches', async () => {
    const messages = await messagesOf('decision-flow-broken');
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/decision-flow\.yaml:7:\d+: questions\[0\]\.yes\.because\[0\]: unknown claim "beta-llm-win" — did you mean "beta-llm-wins"\?$/,
        ),
        expect.stringMatching(
          /^content\/decision-flow\.yaml:8:\d+: questions\[0\]\.no\.next: unknown question "secnd" — did you mean "second"\?$/,
        ),
        expect.stringMatching(
          /questions\[1\]\.yes: a branch needs exactly one of next \(a question id\) or outcome/,
        ),
      ]),
    );
  });

  it('reports loops and questions that can never be reached', async () => {
    const messages = await messagesOf('decision-flow-loop');
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/the flow loops: first → second → first/),
        expect.stringMatching(
          /questions\[2\]\.id: question "orphan" can never be reached from "first"/,
        ),
      ]),
    );
  });
});
