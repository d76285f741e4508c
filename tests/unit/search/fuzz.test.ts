/**
 * A thousand random queries — field syntax, quotes, scripts from five writing systems, emoji,
 * regex metacharacters, HTML, huge inputs — from a fixed seed, so any failure reproduces.
 * The engine must never throw and must always give a well-formed answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/search/engine';
import { FACETS } from '../../../src/search/fields';
import { highlight, excerpt } from '../../../src/search/highlight';
import { realData, seeded } from './fixtures';

const PIECES = [
  'task:',
  'task:ner',
  'model:gpt-3',
  'model:"gpt 3"',
  'verdict:',
  'verdict:llm,fine-tuned',
  'type:claim',
  'section:nlu',
  'dataset:conll03',
  'task:does-not-exist',
  'type:',
  'model:"',
  '"',
  '""',
  '"fine-tuned',
  'NER',
  'GPT3',
  'gpt 3',
  'CodeX',
  'ST-MoE',
  'Flan-T5',
  '175B',
  '86.5%',
  'CoNLL03',
  'summar',
  'the',
  'a',
  '命名实体识别',
  '大型语言模型',
  'モデル',
  '언어 모델',
  'שלום',
  'مرحبا',
  '😀',
  '👩‍💻',
  '\u200f',
  '\u0000',
  '.*',
  '(',
  ')',
  '[',
  ']',
  '\\',
  '^$',
  '|',
  '?',
  '+',
  '{2,}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '%00',
  '__proto__',
  'constructor',
  'toString',
  ':',
  '::',
  'a:b',
  '-',
  '--',
  '—',
  ',',
  ' ',
  '\t',
  '\n',
  'x'.repeat(300),
  '9'.repeat(40),
];

function randomQuery(random: () => number): string {
  if (random() < 0.05) return 'word '.repeat(2_000 + Math.floor(random() * 1_000));
  if (random() < 0.1)
    return String.fromCodePoint(
      ...Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        Math.floor(random() * 0x2ffff),
      ),
    );
  const parts = Array.from(
    { length: 1 + Math.floor(random() * 6) },
    () => PIECES[Math.floor(random() * PIECES.length)]!,
  );
  return parts.join(random() < 0.8 ? ' ' : '');
}

let engine: SearchEngine;
beforeAll(async () => {
  engine = SearchEngine.build(await realData());
});

describe('fuzzing the query engine', () => {
  it('answers 1,000 random queries without throwing, every answer well-formed', () => {
    const random = seeded(20230413);
    for (let i = 0; i < 1_000; i++) {
      const query = randomQuery(random);
      const filters =
        random() < 0.3
          ? { [FACETS[Math.floor(random() * FACETS.length)]!]: [randomQuery(random).slice(0, 40)] }
          : {};
      const context = `query #${i}: ${JSON.stringify(query.slice(0, 80))} ${JSON.stringify(filters)}`;
      let result;
      try {
        result = engine.search({
          query,
          filters,
          offset: Math.floor(random() * 3) * 20,
          limit: 20,
        });
      } catch (error) {
        throw new Error(`${context} threw ${String(error)}`, { cause: error });
      }
      expect(result.hits.length, context).toBeLessThanOrEqual(Math.min(20, result.total));
      expect(new Set(result.hits.map((h) => h.id)).size, context).toBe(result.hits.length);
      for (const facet of FACETS)
        expect(result.counts[facet].length, context).toBe(engine.data.values[facet].length);
      for (const hit of result.hits) {
        expect(
          highlight(hit.text, result.terms)
            .map((s) => s.text)
            .join(''),
          context,
        ).toBe(hit.text);
        expect(() => excerpt(hit.text, result.terms), context).not.toThrow();
      }
    }
  }, 60_000);
});
