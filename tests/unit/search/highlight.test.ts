import { describe, expect, it } from 'vitest';
import { excerpt, highlight, matchRanges, type MatchTerms } from '../../../src/search/highlight';

const terms = (exact: string[], prefix: string | null = null): MatchTerms => ({
  exact: new Set(exact),
  prefix,
});
const marked = (text: string, t: MatchTerms) =>
  highlight(text, t)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlighting', () => {
  it('marks whole words a term matches, in the text as written', () => {
    expect(marked('Fine-tuned models beat GPT-3 on NER.', terms(['gpt3', 'ner']))).toEqual([
      'GPT-3',
      'NER',
    ]);
  });

  it('marks the word being typed by its prefix', () => {
    expect(marked('Summarization and summaries', terms([], 'summar'))).toEqual([
      'Summarization',
      'summaries',
    ]);
  });

  it('marks parts of names the query named', () => {
    expect(marked('Flan-T5 and ChatGPT', terms(['gpt']))).toEqual(['ChatGPT']);
    expect(marked('It scored 86.5% on MMLU', terms(['865']))).toEqual(['86.5']);
  });

  it('merges neighbouring matches into one mark', () => {
    expect(marked('named entity recognition', terms(['named', 'entity', 'recognition']))).toEqual([
      'named entity recognition',
    ]);
  });

  it('returns the text unchanged, in segments, so it can never become markup', () => {
    const hostile = '<img src=x onerror=alert(1)> GPT-3 <script>alert(1)</script>';
    const segments = highlight(hostile, terms(['gpt3', 'script']));
    expect(segments.map((s) => s.text).join('')).toBe(hostile);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual([
      'GPT-3',
      'script',
      'script',
    ]);
    for (const segment of segments) expect(typeof segment.text).toBe('string');
  });

  it('gives ranges that index the original text, diacritics and CJK included', () => {
    const text = 'Un modèle GPT-3 用于命名实体识别';
    const ranges = matchRanges(text, terms(['modele', '命名']));
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['modèle', '命名']);
  });

  it('marks nothing when there are no terms', () => {
    expect(highlight('plain text', terms([]))).toEqual([{ text: 'plain text', match: false }]);
  });
});

describe('excerpts', () => {
  it('keeps short texts whole', () => {
    expect(
      excerpt('short text', terms(['text']))
        .map((s) => s.text)
        .join(''),
    ).toBe('short text');
  });

  it('cuts long texts around the first match, at word boundaries, with ellipses', () => {
    const text = `${'lorem ipsum '.repeat(60)}GPT-3 matters here ${'dolor sit '.repeat(60)}`;
    const segments = excerpt(text, terms(['gpt3']), 120);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.length).toBeLessThanOrEqual(130);
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(segments.some((s) => s.match && s.text === 'GPT-3')).toBe(true);
  });
});
