/**
 * Chinese search on the real content: the query set of tests/fixtures/search/zh-queries.ts
 * (recall@10), the promise that a string written in a claim is always found, field values in
 * either language, English names on the Chinese site, ranking, folding and highlighting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/search/engine';
import type { SearchData } from '../../../src/search/documents';
import { highlight } from '../../../src/search/highlight';
import { cjkText } from '../../../src/search/text';
import { recallAt10, ZH_QUERIES } from '../../fixtures/search/zh-queries';
import { realData, realZhData, seeded } from './fixtures';

let data: SearchData;
let engine: SearchEngine;
beforeAll(async () => {
  data = await realZhData();
  engine = SearchEngine.build(data);
});

const ids = (query: string, filters = {}) =>
  engine.search({ query, filters, limit: 1_000 }).hits.map((h) => h.id);
const claimsLinkedTo = (d: SearchData, facet: 'task' | 'model', slug: string) => {
  const position = d.values[facet].findIndex((v) => v.slug === slug);
  return d.docs
    .filter((doc) => doc.type === 'claim' && doc.links[facet]?.includes(position))
    .map((doc) => doc.id);
};

describe('the Chinese query set', () => {
  /**
   * The expected claims are a reader's judgement, and a few are worded otherwise than the query
   * (the query says 很少, the claim 少量): an engine that matches what is written misses those.
   * 0.95 leaves room for about two such queries more than today's and catches any real regression.
   */
  it('finds the expected claims in the first ten results: recall@10 of at least 0.95 overall, and something for every query', () => {
    const rows = ZH_QUERIES.map(({ query, expected }) => ({
      query,
      recall: recallAt10(expected, ids(query).slice(0, 10)),
    }));
    const mean = rows.reduce((sum, r) => sum + r.recall, 0) / rows.length;
    const report = rows
      .filter((r) => r.recall < 1)
      .map((r) => `${r.recall.toFixed(2)} ${r.query}`)
      .join('\n');
    expect(ZH_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(mean, report).toBeGreaterThanOrEqual(0.95);
    expect(
      rows.filter((r) => r.recall === 0),
      report,
    ).toEqual([]);
  });
});

describe('a string written in a claim is always found', () => {
  it('finds every claim holding a random piece of Chinese text, wherever a segmenter would cut', () => {
    const random = seeded(13);
    const claims = data.docs
      .filter((d) => d.type === 'claim')
      .map((d) => ({ id: d.id, runs: cjkText(d.text) }));
    for (let i = 0; i < 300; i++) {
      const runs = claims[Math.floor(random() * claims.length)]!.runs.split('|');
      const run = Array.from(runs[Math.floor(random() * runs.length)]!);
      const length = 1 + Math.floor(random() * Math.min(6, run.length));
      const start = Math.floor(random() * (run.length - length + 1));
      const piece = run.slice(start, start + length).join('');
      const holding = claims.filter((d) => d.runs.includes(piece)).map((d) => d.id);
      const found = new Set(ids(`type:claim ${piece}`));
      expect(
        holding.filter((id) => !found.has(id)),
        piece,
      ).toEqual([]);
    }
  }, 30_000);

  it('finds a word inside longer words, and not its characters apart', () => {
    expect(ids('实体识别')).toEqual(expect.arrayContaining(ids('命名实体识别')));
    expect(ids('翻译')).toEqual(expect.arrayContaining(ids('机器翻译')));
    // Two characters the claims hold, but never side by side anywhere in the index's data.
    const everything = JSON.stringify(data);
    const chars = [...new Set(cjkText(data.docs.map((d) => d.text).join(' ')).replace(/\|/g, ''))];
    const apart = chars
      .flatMap((a) => chars.slice(0, 40).map((b) => a + b))
      .find((pair) => !everything.includes(pair));
    expect(apart).toBeDefined();
    expect(ids(apart!)).toEqual([]);
  });
});

describe('the Chinese index', () => {
  it('links to the Chinese pages and labels facet values in Chinese', () => {
    for (const doc of data.docs) if (doc.type !== 'reference') expect(doc.url).toMatch(/^\/zh\//);
    const label = (facet: 'verdict' | 'type' | 'task', slug: string) =>
      data.values[facet].find((v) => v.slug === slug)!.label;
    expect(label('verdict', 'fine-tuned')).toBe('微调更优');
    expect(label('type', 'claim')).toBe('论断');
    expect(label('task', 'ner')).toBe('命名实体识别');
    expect(data.values.paper.find((v) => v.slug === '4.1')!.label).toMatch(/NLU/);
  });

  it('resolves field values given in Chinese or in English', () => {
    const ner = ids('task:ner');
    expect(ner.length).toBeGreaterThan(1);
    for (const query of [
      'task:命名实体识别',
      'task:NER',
      'task:实体识别',
      '任务:命名实体识别',
      'task："named entity recognition"',
    ])
      expect(ids(query), query).toEqual(ner);
    expect(ids('model:GPT-3')).toEqual(ids('model:gpt3'));
    expect(ids('verdict:微调更优 type:论断')).toEqual(ids('verdict:fine-tuned type:claim'));
    expect(ids('task:摘要')).toEqual(ids('task:summarization'));
  });

  it('finds the Chinese claims by English names and aliases', () => {
    const nerClaims = claimsLinkedTo(data, 'task', 'ner');
    expect(ids('NER')).toEqual(expect.arrayContaining(nerClaims));
    expect(ids('named entity recognition')).toEqual(expect.arrayContaining(nerClaims));
    expect(ids('NER')[0]).toBe('task:ner');
  });

  it('folds full-width forms and Traditional characters', () => {
    expect(ids('ＧＰＴ－３')).toEqual(ids('gpt-3'));
    expect(ids('機器翻譯')).toEqual(ids('机器翻译'));
    expect(data.variants?.length).toBeGreaterThan(0);
    // A character the index holds is never folded away (著 is also Simplified, as in 著名).
    const traditional = Array.from(data.variants!).filter((_, i) => i % 2 === 0);
    expect(traditional).not.toContain('\u8457');
    expect(JSON.stringify(data.docs)).toContain('\u8457');
  });

  it('marks the matched Chinese strings, inside longer words too', () => {
    const result = engine.search({ query: '实体识别' });
    const claim = result.hits.find((h) => h.id === 'claim:nlu-ner-conll03')!;
    const marked = highlight(claim.text, result.terms)
      .filter((s) => s.match)
      .map((s) => s.text);
    expect(marked).toContain('命名实体识别');
    expect(marked.every((m) => m.length > 1)).toBe(true);
  });
});

describe('ranking, in both languages', () => {
  it('puts claims about the named task or model above claims that only mention it', async () => {
    const english = SearchEngine.build(await realData());
    const cases: Array<[SearchEngine, SearchData, string, 'task' | 'model', string]> = [
      [engine, data, '翻译', 'task', 'machine-translation'],
      [engine, data, 'BLOOM', 'model', 'bloom'],
      [engine, data, '摘要', 'task', 'summarization'],
      [english, await realData(), 'translation', 'task', 'machine-translation'],
      [english, await realData(), 'GPT-4', 'model', 'gpt-4'],
    ];
    let mentionsOnly = 0;
    for (const [e, d, query, facet, slug] of cases) {
      const about = new Set(claimsLinkedTo(d, facet, slug));
      const claims = e
        .search({ query, limit: 1_000 })
        .hits.filter((h) => h.type === 'claim')
        .map((h) => about.has(h.id));
      expect(claims[0], query).toBe(true);
      if (claims.includes(false)) {
        mentionsOnly++;
        expect(claims.indexOf(false), query).toBe(claims.lastIndexOf(true) + 1);
      }
    }
    expect(mentionsOnly).toBeGreaterThanOrEqual(3);
  });

  it('puts the claims about both of two named things first', () => {
    const both = new Set(
      claimsLinkedTo(data, 'model', 'bloom').filter((id) =>
        claimsLinkedTo(data, 'task', 'machine-translation').includes(id),
      ),
    );
    const claims = ids('BLOOM 翻译').filter((id) => id.startsWith('claim:'));
    expect(new Set(claims.slice(0, both.size))).toEqual(both);
  });

  it('drops question words and particles, so a question finds what its topic finds', () => {
    expect(ids('什么时候用微调模型')).toEqual(ids('微调模型'));
    expect(ids('ChatGPT 的鲁棒性')).toEqual(ids('ChatGPT 鲁棒性'));
  });

  it('looks for the words of a string no claim holds whole, never for lone characters', () => {
    const result = engine.search({ query: 'GPT-4 的代码能力' });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]!.id).toBe('claim:nlg-gpt4-leetcode');
    for (const term of result.terms.exact)
      if (/\p{Script=Han}/u.test(term)) expect(Array.from(term).length).toBeGreaterThan(1);
  });
});

describe("readers' words", () => {
  it("reads a word the guide's Chinese never uses as the guide's own (docs/glossary-zh.md)", () => {
    expect(ids('小样本')).toEqual(ids('少样本'));
    expect(ids('精调模型')).toEqual(ids('微调模型'));
    expect(ids('链式思考')).toEqual(ids('思维链'));
    expect(ids('稳健性')).toEqual(ids('鲁棒性'));
  });

  it('keeps the rare word first when only some words match', () => {
    const result = engine.search({ query: '大语言模型的幻觉' });
    expect(result.mode).toBe('partial');
    expect(
      result.hits
        .slice(0, 2)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['claim:considerations-hallucination', 'claim:considerations-takeaway-safety-first']);
  });
});
