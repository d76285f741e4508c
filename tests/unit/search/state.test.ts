import { describe, expect, it } from 'vitest';
import { searchQueryString, type SearchState } from '../../../src/search/link';
import { searchState } from '../../../src/search/state';
import { MAX_QUERY_LENGTH } from '../../../src/search/parse';

const read = (query: string) => searchState.read(new URLSearchParams(query)).state;
const problems = (query: string) => searchState.read(new URLSearchParams(query)).problems;
const writeState = (state: SearchState) => searchState.write(state);

describe('search state in the URL', () => {
  it('reads the query, repeated or comma-separated facets and the page', () => {
    const state = read(
      'q=ner&verdict=fine-tuned&task=ner&task=summarization&model=gpt-3,t5&page=2',
    );
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
    for (const page of ['0', '-4', 'abc', '1e99', '', '2.5x'])
      expect(read(`page=${page}`).page, page).toBeGreaterThanOrEqual(1);
    expect(read('page=99999999').page).toBe(10_000);
    expect(read(`q=${'x'.repeat(20_000)}`).q.length).toBe(MAX_QUERY_LENGTH);
    expect(read('task=,,,&model=%20').filters.task).toEqual([]);
    expect(
      read(Array.from({ length: 100 }, (_, i) => `task=t${i}`).join('&')).filters.task,
    ).toHaveLength(20);
    expect(read('colour=red&__proto__=x&constructor=y').filters).not.toHaveProperty('colour');
    const hostile = read('q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(hostile.q).toBe('<script>alert(1)</script>');
  });

  it('says what it dropped or cut, quoting the value as text', () => {
    expect(problems('q=ner&task=ner&page=2')).toEqual([]);
    expect(problems('page=')).toEqual([]);
    expect(problems('page=-7')).toEqual([
      'Ignored page=“-7”: pages are numbered from 1, so the first is shown.',
    ]);
    expect(problems(`page=${'<b>'.repeat(50)}`)[0]).toContain('“<b><b><b>');
    expect(problems(`page=${'<b>'.repeat(50)}`)[0]!.length).toBeLessThan(120);
    expect(problems(`q=${'x'.repeat(20_000)}`)).toEqual([
      'The search in this link was cut to its first 1,000 characters.',
    ]);
    expect(problems(Array.from({ length: 30 }, (_, i) => `model=m${i}`).join('&'))).toEqual([
      'Only the first 20 models in this link are used.',
    ]);
    expect(problems(`task=${'t'.repeat(300)}`)).toEqual([
      'A task in this link was cut to its first 100 characters.',
    ]);
  });
});
