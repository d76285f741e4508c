/**
 * The vocabulary of the index — every term, sorted, with the number of documents that hold it —
 * so the word being typed can match as a prefix ("summar" → summarization) without FlexSearch's
 * `forward` tokenizer, which at 100,000 claims made the index four times bigger and five times
 * slower to build.
 */

/** A prefix matches at most this many terms, the most frequent first; enough for any real word. */
export const MAX_EXPANSIONS = 64;

export class Vocabulary {
  private constructor(
    readonly terms: string[],
    readonly frequencies: Uint32Array,
  ) {}

  static fromCounts(counts: Map<string, number>): Vocabulary {
    const terms = [...counts.keys()].sort();
    return new Vocabulary(
      terms,
      Uint32Array.from(terms, (t) => counts.get(t)!),
    );
  }

  static fromJSON(json: { terms: string[]; frequencies: number[] }): Vocabulary {
    return new Vocabulary(json.terms, Uint32Array.from(json.frequencies));
  }

  toJSON() {
    return { terms: this.terms, frequencies: Array.from(this.frequencies) };
  }

  has(term: string): boolean {
    const i = this.lowerBound(term);
    return this.terms[i] === term;
  }

  /** Terms that start with `prefix`: the term itself first if it exists, then the most frequent. */
  expand(prefix: string): string[] {
    const from = this.lowerBound(prefix);
    let to = from;
    while (to < this.terms.length && this.terms[to]!.startsWith(prefix)) to++;
    const found = this.terms.slice(from, to);
    if (found.length <= MAX_EXPANSIONS) return found;
    // The exact term, if the prefix is one, always stays; the rest are the most frequent completions.
    const exact = this.terms[from] === prefix;
    const byFrequency = Array.from({ length: to - from }, (_, i) => from + i)
      .filter((i) => !(exact && i === from))
      .sort((a, b) => this.frequencies[b]! - this.frequencies[a]!)
      .slice(0, exact ? MAX_EXPANSIONS - 1 : MAX_EXPANSIONS)
      .map((i) => this.terms[i]!);
    return exact ? [prefix, ...byFrequency] : byFrequency;
  }

  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
