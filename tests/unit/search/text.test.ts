import { describe, expect, it } from 'vitest';
import { compact, fold, indexTerms, queryTerm, segmentCjk, textTerms, tokenize } from '../../../src/search/text';

const words = (text: string) => tokenize(text).map((t) => t.text);
const queryTerms = (text: string) => tokenize(text).map(queryTerm);
/** Every query term of `query` is among the index terms of `text`: the query finds the text. */
const finds = (query: string, text: string) => {
  const terms = new Set(textTerms(text));
  return queryTerms(query).every((term) => terms.has(term));
};

describe('folding', () => {
  it('ignores case, diacritics and compatibility forms', () => {
    expect(fold('Café NAÏVE Ångström')).toBe('cafe naive angstrom');
    expect(fold('ＧＰＴ－３')).toBe('gpt-3');
    expect(fold('ﬁne')).toBe('fine');
  });

  it('compacts names to letters and digits for exact lookups', () => {
    for (const name of ['GPT-3', 'gpt 3', 'GPT3', 'gpt_3', ' G.P.T 3 ']) expect(compact(name)).toBe('gpt3');
    expect(compact('ST-MoE')).toBe('stmoe');
    expect(compact('CoNLL-2003')).toBe('conll2003');
  });
});

describe('tokenizing', () => {
  it('keeps hyphenated, dotted and numeric names together as one word', () => {
    expect(words('GPT-3.5, ST-MoE and Flan-T5 scored 86.5% (175B).')).toEqual(['GPT-3.5', 'ST-MoE', 'and', 'Flan-T5', 'scored', '86.5', '175B']);
  });

  it('drops punctuation, symbols and emoji but keeps right-to-left words', () => {
    expect(words('«hello» — 😀 שלום, مرحبا!')).toEqual(['hello', 'שלום', 'مرحبا']);
  });

  it('reports where each word is in the text as given, even with diacritics', () => {
    const text = 'Un modèle: GPT-3';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('names and numbers', () => {
  it('finds GPT-3 by "GPT3", "gpt 3", "gpt-3" and "GPT-3"', () => {
    for (const query of ['GPT3', 'gpt 3', 'gpt-3', 'GPT-3', 'Gpt3']) expect(finds(query, 'GPT-3 learns in context'), query).toBe(true);
    for (const query of ['gpt-3', 'gpt 3']) expect(finds(query, 'GPT3 learns in context'), query).toBe(true);
  });

  it('finds CodeX as Codex', () => {
    expect(finds('CodeX', 'Codex writes programs')).toBe(true);
  });

  it('finds ST-MoE and Flan-T5 whole, by their parts and without hyphens', () => {
    for (const query of ['ST-MoE', 'st moe', 'stmoe', 'moe']) expect(finds(query, 'ST-MoE is sparse'), query).toBe(true);
    for (const query of ['Flan-T5', 'flan t5', 'flant5', 'flan', 't5']) expect(finds(query, 'Flan-T5 was instruction-tuned'), query).toBe(true);
  });

  it('finds parameter counts, percentages and dataset years', () => {
    for (const query of ['175B', '175b', '175']) expect(finds(query, 'GPT-3 has 175B parameters'), query).toBe(true);
    for (const query of ['86.5%', '86.5', '86']) expect(finds(query, 'GPT-4 scored 86.5% on MMLU'), query).toBe(true);
    for (const query of ['CoNLL03', 'conll03', 'conll 03', 'conll']) expect(finds(query, 'On CoNLL03, fine-tuned models win'), query).toBe(true);
    expect(finds('gpt 3.5', 'GPT-3.5 Turbo')).toBe(true);
  });

  it('does not split digit runs into chunks (FlexSearch 0.8 would: 175 / 2003)', () => {
    expect(indexTerms(tokenize('2003')[0]!)).toEqual(['2003']);
    expect(finds('2003', 'CoNLL-2003')).toBe(true);
    expect(finds('003', 'CoNLL-2003')).toBe(false);
  });

  it('splits camel case so "gpt" finds ChatGPT and BloombergGPT', () => {
    expect(finds('gpt', 'ChatGPT')).toBe(true);
    expect(finds('gpt', 'BloombergGPT')).toBe(true);
    expect(finds('bloomberg', 'BloombergGPT')).toBe(true);
  });

  it('turns a query word into exactly one term', () => {
    expect(queryTerms('GPT-3.5 Flan-T5 86.5% CoNLL03')).toEqual(['gpt35', 'flant5', '865', 'conll03']);
  });
});

describe('Chinese, Japanese and Korean', () => {
  it('segments Chinese into words with Intl.Segmenter', () => {
    const segments = segmentCjk('大型语言模型在命名实体识别上表现较差').map((t) => t.text);
    expect(segments).toContain('语言');
    expect(segments).toContain('模型');
    expect(segments.every((s) => s.length >= 1)).toBe(true);
    expect(segments.join('')).toBe('大型语言模型在命名实体识别上表现较差');
  });

  it('segments documents and queries the same way, so a Chinese word query finds the text', () => {
    const text = '大型语言模型在命名实体识别上表现较差';
    expect(finds('模型', text)).toBe(true);
    expect(finds('命名实体识别', text)).toBe(true);
    expect(finds('语言模型', text)).toBe(true);
  });

  it('does not match unrelated characters, as one-term-per-character indexing would', () => {
    expect(finds('型语', '大型语言模型')).toBe(false);
  });

  it('separates Latin names inside Chinese text', () => {
    expect(words('使用GPT-3模型')).toEqual(['使用', 'GPT-3', '模型']);
    expect(finds('gpt3', '使用GPT-3模型')).toBe(true);
  });

  it('gives positions inside the original text', () => {
    const text = '我们用GPT-3做命名实体识别';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
