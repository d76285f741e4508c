import { beforeAll, describe, expect, it } from 'vitest';
import {
  createArtefact,
  engineFromArtefact,
  engineSteps,
  type SearchArtefact,
} from '../../../src/search/artefact';
import { buildSearchData, type SearchData } from '../../../src/search/documents';
import { SearchEngine } from '../../../src/search/engine';
import { FACETS } from '../../../src/search/fields';
import { realSite } from '../site';
import { realData, tinyData } from './fixtures';

let data: SearchData;
let engine: SearchEngine;
beforeAll(async () => {
  data = await realData();
  engine = SearchEngine.build(data);
});

const ids = (query: string, filters = {}) =>
  engine.search({ query, filters, limit: 1_000 }).hits.map((h) => h.id);
const first = (query: string) => ids(query)[0];

describe("the guide's documents", () => {
  it('has one document per claim, task, model, dataset, section and reference, claims first', () => {
    const types = new Set(data.docs.map((d) => d.type));
    expect([...types]).toEqual(['claim', 'task', 'model', 'dataset', 'section', 'reference']);
    expect(new Set(data.docs.map((d) => d.id)).size).toBe(data.docs.length);
    for (const doc of data.docs) if (doc.type !== 'reference') expect(doc.url).toMatch(/^\//);
  });

  it('points claims at their anchors and links them to their tasks, models, datasets and section', () => {
    const claim = data.docs.find((d) => d.id === 'claim:nlu-ner-conll03')!;
    expect(claim.url).toBe('/guide/nlu/#claim-nlu-ner-conll03');
    expect(claim.links.task!.map((p) => data.values.task[p]!.slug)).toContain('ner');
    expect(claim.links.dataset!.map((p) => data.values.dataset[p]!.slug)).toContain('conll03');
    expect(claim.links.section!.map((p) => data.values.section[p]!.slug)).toEqual(['nlu']);
  });
});

describe('aliases, hyphens and numbers on the real content', () => {
  it('finds GPT-3 first for "GPT3", "gpt 3", "gpt-3" and its alias "davinci"', () => {
    for (const query of ['GPT3', 'gpt 3', 'gpt-3', 'GPT-3', 'davinci'])
      expect(first(query), query).toBe('model:gpt-3');
  });

  it('finds Codex first for "CodeX"', () => {
    expect(first('CodeX')).toBe('model:codex');
  });

  it('finds hyphenated names however they are typed', () => {
    for (const query of ['ST-MoE', 'st moe', 'stmoe'])
      expect(first(query), query).toBe('model:st-moe');
    for (const query of ['Flan-T5', 'flan t5', 'flant5'])
      expect(first(query), query).toBe('model:flan-t5');
  });

  it('finds CoNLL-2003 by "CoNLL03", "conll 2003" and "CoNLL-2003", and NER claims through it', () => {
    for (const query of ['CoNLL03', 'conll 2003', 'CoNLL-2003', 'conll03'])
      expect(first(query), query).toBe('dataset:conll03');
    expect(ids('CoNLL03')).toContain('claim:nlu-ner-conll03');
  });

  it('finds numbers: "175B" parameters and "86.5%" scores', () => {
    const billions = ids('175B');
    expect(billions).toContain('model:gpt-3');
    expect(billions.length).toBeGreaterThan(1);
    const mmlu = data.docs.filter((d) => d.text.includes('86.5%')).map((d) => d.id);
    expect(mmlu.length).toBeGreaterThan(0);
    for (const query of ['86.5%', '86.5'])
      expect(ids(query), query).toEqual(expect.arrayContaining(mmlu));
  });

  it('finds claims by the aliases of what they are about', () => {
    const viaAlias = ids('NER');
    const nerClaims = data.docs
      .filter(
        (d) =>
          d.type === 'claim' &&
          d.links.task?.includes(data.values.task.findIndex((t) => t.slug === 'ner')),
      )
      .map((d) => d.id);
    expect(viaAlias).toEqual(expect.arrayContaining(nerClaims));
  });
});

describe('ranking', () => {
  it('puts an exact name or alias match first', () => {
    expect(first('ner')).toBe('task:ner');
    expect(first('Named entity recognition')).toBe('task:ner');
    expect(first('summarization')).toBe('task:summarization');
    expect(first('T5')).toBe('model:t5');
  });

  it('lists entities whose name holds the words next, shorter names first', () => {
    const found = ids('flan');
    const flanModels = data.docs
      .filter((d) => d.type === 'model' && /flan/i.test(d.title))
      .map((d) => d.id);
    expect(found.slice(0, flanModels.length).sort()).toEqual([...flanModels].sort());
  });

  it('then lists claims before other documents', () => {
    // After the entities named by the words (the task "Hallucination"), claims come first.
    const found = engine
      .search({ query: 'hallucination', limit: 1_000 })
      .hits.filter((h) => !/hallucination/i.test(h.title));
    const types = found.map((h) => h.type);
    expect(types[0]).toBe('claim');
    const firstNonClaim = types.findIndex((t) => t !== 'claim');
    if (firstNonClaim >= 0) expect(types.slice(firstNonClaim)).not.toContain('claim');
  });

  it('matches the word being typed as a prefix, but not once a space follows it', () => {
    expect(ids('summar')).toContain('task:summarization');
    expect(ids('summar ')).not.toContain('task:summarization');
  });

  it('drops question words so a question finds the same as its topic', () => {
    expect(ids('What does the paper say about NER?')).toEqual(ids('ner'));
  });
});

describe('highlight terms', () => {
  it('include the full names of what the query names by alias', () => {
    const { terms } = engine.search({ query: 'ner ' });
    expect([...terms.exact]).toEqual(
      expect.arrayContaining(['ner', 'named', 'entity', 'recognition']),
    );
    expect(engine.search({ query: 'gpt3 ' }).terms.exact.has('davinci')).toBe(true);
  });
});

describe('facets', () => {
  it('filters by field syntax and by parameters alike', () => {
    expect(ids('task:ner verdict:fine-tuned')).toEqual(
      ids('', { task: ['ner'], verdict: ['fine-tuned'] }),
    );
  });

  it('ANDs across facets and ORs within one', () => {
    const ner = new Set(ids('type:claim task:ner'));
    const summarization = new Set(ids('type:claim task:summarization'));
    const either = ids('type:claim task:ner,summarization');
    expect(new Set(either)).toEqual(new Set([...ner, ...summarization]));
    const fineTuned = ids('type:claim task:ner verdict:fine-tuned');
    for (const id of fineTuned) expect(ner.has(id)).toBe(true);
    for (const id of fineTuned)
      expect(data.docs.find((d) => d.id === id)!.verdict).toBe('fine-tuned');
  });

  it('counts every value by what choosing it would give, zero included', () => {
    const result = engine.search({ query: 'task:ner' });
    data.values.verdict.forEach((v, i) =>
      expect(result.counts.verdict[i], v.slug).toBe(ids(`task:ner verdict:${v.slug}`).length),
    );
    // Within the chosen facet (OR), a value's count is what adding it would bring: every document that has it.
    data.values.task.forEach((t, i) =>
      expect(result.counts.task[i], t.slug).toBe(ids(`task:${t.slug}`).length),
    );
    expect(Array.from(result.counts.model)).toContain(0);
  });

  it('counts each facet over the results of the others', () => {
    const result = engine.search({ query: '', filters: { verdict: ['llm'] } });
    const all = engine.search({ query: '' });
    // Within the chosen facet, counts are those without it: every verdict keeps its full count.
    expect(Array.from(result.counts.verdict)).toEqual(Array.from(all.counts.verdict));
    expect(result.total).toBe(
      all.counts.verdict[data.values.verdict.findIndex((v) => v.slug === 'llm')],
    );
  });

  it('resolves values by slug, name, alias, case and plural', () => {
    for (const value of ['gpt-3', 'GPT3', 'gpt 3', 'davinci'])
      expect(engine.search({ query: `model:"${value}"` }).selected.model, value).toHaveLength(1);
    expect(engine.search({ query: 'type:claims verdict:LLMs' }).unknown).toEqual([]);
  });

  it('answers an unknown value with no results and the nearest real values', () => {
    const result = engine.search({ query: 'task:nerr' });
    expect(result.total).toBe(0);
    expect(result.unknown).toHaveLength(1);
    expect(result.unknown[0]!.nearest.map((p) => data.values.task[p]!.slug)).toContain('ner');
    expect(engine.search({ query: 'task:does-not-exist' }).unknown[0]).toMatchObject({
      facet: 'task',
      value: 'does-not-exist',
    });
  });

  it('ignores a field with no value yet', () => {
    expect(engine.search({ query: 'task: gpt-3' }).total).toBe(
      engine.search({ query: 'gpt-3' }).total,
    );
  });

  it('completes facet values as they are typed, with document counts', () => {
    const completions = engine.complete('task', 'summ');
    expect(completions.map((c) => data.values.task[c.position]!.slug)).toContain('summarization');
    expect(completions[0]!.documents).toBeGreaterThan(0);
    expect(
      engine.complete('model', 'gpt3').map((c) => data.values.model[c.position]!.slug)[0],
    ).toBe('gpt-3');
  });
});

describe('browse mode', () => {
  it('lists every matching claim when there are facets but no words, in guide order', () => {
    const result = engine.search({
      query: '',
      filters: { type: ['claim'], verdict: ['fine-tuned'] },
      limit: 1_000,
    });
    const expected = data.docs
      .filter((d) => d.type === 'claim' && d.verdict === 'fine-tuned')
      .map((d) => d.id);
    expect(result.mode).toBe('browse');
    expect(result.hits.map((h) => h.id)).toEqual(expected);
  });

  it("puts the chosen entity's own page first", () => {
    expect(ids('task:ner')[0]).toBe('task:ner');
  });

  it('pages through results', () => {
    const all = ids('model');
    const page2 = engine.search({ query: 'model', offset: 5, limit: 5 });
    expect(page2.hits.map((h) => h.id)).toEqual(all.slice(5, 10));
    expect(page2.total).toBe(all.length);
  });
});

describe('no results', () => {
  it('falls back to results with some of the words, saying so', () => {
    const result = engine.search({ query: 'summarization zzzqqq' });
    expect(result.mode).toBe('partial');
    expect(result.total).toBeGreaterThan(0);
  });

  it('suggests a respelling when nothing matches', () => {
    expect(engine.search({ query: 'sumarization' }).didYouMean).toBe('summarization');
  });

  it('requires quoted phrases to appear as written', () => {
    const phrase = ids('"fine-tuned models"');
    expect(phrase.length).toBeGreaterThan(0);
    for (const id of phrase)
      expect(data.docs.find((d) => d.id === id)!.text.toLowerCase()).toMatch(/fine-tuned models/);
    expect(ids('"models fine-tuned win"')).toEqual([]);
  });
});

describe('artefact', () => {
  it('gives the same results whether the index is built in place or imported from an export', () => {
    const imported = engineFromArtefact(JSON.parse(JSON.stringify(createArtefact(data, true))));
    const built = engineFromArtefact(JSON.parse(JSON.stringify(createArtefact(data, false))));
    for (const query of [
      'ner',
      'gpt 3',
      'summar',
      'task:ner verdict:fine-tuned',
      'few-shot prompts',
      '',
    ]) {
      const a = imported.search({ query, limit: 50 });
      const b = built.search({ query, limit: 50 });
      expect(
        a.hits.map((h) => h.id),
        query,
      ).toEqual(b.hits.map((h) => h.id));
      for (const facet of FACETS)
        expect(Array.from(a.counts[facet])).toEqual(Array.from(b.counts[facet]));
    }
  });

  it('loads an exported index in steps a browser can run as separate tasks, to the same engine', () => {
    const artefact = JSON.parse(JSON.stringify(createArtefact(data, true))) as SearchArtefact;
    const steps = engineSteps(artefact);
    const pauses: unknown[] = [];
    let step = steps.next();
    while (!step.done) {
      pauses.push(step.value);
      step = steps.next();
    }
    // One pause: between reading the index and making the engine around it.
    expect(pauses).toHaveLength(1);
    expect(step.value.search({ query: 'ner', limit: 50 }).hits.map((h) => h.id)).toEqual(
      engineFromArtefact(artefact)
        .search({ query: 'ner', limit: 50 })
        .hits.map((h) => h.id),
    );
  });
});

describe('Chinese content', () => {
  const chinese = tinyData([
    {
      text: '在命名实体识别任务上，微调模型明显优于大型语言模型。',
      links: { task: [0] },
      verdict: 'fine-tuned',
    },
    { text: '大型语言模型擅长开放式文本生成。', verdict: 'llm' },
    { text: 'GPT-3 在摘要任务上表现出色。', links: { model: [0] } },
  ]);
  const cn = SearchEngine.build(chinese);
  const found = (query: string) => cn.search({ query }).hits.map((h) => h.id);

  it('finds Chinese words in Chinese text', () => {
    expect(found('命名实体识别')).toEqual(['claim:c0']);
    expect(found('语言模型').sort()).toEqual(['claim:c0', 'claim:c1']);
    expect(found('文本生成')).toEqual(['claim:c1']);
  });

  it('matches a Chinese word being typed as a prefix', () => {
    expect(found('摘')).toEqual(['claim:c2']);
  });

  it('does not let Latin names match Chinese characters', () => {
    expect(found('gpt')).toEqual(['claim:c2']);
  });
});

describe('a section of the paper as a filter', () => {
  it('finds the claims of a section and its subsections, and only those', async () => {
    const site = await realSite();
    const engine = SearchEngine.build(buildSearchData(site.graph, 'en'));
    const within = (prefix: string) =>
      site.graph
        .all('claim')
        .filter((c) => c.paper.section === prefix || c.paper.section.startsWith(`${prefix}.`))
        .map((c) => c.id)
        .sort();
    for (const section of ['4.1', '4.1.1', '5', '3.3']) {
      const found = engine.search({ query: '', filters: { paper: [section] }, limit: 1_000 });
      expect(found.hits.map((h) => h.id).sort(), section).toEqual(within(section));
      const typed = engine.search({ query: `paper:${section}`, limit: 1_000 });
      expect(typed.hits.map((h) => h.id).sort(), `paper:${section}`).toEqual(within(section));
    }
  });
});
