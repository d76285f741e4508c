import { describe, expect, it } from 'vitest';
import { MAX_EXPANSIONS, Vocabulary } from '../../../src/search/terms';

describe('prefix expansion from the vocabulary', () => {
  const vocabulary = Vocabulary.fromCounts(
    new Map([
      ['sum', 1],
      ['summarization', 9],
      ['summary', 4],
      ['sun', 2],
      ['ner', 3],
    ]),
  );

  it('lists the terms a prefix begins, the exact term included', () => {
    expect(vocabulary.expand('summ').sort()).toEqual(['summarization', 'summary']);
    expect(vocabulary.expand('sum')[0]).toBe('sum');
    expect(vocabulary.expand('x')).toEqual([]);
    expect(vocabulary.has('ner')).toBe(true);
    expect(vocabulary.has('ne')).toBe(false);
  });

  it('keeps only the most frequent completions of a very short prefix, the exact term first', () => {
    const many = new Map(
      Array.from(
        { length: 500 },
        (_, i) => [`a${String(i).padStart(3, '0')}`, i] as [string, number],
      ),
    );
    many.set('a', 1);
    const expanded = Vocabulary.fromCounts(many).expand('a');
    expect(expanded).toHaveLength(MAX_EXPANSIONS);
    expect(expanded[0]).toBe('a');
    expect(expanded[1]).toBe('a499');
  });

  it('survives a round trip through JSON', () => {
    const copy = Vocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary)));
    expect(copy.expand('su')).toEqual(vocabulary.expand('su'));
  });
});
