/** How a set of claims comes out: the count of each verdict, in the fixed order of the schema. */
import { VERDICTS, type Verdict } from '../graph/schema';
import type { ClaimNode } from '../graph/types';

export function verdictCounts(claims: readonly ClaimNode[]): Array<{ verdict: Verdict; count: number }> {
  const counts = new Map<Verdict, number>(VERDICTS.map((v) => [v, 0]));
  for (const claim of claims) counts.set(claim.verdict, (counts.get(claim.verdict) ?? 0) + 1);
  return VERDICTS.map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 }));
}
