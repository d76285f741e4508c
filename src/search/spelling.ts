/** "Did you mean": the nearest term of the index to a word that matched nothing. */
import { distance } from 'fastest-levenshtein';
import type { Vocabulary } from './terms';

/** Edits allowed grow with the word: none for very short words, where any guess is noise. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

export function nearestTerm(vocabulary: Vocabulary, word: string): string | undefined {
  const edits = allowedEdits(word.length);
  if (edits === 0) return undefined;
  let best: string | undefined;
  let bestDistance = edits + 1;
  let bestFrequency = 0;
  vocabulary.terms.forEach((term, i) => {
    if (Math.abs(term.length - word.length) > edits) return;
    const d = distance(term, word);
    const frequency = vocabulary.frequencies[i]!;
    if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
      best = term;
      bestDistance = d;
      bestFrequency = frequency;
    }
  });
  return best;
}
