/**
 * The advisor's answers as they travel in the address bar: one letter per question asked,
 * `y` for yes and `n` for no, in order — `/decide/?answers=nny`. Short enough to read aloud,
 * and a shared link restores exactly the same path.
 */
export type Answer = 'yes' | 'no';

export const ANSWERS_PARAM = 'answers';

const LETTER: Record<Answer, string> = { yes: 'y', no: 'n' };

export function encodeAnswers(answers: readonly Answer[]): string {
  return answers.map((answer) => LETTER[answer]).join('');
}

export type ParsedAnswers = { answers: Answer[]; problem?: undefined } | { answers?: undefined; problem: string };

/** Reads `?answers=`; letters are case-insensitive, anything else is a problem to explain, never to guess at. */
export function parseAnswers(raw: string): ParsedAnswers {
  const letters = raw.trim().toLowerCase();
  if (!/^[yn]*$/.test(letters)) {
    return { problem: `The answers in this link (“${excerpt(raw)}”) could not be read: they are written one letter per question, y for yes and n for no, as in ?${ANSWERS_PARAM}=nny.` };
  }
  return { answers: [...letters].map((letter) => (letter === 'y' ? 'yes' : 'no')) };
}

/** A hostile or mistyped value is shown back to the reader (as text, never as markup), cut short. */
export function excerpt(raw: string, max = 24): string {
  const chars = [...raw];
  return chars.length <= max ? raw : `${chars.slice(0, max).join('')}…`;
}
