/** Words and symbols for the graph's enum values, so every page says them the same way. */
import type { Outcome } from '../graph/decision-flow';
import type { ClaimKind, Family, TaskCategory, Verdict } from '../graph/schema';

/** Each verdict has a word and a symbol as well as a colour, so colour is never the only cue. */
export const VERDICT: Record<Verdict, { label: string; long: string; symbol: string }> = {
  llm: { label: 'LLM', long: 'LLMs are the better choice', symbol: '◆' },
  'fine-tuned': { label: 'Fine-tuned', long: 'Fine-tuned models are the better choice', symbol: '●' },
  comparable: { label: 'Comparable', long: 'Both do about as well', symbol: '=' },
  depends: { label: 'Depends', long: 'It depends on the situation', symbol: '?' },
};

export const KIND: Record<ClaimKind, { label: string; plural: string }> = {
  takeaway: { label: 'Takeaway', plural: 'Takeaways' },
  'use-case': { label: 'Use case', plural: 'Use cases: where LLMs do well' },
  'non-use-case': { label: 'Non-use case', plural: 'Non-use cases: where LLMs fall short' },
  observation: { label: 'Observation', plural: 'Observations' },
};

export const FAMILY: Record<Family, string> = {
  'pre-transformer': 'Pre-transformer',
  'encoder-only': 'Encoder-only',
  'encoder-decoder': 'Encoder-decoder',
  'decoder-only': 'Decoder-only',
};

export const CATEGORY: Record<TaskCategory, string> = {
  nlu: 'Natural language understanding',
  nlg: 'Natural language generation',
  knowledge: 'Knowledge-intensive',
  reasoning: 'Reasoning',
  misc: 'Miscellaneous',
  'real-world': 'Real-world',
};

/** Claims other than takeaways are shown in these groups, in this order, each under its own heading. */
export const CLAIM_GROUPS: ClaimKind[] = ['use-case', 'non-use-case', 'observation'];
export const groupAnchor = (kind: ClaimKind) => `${kind}s`;

/** Figure 2's outcomes, each with a recommendation, a symbol and a sentence, so colour is never the only cue. */
export const OUTCOME: Record<Outcome, { title: string; symbol: string; summary: string }> = {
  llm: {
    title: 'Use an LLM',
    symbol: '◆',
    summary: 'A large language model, prompted with instructions and perhaps a few examples, is the better choice for this application.',
  },
  'fine-tuned': {
    title: 'Use a fine-tuned model',
    symbol: '●',
    summary: 'A smaller model fine-tuned on labelled data for your task is likely to do as well or better, and costs far less to run.',
  },
  none: {
    title: 'No model does well yet',
    symbol: '✕',
    summary: 'Neither LLMs nor fine-tuned models handle this reliably yet: plan for rules, human review or a different way of framing the task.',
  },
};

/** A name as it reads mid-sentence: "Named entity recognition" → "named entity recognition", "NLG evaluation" unchanged. */
export const midSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? `${name[0]!.toLowerCase()}${name.slice(1)}` : name);
