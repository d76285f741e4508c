/**
 * The advisor's answers as they travel in the address bar: one letter per question asked,
 * `y` for yes and `n` for no, in order — `/decide/?answers=nny`. Short enough to read aloud,
 * and a shared link restores exactly the same path. Whether the answers fit the questions is
 * the flow's to say (`advisorState` in walk.ts); here they are only letters.
 */
import { decideWords } from '../i18n/client/decide';
import { cut, type UrlState } from '../core/url-state';

export type Answer = 'yes' | 'no';

export const ANSWERS_PARAM = 'answers';

const LETTER: Record<Answer, string> = { yes: 'y', no: 'n' };

export function encodeAnswers(answers: readonly Answer[]): string {
  return answers.map((answer) => LETTER[answer]).join('');
}

export type ParsedAnswers =
  { answers: Answer[]; problem?: undefined } | { answers?: undefined; problem: string };

/** Reads `?answers=`; letters are case-insensitive, anything else is a problem to explain, never to guess at. */
export function parseAnswers(raw: string, words = decideWords.en): ParsedAnswers {
  const letters = raw.trim().toLowerCase();
  if (!/^[yn]*$/.test(letters)) return { problem: words.unreadable(cut(raw), ANSWERS_PARAM) };
  return { answers: [...letters].map((letter) => (letter === 'y' ? 'yes' : 'no')) };
}

/** `?answers=` on the URL-state contract: no parameter (or an empty one) is no answers yet. */
export const answersStateIn = (words = decideWords.en): UrlState<Answer[]> => ({
  read(params) {
    const parsed = parseAnswers(params.get(ANSWERS_PARAM) ?? '', words);
    return parsed.problem === undefined
      ? { state: parsed.answers, problems: [] }
      : { state: [], problems: [parsed.problem] };
  },
  write(answers) {
    const params = new URLSearchParams();
    if (answers.length > 0) params.set(ANSWERS_PARAM, encodeAnswers(answers));
    return params;
  },
});

/** `?answers=` with its messages in English. */
export const answersState = answersStateIn();
