/**
 * Names as people type them. One normaliser and one resolver, shared by the content errors'
 * "did you mean", search (facet values and field syntax) and the tree's find box, so that
 * "gpt3", "GPT 3", "gpt-3" and "ＧＰＴ－３" mean the same model everywhere.
 */
import { distance } from 'fastest-levenshtein';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics, compatibility forms unified (ＧＰＴ → gpt, ﬁ → fi). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC').toLowerCase();
}

/** A name reduced to its letters and digits: "GPT 3", "gpt-3" and "ＧＰＴ－３" → "gpt3". */
export function normaliseName(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How far a typed name may be from a real one to be suggested: one edit for short names, a third of the length for long ones. */
const tolerance = (key: string) => (key.length <= 3 ? 1 : Math.max(2, Math.floor(key.length / 3)));

/**
 * Things known by several names (an id, a label, aliases), looked up by what someone typed.
 * Built once per set of things; `T` is whatever identifies a thing (an id, a position).
 */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly keys: Array<[key: string, thing: T]> = [];

  constructor(entries: Iterable<readonly [thing: T, names: readonly string[]]>) {
    for (const [thing, names] of entries) {
      for (const name of names) {
        const key = normaliseName(name);
        if (!key) continue;
        this.keys.push([key, thing]);
        // The first thing to claim a name keeps it.
        if (!this.byKey.has(key)) this.byKey.set(key, thing);
      }
    }
  }

  /** The thing with exactly this name, ignoring case, spacing and punctuation. */
  exact(typed: string): T | undefined {
    return this.byKey.get(normaliseName(typed));
  }

  /** The thing meant, if unambiguous: an exact name, the singular of a plural, or the only name starting so. */
  resolve(typed: string): T | undefined {
    const key = normaliseName(typed);
    if (!key) return undefined;
    const exact =
      this.byKey.get(key) ?? (key.endsWith('s') ? this.byKey.get(key.slice(0, -1)) : undefined);
    if (exact !== undefined) return exact;
    const starting = new Set(this.keys.filter(([k]) => k.startsWith(key)).map(([, t]) => t));
    return starting.size === 1 ? [...starting][0] : undefined;
  }

  /** Things named exactly so, then those with a name starting so (shortest name first), then containing it; in entry order otherwise. */
  complete(typed: string, limit: number): T[] {
    // Nothing typed yet completes to every name, shortest first (a field's suggestions as it opens).
    const key = normaliseName(typed);
    const rank = (k: string) => (k === key ? 0 : k.startsWith(key) ? 1 : k.includes(key) ? 2 : 3);
    const best = new Map<T, [rank: number, length: number, order: number]>();
    this.keys.forEach(([k, thing], order) => {
      const r = rank(k);
      if (r === 3) return;
      const known = best.get(thing);
      if (!known || r < known[0] || (r === known[0] && k.length < known[1]))
        best.set(thing, [r, k.length, known?.[2] ?? order]);
    });
    return [...best]
      .sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
      .slice(0, limit)
      .map(([thing]) => thing);
  }

  /** The things nearest to a name that matched nothing: completions first, then near misses by edit distance. */
  nearest(typed: string, limit = 3): T[] {
    const key = normaliseName(typed);
    if (!key) return [];
    const completed = this.complete(key, limit);
    if (completed.length > 0) return completed;
    const best = new Map<T, number>();
    for (const [k, thing] of this.keys) {
      if (Math.abs(k.length - key.length) > tolerance(key)) continue;
      const d = distance(k, key);
      if (d <= tolerance(key) && d < (best.get(thing) ?? Infinity)) best.set(thing, d);
    }
    return [...best]
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
      .map(([thing]) => thing);
  }
}
