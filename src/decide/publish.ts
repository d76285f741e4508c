/**
 * The decision flow as published at /api/decision-flow.json (and read by /decide/'s script): the
 * content's shape, with the supporting claims as graph node ids (`claim:<slug>`) so a reader can
 * join them with /api/graph.json directly, and the Chinese words beside the English (`zh`).
 */
import type { DecisionBranch, DecisionFlow, DecisionQuestion } from '../graph/decision-flow';
import type { Outcome } from '../core/vocabulary';
import { en, type Dictionary } from '../i18n/en';
import { zh } from '../i18n/zh';

export type PublishedBranch = { next: string } | { outcome: Outcome; because: string[] };

export interface PublishedQuestion extends Omit<DecisionQuestion, 'yes' | 'no' | 'zh'> {
  yes: PublishedBranch;
  no: PublishedBranch;
  /** The question, explanation and example in Simplified Chinese. */
  zh?: { question: string; explanation: string; example: string };
}

export interface PublishedFlow {
  /** Bumped when the contract changes in a way that breaks readers. */
  version: 1;
  start: string;
  /** What each outcome recommends, in words. */
  outcomes: Record<Outcome, string>;
  questions: PublishedQuestion[];
  /** The outcomes in Simplified Chinese. */
  zh: { outcomes: Record<Outcome, string> };
}

// The builder guarantees each branch has exactly one of next and outcome.
const publishBranch = ({ next, outcome, because }: DecisionBranch): PublishedBranch =>
  next ? { next } : { outcome: outcome!, because: because.map((slug) => `claim:${slug}`) };

const outcomeTitles = (words: Dictionary): Record<Outcome, string> => ({
  llm: words.outcome.llm.title,
  'fine-tuned': words.outcome['fine-tuned'].title,
  none: words.outcome.none.title,
});

export function publishFlow(flow: DecisionFlow): PublishedFlow {
  return {
    version: 1,
    start: flow.start,
    outcomes: outcomeTitles(en),
    questions: flow.questions.map(({ zh: words, ...q }) => ({
      ...q,
      yes: publishBranch(q.yes),
      no: publishBranch(q.no),
      ...(words
        ? {
            zh: {
              question: words.question,
              explanation: words.explanation,
              example: words.example,
            },
          }
        : {}),
    })),
    zh: { outcomes: outcomeTitles(zh) },
  };
}
