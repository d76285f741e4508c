/**
 * The decision flow as published at /api/decision-flow.json (and embedded in /decide/ for its
 * script): the content's shape, with the supporting claims as graph node ids (`claim:<slug>`)
 * so a reader can join them with /api/graph.json directly.
 */
import type { DecisionBranch, DecisionFlow, DecisionQuestion, Outcome } from '../graph/decision-flow';
import { OUTCOME } from '../site/labels';

export type PublishedBranch = { next: string } | { outcome: Outcome; because: string[] };

export interface PublishedQuestion extends Omit<DecisionQuestion, 'yes' | 'no'> {
  yes: PublishedBranch;
  no: PublishedBranch;
}

export interface PublishedFlow {
  /** Bumped when the contract changes in a way that breaks readers. */
  version: 1;
  start: string;
  /** What each outcome recommends, in words. */
  outcomes: Record<Outcome, string>;
  questions: PublishedQuestion[];
}

// The builder guarantees each branch has exactly one of next and outcome.
const publishBranch = ({ next, outcome, because }: DecisionBranch): PublishedBranch =>
  next ? { next } : { outcome: outcome!, because: because.map((slug) => `claim:${slug}`) };

export function publishFlow(flow: DecisionFlow): PublishedFlow {
  return {
    version: 1,
    start: flow.start,
    outcomes: { llm: OUTCOME.llm.title, 'fine-tuned': OUTCOME['fine-tuned'].title, none: OUTCOME.none.title },
    questions: flow.questions.map((q) => ({ ...q, yes: publishBranch(q.yes), no: publishBranch(q.no) })),
  };
}
