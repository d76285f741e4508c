import { describe, expect, it } from 'vitest';
import { readState, searchQueryString, writeState, type SearchState } from '../../../src/search/state';
import { MAX_QUERY_LENGTH } from '../../../src/search/parse';

const read = (query: string) => readState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query, repeated or comma-separated facets and the page', () => {
    const state = read('q=ner&verdict=fine-tuned&task=ner&task=summarization&model=gpt-3,t5&page=2');
    expect(state.q).toBe('ner');
    expect(state.filters.verdict).toEqual(['fine-tuned']);
    expect(state.filters.task).toEqual(['ner', 'summarization']);
    expect(state.filters.model).toEqual(['gpt-3', 't5']);
    expect(state.page).toBe(2);
  });

  it('writes a canonical URL that reads back the same', () => {
    const state = read('page=3&task=ner&q=few shot&verdict=llm');
    expect(writeState(state).toString()).toBe('q=few+shot&task=ner&verdict=llm&page=3');
    expect(read(writeState(state).toString())).toEqual(state);
    const empty: SearchState = read('');
    expect(searchQueryString(empty)).toBe('');
  });

  it('drops or clamps what it cannot use, whatever is thrown at it', () => {
    for (const page of ['0', '-4', 'abc', '1e99', '', '2.5x']) expect(read(`page=${page}`).page, page).toBeGreaterThanOrEqual(1);
    expect(read('page=99999999').page).toBe(10_000);
    expect(read(`q=${'x'.repeat(20_000)}`).q.length).toBe(MAX_QUERY_LENGTH);
    expect(read('task=,,,&model=%20').filters.task).toEqual([]);
    expect(read(Array.from({ length: 100 }, (_, i) => `task=t${i}`).join('&')).filters.task).toHaveLength(20);
    expect(read('colour=red&__proto__=x&constructor=y').filters).not.toHaveProperty('colour');
    const hostile = read('q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(hostile.q).toBe('<script>alert(1)</script>');
  });
});
