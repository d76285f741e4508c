/**
 * Walking Figure 2's decision flow: from the first question, each answer leads to the next
 * question or ends in an outcome. Pure functions over the flow's data, shared by the /decide/
 * page (the outline), its client script (one question at a time) and the tests.
 */
import type { Outcome } from '../core/vocabulary';
import { cut, type UrlState } from '../core/url-state';
import { decideWords } from '../i18n/client/decide';
import { ANSWERS_PARAM, answersStateIn, type Answer } from './answers';

type DecideWords = (typeof decideWords)['en'];

/**
 * The flow's shape as these functions need it. Both the validated content (claims as slugs) and
 * the published artefact (claims as node ids, no `because` on a `next`) fit it.
 */
export interface Branch {
  next?: string;
  outcome?: Outcome;
  because?: readonly string[];
}
export interface Question {
  id: string;
  question: string;
  explanation: string;
  example: string;
  yes: Branch;
  no: Branch;
  /** The question's words in Simplified Chinese, where the flow has them. */
  zh?: { question: string; explanation: string; example: string };
}
export interface Flow {
  start: string;
  questions: readonly Question[];
}

export const ANSWER_ORDER: readonly Answer[] = ['yes', 'no'];

/** A question answered on the way. */
export interface Step {
  question: Question;
  answer: Answer;
}

/** An answer that ends the flow: the figure's outcome and the claims that support it. */
export interface Ending {
  /** `<question id>-<answer>`: unique, and the anchor of the ending on the page. */
  id: string;
  question: Question;
  answer: Answer;
  outcome: Outcome;
  because: readonly string[];
}

/** Where a reader stands: still answering (`question`), or done (`ending`). */
export type Position =
  | { steps: Step[]; question: Question; ending?: undefined }
  | { steps: Step[]; ending: Ending; question?: undefined };

const endingId = (question: Question, answer: Answer) => `${question.id}-${answer}`;

/** The questions by id; the flow is validated at build time, so every `next` resolves. */
export function questionsById(flow: Flow): Map<string, Question> {
  return new Map(flow.questions.map((q) => [q.id, q]));
}

function endingOf(question: Question, answer: Answer, branch: Branch): Ending | undefined {
  return branch.outcome
    ? {
        id: endingId(question, answer),
        question,
        answer,
        outcome: branch.outcome,
        because: branch.because ?? [],
      }
    : undefined;
}

/**
 * Follows the answers from the start as far as they lead: the position reached, and the answers
 * left over once an outcome was reached (a shared link may carry more than its path needs).
 * Undefined only if the answers run off the flow (a `next` that does not resolve).
 */
export function settle(
  flow: Flow,
  answers: readonly Answer[],
  byId = questionsById(flow),
): { position: Position; ignored: Answer[] } | undefined {
  let question = byId.get(flow.start);
  const steps: Step[] = [];
  for (const [i, answer] of answers.entries()) {
    if (!question) return undefined;
    steps.push({ question, answer });
    const branch = question[answer];
    const ending = endingOf(question, answer, branch);
    if (ending) return { position: { steps, ending }, ignored: answers.slice(i + 1) };
    question = branch.next ? byId.get(branch.next) : undefined;
  }
  return question ? { position: { steps, question }, ignored: [] } : undefined;
}

/** Follows the answers from the start; undefined if they run past an outcome or off the flow. */
export function follow(
  flow: Flow,
  answers: readonly Answer[],
  byId = questionsById(flow),
): Position | undefined {
  const settled = settle(flow, answers, byId);
  return settled && settled.ignored.length === 0 ? settled.position : undefined;
}

/** The most ignored answers named in a message; a longer tail ends in "…". */
const NAMED = 6;

/** Says which answers of a shared link were not needed, and why. */
function ignoredMessage(used: number, ignored: readonly Answer[], words: DecideWords): string {
  const named = ignored.slice(0, NAMED).map((answer) => words.answer[answer].toLowerCase());
  return words.ignored(used, named, ignored.length > NAMED);
}

/**
 * The advisor's place as URL state: the position `?answers=` leads to. Answers past an outcome are
 * dropped with a message naming them (the outcome stands); answers that cannot be read start from
 * the first question, with a message saying why.
 */
export function advisorState(
  flow: Flow,
  byId = questionsById(flow),
  words: DecideWords = decideWords.en,
): UrlState<Position> {
  const first = (): Position => ({ steps: [], question: byId.get(flow.start)! });
  const again = words.again;
  const answersState = answersStateIn(words);
  return {
    read(params) {
      const { state: answers, problems } = answersState.read(params);
      if (problems.length > 0) return { state: first(), problems: [`${problems[0]} ${again}`] };
      const settled = settle(flow, answers, byId);
      if (settled)
        return {
          state: settled.position,
          problems:
            settled.ignored.length > 0
              ? [ignoredMessage(settled.position.steps.length, settled.ignored, words)]
              : [],
        };
      const raw = params.get(ANSWERS_PARAM)!.trim().toLowerCase();
      return {
        state: first(),
        problems: [`${words.misfit(`?${ANSWERS_PARAM}=${cut(raw)}`)} ${again}`],
      };
    },
    write: (position) => answersState.write(position.steps.map((step) => step.answer)),
  };
}

/** The position a `?answers=` value describes (see `advisorState`), with the message if there is one. */
export function restore(
  flow: Flow,
  raw: string | null,
  byId = questionsById(flow),
): { position: Position; problem?: string } {
  const params = new URLSearchParams(raw === null ? '' : { [ANSWERS_PARAM]: raw });
  const { state, problems } = advisorState(flow, byId).read(params);
  return problems.length > 0
    ? { position: state, problem: problems.join(' ') }
    : { position: state };
}

/** Every path from the first question to an outcome, depth first, yes before no. */
export function paths(
  flow: Flow,
  byId = questionsById(flow),
): Array<{ answers: Answer[]; ending: Ending }> {
  const found: Array<{ answers: Answer[]; ending: Ending }> = [];
  const visit = (id: string, answers: Answer[]) => {
    const question = byId.get(id);
    if (!question) return;
    for (const answer of ANSWER_ORDER) {
      const branch = question[answer];
      const ending = endingOf(question, answer, branch);
      if (ending) found.push({ answers: [...answers, answer], ending });
      else if (branch.next) visit(branch.next, [...answers, answer]);
    }
  };
  visit(flow.start, []);
  return found;
}

/** Every ending in the order of the questions that lead to it, yes before no. */
export function endings(flow: Flow): Ending[] {
  return flow.questions.flatMap((question) =>
    ANSWER_ORDER.flatMap((answer) => endingOf(question, answer, question[answer]) ?? []),
  );
}

/** The shortest answers that reach each ending, e.g. to link an outcome to its place in the advisor. */
export function shortestAnswers(flow: Flow, byId = questionsById(flow)): Map<string, Answer[]> {
  const shortest = new Map<string, Answer[]>();
  for (const { answers, ending } of paths(flow, byId)) {
    const known = shortest.get(ending.id);
    if (!known || answers.length < known.length) shortest.set(ending.id, answers);
  }
  return shortest;
}

/** The most questions any reader can be asked, for "question 3 of up to 10". */
export function longestPath(flow: Flow, byId = questionsById(flow)): number {
  return Math.max(0, ...paths(flow, byId).map((p) => p.answers.length));
}

/** The ids of the questions some path reaches (all of them, in a sound flow). */
export function reachable(flow: Flow, byId = questionsById(flow)): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id) || !byId.has(id)) return;
    seen.add(id);
    for (const answer of ANSWER_ORDER) {
      const next = byId.get(id)![answer].next;
      if (next) visit(next);
    }
  };
  visit(flow.start);
  return seen;
}
