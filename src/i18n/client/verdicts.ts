/**
 * Each verdict in a word (badges, facets, charts, the tree's panel) and in a sentence (for screen
 * readers), written once: search, the tree and the page dictionaries all take them from here.
 */
import type { Verdict } from '../../core/vocabulary';
import type { Bundle } from '../client';

const en = {
  llm: { label: 'LLM', long: 'LLMs are the better choice' },
  'fine-tuned': { label: 'Fine-tuned', long: 'Fine-tuned models are the better choice' },
  comparable: { label: 'Comparable', long: 'Both do about as well' },
  depends: { label: 'Depends', long: 'It depends on the situation' },
  neither: { label: 'Neither', long: 'Neither LLMs nor fine-tuned models do well yet' },
} satisfies Record<Verdict, { label: string; long: string }>;

export const verdictWords: Bundle<typeof en> = {
  en,
  zh: {
    llm: { label: 'LLM更优', long: 'LLM是更好的选择' },
    'fine-tuned': { label: '微调更优', long: '微调模型是更好的选择' },
    comparable: { label: '两者相当', long: '两者表现相当' },
    depends: { label: '视情况而定', long: '取决于具体情况' },
    neither: { label: '均不理想', long: 'LLM和微调模型目前都做不好' },
  },
};

/** Just the words: `{ llm: 'LLM', … }`. */
export const verdictLabels = (words: (typeof verdictWords)['en']): Record<Verdict, string> =>
  Object.fromEntries(Object.entries(words).map(([v, w]) => [v, w.label])) as Record<
    Verdict,
    string
  >;
