/**
 * The domain's vocabulary: the enum values of the content model, the paper's sections and
 * takeaway boxes. Zod-free so that build, pages and browser share it; graph/schema.ts builds
 * its enums from these. Words for them, per language, are in src/i18n/.
 */
export const CLAIM_KINDS = ['takeaway', 'use-case', 'non-use-case', 'observation'] as const;
export const VERDICTS = ['llm', 'fine-tuned', 'comparable', 'depends', 'neither'] as const;
export const FAMILIES = [
  'pre-transformer',
  'encoder-only',
  'encoder-decoder',
  'decoder-only',
] as const;
export const TASK_CATEGORIES = [
  'nlu',
  'nlg',
  'knowledge',
  'reasoning',
  'misc',
  'real-world',
  'considerations',
] as const;

/** Figure 2's recommendations: an LLM, a fine-tuned model, or none (no model does well yet). */
export const OUTCOMES = ['llm', 'fine-tuned', 'none'] as const;

/** Each verdict and outcome has a symbol as well as a colour and a word, so colour is never the only cue. */
export const VERDICT_SYMBOL = {
  llm: '◆',
  'fine-tuned': '●',
  comparable: '=',
  depends: '?',
  neither: '✕',
} as const;
/** An outcome shows the symbol of the verdict it amounts to (none: neither). */
export const OUTCOME_SYMBOL = { llm: '◆', 'fine-tuned': '●', none: '✕' } as const;

/** The kinds of document search finds. */
export const DOC_TYPES = ['claim', 'task', 'model', 'dataset', 'section', 'reference'] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Family = (typeof FAMILIES)[number];
export type TaskCategory = (typeof TASK_CATEGORIES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type DocType = (typeof DOC_TYPES)[number];

/** The paper itself, where every claim's section can be looked up. */
export const PAPER_URL = 'https://arxiv.org/abs/2304.13712';

/**
 * The sections of the paper's English original (arXiv 2304.13712 v2) by number, in order (their
 * titles, in each language, are in src/i18n/), and the
 * takeaway box ("Remark") each guide section ends with. A claim's provenance must name one.
 */
export const PAPER_SECTIONS = [
  '1',
  '2',
  '2.1',
  '2.2',
  '3',
  '3.1',
  '3.2',
  '3.3',
  '4',
  '4.1',
  '4.1.1',
  '4.1.2',
  '4.2',
  '4.2.1',
  '4.2.2',
  '4.3',
  '4.3.1',
  '4.3.2',
  '4.4',
  '4.4.1',
  '4.4.2',
  '4.4.3',
  '4.5',
  '4.5.1',
  '4.5.2',
  '4.6',
  '5',
  '5.1',
  '5.2',
  '5.3',
  '6',
] as const;
export type PaperSection = (typeof PAPER_SECTIONS)[number];

/** The original's takeaway boxes: Remark n sits in section `section` and makes `points` points. */
export const REMARKS = {
  1: { section: '3', points: 3 },
  2: { section: '4.1', points: 1 },
  3: { section: '4.2', points: 1 },
  4: { section: '4.3', points: 2 },
  5: { section: '4.4', points: 3 },
  6: { section: '4.5', points: 2 },
  7: { section: '4.6', points: 1 },
  8: { section: '5', points: 3 },
} as const satisfies Record<number, { section: PaperSection; points: number }>;
