/**
 * Figure 2 of the paper as data: yes/no questions in the figure's order, each branch leading to
 * the next question or to an outcome, with the claims that justify the outcome. Checked like the
 * rest of the content: every reference resolves, every question is reachable, every path ends.
 */
import { z } from 'astro/zod';
import { didYouMean, type ContentError } from './errors';
import { OUTCOMES } from '../core/vocabulary';
import { slug } from './schema';
import { errorAt, type SourceFile } from './source';
import { validate } from './validate';

/** The fields of an answer's branch (documented on /api/); `branchSchema` adds the rule that joins them. */
export const branchFields = z
  .object({
    next: slug.optional().describe('id of the question asked next'),
    outcome: z
      .enum(OUTCOMES)
      .optional()
      .describe('where this answer ends: llm, fine-tuned or none (no model does well yet)'),
    because: z.array(slug).default([]).describe('ids of the claims that support this outcome'),
  })
  .strict();

const branchSchema = branchFields.refine(
  (b) => (b.next === undefined) !== (b.outcome === undefined),
  {
    message:
      'a branch needs exactly one of next (a question id) or outcome (llm, fine-tuned or none)',
  },
);

export const questionSchema = z
  .object({
    id: slug.describe('unique id of the question, used in shared URLs'),
    question: z.string().trim().min(1).describe('the yes/no question as the reader sees it'),
    explanation: z.string().trim().min(1).describe('what the question means and why it matters'),
    example: z
      .string()
      .trim()
      .min(1)
      .describe('a concrete application for which the answer is yes'),
    yes: branchSchema.describe('where the answer yes leads'),
    zh: z
      .object({
        question: z.string().trim().min(1),
        explanation: z.string().trim().min(1),
        example: z.string().trim().min(1),
        translates: z
          .string()
          .regex(/^[0-9a-f]{8}$/)
          .optional(),
      })
      .strict()
      .optional()
      .describe('the question, explanation and example in Simplified Chinese'),
    no: branchSchema.describe('where the answer no leads'),
  })
  .strict();

export const decisionFlowSchema = z
  .object({
    start: slug.describe('id of the first question'),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export type DecisionBranch = z.infer<typeof branchSchema>;
export type DecisionQuestion = z.infer<typeof questionSchema>;
export type DecisionFlow = z.infer<typeof decisionFlowSchema>;

/** Validates the flow and checks it against the claims that exist; returns the flow only if sound. */
export function checkDecisionFlow(
  source: SourceFile,
  claimIds: ReadonlySet<string>,
): { flow?: DecisionFlow; errors: ContentError[] } {
  // Questions are validated one by one so that one malformed question does not hide the others' problems.
  const { value: shell, errors } = validate(
    decisionFlowSchema.extend({ questions: z.array(z.unknown()).min(1) }),
    source,
  );
  if (!shell) return { errors };
  const questions = shell.questions.flatMap((_, i) => {
    const { value, errors: questionErrors } = validate(questionSchema, source, ['questions', i]);
    errors.push(...questionErrors);
    return value ? [{ question: value, at: i }] : [];
  });
  const flow: DecisionFlow = { start: shell.start, questions: questions.map((q) => q.question) };

  const index = new Map<string, number>();
  for (const { question: q, at: i } of questions) {
    if (index.has(q.id))
      errors.push(
        errorAt(
          source,
          ['questions', i, 'id'],
          `duplicate question id "${q.id}"`,
          'give each question its own id',
        ),
      );
    else index.set(q.id, i);
  }
  // Ids of malformed questions still count as known, so a typo elsewhere is not blamed on them.
  const rawIds = shell.questions.flatMap((q) =>
    typeof (q as { id?: unknown } | null)?.id === 'string' ? [(q as { id: string }).id] : [],
  );
  const known = new Set([...index.keys(), ...rawIds]);
  const questionNames = new Map([...known].map((id) => [id, [] as string[]]));
  const claimNames = new Map([...claimIds].map((id) => [id, [] as string[]]));

  if (!known.has(flow.start)) {
    errors.push(
      errorAt(
        source,
        ['start'],
        `unknown question "${flow.start}"`,
        didYouMean(flow.start, questionNames, 'start must be the id of a question'),
      ),
    );
  }
  for (const { question: q, at: i } of questions) {
    for (const answer of ['yes', 'no'] as const) {
      const branch = q[answer];
      if (branch.next && !known.has(branch.next)) {
        errors.push(
          errorAt(
            source,
            ['questions', i, answer, 'next'],
            `unknown question "${branch.next}"`,
            didYouMean(branch.next, questionNames, 'next must be the id of a question'),
          ),
        );
      }
      branch.because.forEach((claim, j) => {
        if (!claimIds.has(claim)) {
          errors.push(
            errorAt(
              source,
              ['questions', i, answer, 'because', j],
              `unknown claim "${claim}"`,
              didYouMean(claim, claimNames, 'because lists ids of claims in content/guide/*.mdx'),
            ),
          );
        }
      });
      if (branch.outcome && branch.because.length === 0) {
        errors.push(
          errorAt(
            source,
            ['questions', i, answer],
            `the "${answer}" answer ends in an outcome without supporting claims`,
            'add because: [<claim id>, …] so readers see why',
          ),
        );
      }
    }
  }
  if (errors.length > 0) return { errors };

  // Walk from the start: every question must be reachable, and no path may loop.
  const reached = new Set<string>();
  const walk = (id: string, path: string[]) => {
    if (path.includes(id)) {
      errors.push(
        errorAt(
          source,
          ['questions', index.get(id)!, 'id'],
          `the flow loops: ${[...path, id].join(' → ')}`,
          'every path must end in an outcome',
        ),
      );
      return;
    }
    reached.add(id);
    const q = flow.questions[index.get(id)!]!;
    for (const branch of [q.yes, q.no]) if (branch.next) walk(branch.next, [...path, id]);
  };
  walk(flow.start, []);
  flow.questions.forEach((q, i) => {
    if (!reached.has(q.id))
      errors.push(
        errorAt(
          source,
          ['questions', i, 'id'],
          `question "${q.id}" can never be reached from "${flow.start}"`,
          'point a branch at it with next, or remove it',
        ),
      );
  });
  return errors.length > 0 ? { errors } : { flow, errors };
}
