import { describe, expect, it } from 'vitest';
import { completeFilter, removeFilterValues, withText } from '../../../src/search/edit';
import { parseQuery } from '../../../src/search/parse';

describe('editing filters in the query', () => {
  it('completes the value being typed and leaves a space for the next word', () => {
    const query = 'few-shot task:summ';
    expect(completeFilter(query, parseQuery(query).filters[0]!, 'summarization')).toBe(
      'few-shot task:summarization ',
    );
    const empty = 'task: gpt';
    expect(completeFilter(empty, parseQuery(empty).filters[0]!, 'ner')).toBe('task:ner gpt');
    const list = 'verdict:llm,fine';
    expect(completeFilter(list, parseQuery(list).filters[0]!, 'fine-tuned')).toBe(
      'verdict:llm,fine-tuned ',
    );
  });

  it('quotes a completed value with spaces', () => {
    const query = 'model:';
    expect(completeFilter(query, parseQuery(query).filters[0]!, 'a b')).toBe('model:"a b" ');
  });

  it('removes one value of a list, or the whole filter when it was the last', () => {
    expect(
      removeFilterValues('ner task:ner,summarization model:t5', 'task', (v) => v === 'ner'),
    ).toBe('ner task:summarization model:t5');
    expect(
      removeFilterValues('task:ner gpt task:NER', 'task', (v) => v.toLowerCase() === 'ner'),
    ).toBe('gpt');
    expect(removeFilterValues('model:t5', 'task', () => true)).toBe('model:t5');
  });

  it('swaps the words of a query for others and keeps its filters', () => {
    expect(withText('sumarization', 'summarization')).toBe('summarization');
    expect(withText('task:ner sumarization verdict:llm,comparable', 'summarization')).toBe(
      'summarization task:ner verdict:llm,comparable',
    );
    expect(withText('model:"gpt 3" fewshot', 'few shot')).toBe('few shot model:"gpt 3"');
  });
});
