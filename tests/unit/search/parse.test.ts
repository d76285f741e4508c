import { describe, expect, it } from 'vitest';
import { filterAt, MAX_QUERY_LENGTH, parseQuery } from '../../../src/search/parse';

describe('query parser', () => {
  it('reads field filters and free words', () => {
    const q = parseQuery('task:ner model:gpt-3 verdict:llm type:claim few-shot prompts');
    expect(q.text).toBe('few-shot prompts');
    expect(q.filters.map((f) => [f.facet, f.values])).toEqual([
      ['task', ['ner']],
      ['model', ['gpt-3']],
      ['verdict', ['llm']],
      ['type', ['claim']],
    ]);
  });

  it('accepts field names in any case and in the plural', () => {
    expect(parseQuery('Tasks:ner MODEL:t5 datasets:conll03').filters.map((f) => f.facet)).toEqual([
      'task',
      'model',
      'dataset',
    ]);
  });

  it('reads commas as alternatives and quoted values with spaces', () => {
    const q = parseQuery('verdict:llm,comparable model:"gpt 3" rest');
    expect(q.filters.map((f) => f.values)).toEqual([['llm', 'comparable'], ['gpt 3']]);
    expect(q.text).toBe('rest');
  });

  it('keeps quoted phrases as phrases and as text', () => {
    const q = parseQuery('"fine-tuned models" win');
    expect(q.phrases).toEqual(['fine-tuned models']);
    expect(q.text).toBe('fine-tuned models win');
  });

  it('treats an unclosed quote as running to the end', () => {
    expect(parseQuery('"unbalanced quote').phrases).toEqual(['unbalanced quote']);
    expect(parseQuery('model:"gpt 3').filters[0]!.values).toEqual(['gpt 3']);
  });

  it('keeps a field with no value as an incomplete filter that filters nothing', () => {
    const q = parseQuery('task: ner');
    expect(q.filters).toEqual([{ facet: 'task', values: [], start: 0, end: 5 }]);
    expect(q.text).toBe('ner');
  });

  it('reads unknown fields, URLs and times as text', () => {
    expect(parseQuery('colour:red').text).toBe('colour:red');
    expect(parseQuery('https://arxiv.org/abs/2005.14165').filters).toEqual([]);
    expect(parseQuery('at 10:30').text).toBe('at 10:30');
  });

  it('records where each filter is, and finds the one under the caret', () => {
    const input = 'few-shot task:na';
    const q = parseQuery(input);
    expect(q.filters[0]).toMatchObject({ start: 9, end: input.length });
    expect(filterAt(q, input.length)?.facet).toBe('task');
    expect(filterAt(q, 3)).toBeUndefined();
  });

  it('survives empty, blank and oversized input', () => {
    expect(parseQuery('')).toEqual({ text: '', phrases: [], filters: [] });
    expect(parseQuery(' \t\n ')).toEqual({ text: '', phrases: [], filters: [] });
    expect(parseQuery('x'.repeat(10_000)).text.length).toBe(MAX_QUERY_LENGTH);
  });
});

describe('queries typed with a Chinese input method', () => {
  it('reads full-width letters, colons and commas, and the ideographic space', () => {
    const q = parseQuery('ｔａｓｋ：ｎｅｒ　verdict：llm，comparable 幻觉');
    expect(q.filters.map((f) => [f.facet, f.values])).toEqual([
      ['task', ['ner']],
      ['verdict', ['llm', 'comparable']],
    ]);
    expect(q.text).toBe('幻觉');
  });

  it('reads Chinese field names, Chinese values and 、 between values', () => {
    const q = parseQuery('任务:命名实体识别、文本摘要 模型：GPT-3 结论:微调更优');
    expect(q.filters.map((f) => [f.facet, f.values])).toEqual([
      ['task', ['命名实体识别', '文本摘要']],
      ['model', ['GPT-3']],
      ['verdict', ['微调更优']],
    ]);
    expect(parseQuery('问题:幻觉').filters).toEqual([]);
  });

  it('reads curly quotes as quotes, keeping positions those of the input', () => {
    const input = '“思维链 提示” task：推理';
    const q = parseQuery(input);
    expect(q.phrases).toEqual(['思维链 提示']);
    expect(input.slice(q.filters[0]!.start, q.filters[0]!.end)).toBe('task：推理');
  });
});
