import { describe, expect, it } from 'vitest';
import { fold, NameIndex, normaliseName } from '../../../src/core/names';

describe('folding and normalising names', () => {
  it('ignores case, diacritics and compatibility forms', () => {
    expect(fold('Café NAÏVE Ångström')).toBe('cafe naive angstrom');
    expect(fold('ＧＰＴ－３')).toBe('gpt-3');
    expect(fold('ﬁne')).toBe('fine');
  });

  it('reduces names to letters and digits for exact lookups', () => {
    for (const name of ['GPT-3', 'gpt 3', 'GPT3', 'gpt_3', ' G.P.T 3 ', 'ＧＰＴ－３'])
      expect(normaliseName(name)).toBe('gpt3');
    expect(normaliseName('ST-MoE')).toBe('stmoe');
    expect(normaliseName('CoNLL-2003')).toBe('conll2003');
    expect(normaliseName('命名实体 识别')).toBe('命名实体识别');
  });
});

describe('resolving what people type', () => {
  const index = new NameIndex<string>([
    ['gpt-3', ['gpt-3', 'GPT-3', 'GPT3', 'davinci']],
    ['gpt-3.5', ['gpt-3.5', 'GPT-3.5']],
    ['gpt-4', ['gpt-4', 'GPT-4']],
    ['ner', ['ner', 'Named entity recognition', 'NER']],
    ['bert', ['bert', 'BERT']],
    ['roberta', ['roberta', 'RoBERTa']],
  ]);

  it('finds a thing by id, name or alias in any spelling', () => {
    for (const typed of ['gpt3', 'GPT 3', 'gpt-3', 'Davinci', 'ＧＰＴ－３'])
      expect(index.exact(typed)).toBe('gpt-3');
    expect(index.exact('gpt')).toBeUndefined();
  });

  it('resolves a plural or an unambiguous start, never a guess', () => {
    expect(index.resolve('NERs')).toBe('ner');
    expect(index.resolve('rober')).toBe('roberta');
    expect(index.resolve('gpt')).toBeUndefined();
    expect(index.resolve('')).toBeUndefined();
  });

  it('completes exact names first, then the shortest names that start so, then names that contain it', () => {
    expect(index.complete('gpt-3', 3)).toEqual(['gpt-3', 'gpt-3.5']);
    expect(index.complete('bert', 3)).toEqual(['bert', 'roberta']);
    expect(index.complete('entity', 3)).toEqual(['ner']);
    // Nothing typed yet: every thing, by its shortest name.
    expect(index.complete('', 2)).toEqual(['ner', 'gpt-3']);
  });

  it('suggests the nearest names for a near miss, within a tolerance that grows with length', () => {
    expect(index.nearest('nerr', 1)).toEqual(['ner']);
    expect(index.nearest('bret', 1)).toEqual(['bert']);
    expect(index.nearest('gpt-5', 1)).toEqual(['gpt-3']);
    expect(index.nearest('xyz', 3)).toEqual([]);
  });
});
