/**
 * What can be typed in the search box, shown on /search/ and in the README. One source: the
 * README's table is checked against this list by a unit test (tests/unit/search/syntax.test.ts).
 */
import { DOC_TYPES, VERDICTS } from '../core/vocabulary';

export interface SyntaxRow {
  /** What to type; the first is the one shown on the search page. */
  examples: string[];
  /** In English (the README's table has the same words). */
  meaning: string;
  /** In Chinese, for /zh/search/. */
  zh: { meaning: string };
}

export const SEARCH_SYNTAX: SyntaxRow[] = [
  {
    examples: ['gpt 3', 'GPT3', 'summar'],
    meaning:
      'Words, matched as you type. Names work with or without hyphens and by their aliases (GPT3, CodeX, Flan T5); numbers too (175B, 86.5%).',
    zh: {
      meaning:
        '中文或英文词语，边输入边匹配。名称带不带连字符都能找到，也可以用别名（GPT3、CodeX、Flan T5）；数字同样可以（175B、86.5%）。',
    },
  },
  {
    examples: ['"fine-tuned models"'],
    meaning: 'An exact phrase.',
    zh: { meaning: '一字不差的短语。' },
  },
  {
    examples: ['task:ner', 'model:"gpt 3"', 'dataset:conll03', 'section:nlu'],
    meaning: 'Only results about a task. Also model:, dataset: and section:, by name or alias.',
    zh: {
      meaning:
        '只看与某项任务有关的结果。model:、dataset:和section:用法相同，名称或别名都行；字段名也可以写中文，如任务:ner。',
    },
  },
  {
    examples: ['paper:4.1', 'paper:5.2'],
    meaning:
      'Only claims from a section of the paper, its subsections included (4.1 finds 4.1.1 and 4.1.2).',
    zh: { meaning: '只看出自论文某一节的论断，下属小节也算在内（4.1会找到4.1.1和4.1.2）。' },
  },
  {
    examples: ['verdict:llm,comparable'],
    meaning: `Either value (a comma means “or”): ${VERDICTS.join(', ')}.`,
    zh: { meaning: `其中任一取值（逗号表示“或”）：${VERDICTS.join('、')}。` },
  },
  {
    examples: ['type:claim'],
    meaning: `One kind of result: ${DOC_TYPES.join(', ')}.`,
    zh: { meaning: `只看一类结果：${DOC_TYPES.join('、')}。` },
  },
];
