import { describe, expect, it } from 'vitest';
import { cjkChunks, cjkWords, segmentCjk } from '../../../src/search/cjk';
import { indexTerms, queryTerm, textTerms, tokenize } from '../../../src/search/text';

const words = (text: string) => tokenize(text).map((t) => t.text);
const queryTerms = (text: string) => tokenize(text).map(queryTerm);
/** Every query term of `query` is among the index terms of `text`: the query finds the text. */
const finds = (query: string, text: string) => {
  const terms = new Set(textTerms(text));
  return queryTerms(query).every((term) => terms.has(term));
};

describe('tokenizing', () => {
  it('keeps hyphenated, dotted and numeric names together as one word', () => {
    expect(words('GPT-3.5, ST-MoE and Flan-T5 scored 86.5% (175B).')).toEqual([
      'GPT-3.5',
      'ST-MoE',
      'and',
      'Flan-T5',
      'scored',
      '86.5',
      '175B',
    ]);
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
    for (const query of ['GPT3', 'gpt 3', 'gpt-3', 'GPT-3', 'Gpt3'])
      expect(finds(query, 'GPT-3 learns in context'), query).toBe(true);
    for (const query of ['gpt-3', 'gpt 3'])
      expect(finds(query, 'GPT3 learns in context'), query).toBe(true);
  });

  it('finds CodeX as Codex', () => {
    expect(finds('CodeX', 'Codex writes programs')).toBe(true);
  });

  it('finds ST-MoE and Flan-T5 whole, by their parts and without hyphens', () => {
    for (const query of ['ST-MoE', 'st moe', 'stmoe', 'moe'])
      expect(finds(query, 'ST-MoE is sparse'), query).toBe(true);
    for (const query of ['Flan-T5', 'flan t5', 'flant5', 'flan', 't5'])
      expect(finds(query, 'Flan-T5 was instruction-tuned'), query).toBe(true);
  });

  it('finds parameter counts, percentages and dataset years', () => {
    for (const query of ['175B', '175b', '175'])
      expect(finds(query, 'GPT-3 has 175B parameters'), query).toBe(true);
    for (const query of ['86.5%', '86.5', '86'])
      expect(finds(query, 'GPT-4 scored 86.5% on MMLU'), query).toBe(true);
    for (const query of ['CoNLL03', 'conll03', 'conll 03', 'conll'])
      expect(finds(query, 'On CoNLL03, fine-tuned models win'), query).toBe(true);
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
    expect(queryTerms('GPT-3.5 Flan-T5 86.5% CoNLL03')).toEqual([
      'gpt35',
      'flant5',
      '865',
      'conll03',
    ]);
  });
});

/** Whether a CJK query string is found in a text the way the engine looks for it: all its pairs indexed, then as written. */
const findsCjk = (query: string, text: string) => {
  const terms = new Set(textTerms(text));
  const grams = Array.from(query).length === 1 ? [query] : pairs(query);
  return grams.every((g) => terms.has(g)) && text.includes(query);
};
const pairs = (s: string) =>
  Array.from(s)
    .slice(0, -1)
    .map((c, i) => c + Array.from(s)[i + 1]);

describe('Chinese, Japanese and Korean', () => {
  it('keeps a CJK run whole as one token, separate from Latin names inside it', () => {
    expect(words('使用GPT-3模型')).toEqual(['使用', 'GPT-3', '模型']);
    expect(finds('gpt3', '使用GPT-3模型')).toBe(true);
    expect(words('在命名实体识别上，微调模型更好')).toEqual(['在命名实体识别上', '微调模型更好']);
  });

  it('indexes every character and every pair of neighbours of a run, and nothing across punctuation', () => {
    const terms = textTerms('思维链，提示');
    for (const term of ['思', '维', '链', '思维', '维链', '提示']) expect(terms).toContain(term);
    expect(terms).not.toContain('链提');
    expect(terms).not.toContain('思维链');
  });

  it('finds a word as written and inside longer words, wherever a segmenter would cut', () => {
    expect(findsCjk('实体识别', '命名实体识别对LLM仍是难题')).toBe(true);
    expect(findsCjk('翻译', '在高资源机器翻译中')).toBe(true);
    expect(findsCjk('思维链', '思维链（CoT）提示')).toBe(true);
    expect(findsCjk('标注', '数据标注者')).toBe(true);
    expect(findsCjk('人', '聊天机器人')).toBe(true);
  });

  it('does not find characters that are there but apart', () => {
    expect(findsCjk('标注', '标签和注释')).toBe(false);
    expect(findsCjk('思维链', '思维的链条')).toBe(false);
  });

  it('gives positions inside the original text', () => {
    const text = '我们用GPT-3做命名实体识别';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps a run as long as the text it came from, so highlights line up', () => {
    for (const run of ['命名实体识别', '\u{2F800}体', 'がギ', '한국어'])
      expect(queryTerm(tokenize(run)[0]!).length).toBe(run.length);
  });
});

describe('Chinese queries', () => {
  it('segments Chinese into words with Intl.Segmenter', () => {
    const segments = segmentCjk('大型语言模型在命名实体识别上表现较差');
    expect(segments).toContain('语言');
    expect(segments.join('')).toBe('大型语言模型在命名实体识别上表现较差');
  });

  it('drops the words that ask rather than name, keeping the rest in runs as typed', () => {
    expect(cjkChunks('什么时候用微调模型')).toEqual(['微调模型']);
    expect(cjkChunks('的代码能力')).toEqual(['代码能力']);
    expect(cjkChunks('命名实体识别')).toEqual(['命名实体识别']);
    expect(cjkChunks('什么')).toEqual([]);
  });

  it('keeps a one-character stop word that is half of a cut term', () => {
    // The segmenter cuts 模型对齐 into 模型/对/齐: 对 is not the preposition here.
    expect(cjkChunks('模型对齐')).toEqual(['模型对齐']);
  });

  it('loosens a run into words of two characters or more, never lone characters', () => {
    expect(cjkWords('代码能力')).toEqual(['代码', '能力']);
    expect(cjkWords('少样本翻译')).toEqual(['少样本', '翻译']);
    expect(cjkWords('思维链')).toEqual(['思维链']);
    for (const run of ['数据标注', '闭卷问答', '鲁棒性', '多模态', '灾难性遗忘', '分布外泛化'])
      for (const piece of cjkWords(run)) expect(Array.from(piece).length, run).toBeGreaterThan(1);
  });
});
