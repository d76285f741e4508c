/** How a set of claims comes out: the count of each verdict, in the fixed order of the vocabulary. */
import { VERDICTS, type Verdict } from '../core/vocabulary';
import type { ClaimNode } from '../graph/types';

export interface VerdictCount {
  verdict: Verdict;
  count: number;
}

export function verdictCounts(claims: readonly ClaimNode[]): VerdictCount[] {
  const counts = new Map<Verdict, number>(VERDICTS.map((v) => [v, 0]));
  for (const claim of claims) counts.set(claim.verdict, (counts.get(claim.verdict) ?? 0) + 1);
  return VERDICTS.map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 }));
}
