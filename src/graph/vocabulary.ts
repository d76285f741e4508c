/**
 * The content model's enum values, apart from the zod schemas so that browser code can use
 * them without bundling zod. schema.ts builds its enums from these and re-exports them.
 */
export const CLAIM_KINDS = ['takeaway', 'use-case', 'non-use-case', 'observation'] as const;
export const VERDICTS = ['llm', 'fine-tuned', 'comparable', 'depends'] as const;
export const FAMILIES = ['pre-transformer', 'encoder-only', 'encoder-decoder', 'decoder-only'] as const;
export const TASK_CATEGORIES = ['nlu', 'nlg', 'knowledge', 'reasoning', 'misc', 'real-world'] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Family = (typeof FAMILIES)[number];
export type TaskCategory = (typeof TASK_CATEGORIES)[number];
