/**
 * Resolving what people type to facet values: a slug, a label or an alias, in any case, with or
 * without hyphens and spaces ("gpt3", "GPT 3", "gpt-3" → GPT-3; "NER" → named entity recognition).
 * Unknown values get the nearest real ones as suggestions.
 */
import { distance } from 'fastest-levenshtein';
import type { FacetValue } from './documents';
import { compact } from './text';

export class ValueLookup {
  private readonly byKey = new Map<string, number>();
  private readonly keys: Array<[key: string, position: number]> = [];

  constructor(readonly values: readonly FacetValue[]) {
    values.forEach((value, position) => {
      for (const name of [value.slug, value.label, ...(value.aliases ?? [])]) {
        const key = compact(name);
        if (!key) continue;
        this.keys.push([key, position]);
        if (!this.byKey.has(key)) this.byKey.set(key, position);
      }
    });
  }

  /** The value with exactly this name or alias (compacted), if any. */
  named(typed: string): number | undefined {
    return this.byKey.get(compact(typed));
  }

  /** The value meant, if it is unambiguous: an exact name, a plural of one, or the only name starting so. */
  resolve(typed: string): number | undefined {
    const key = compact(typed);
    if (!key) return undefined;
    const exact = this.byKey.get(key) ?? (key.endsWith('s') ? this.byKey.get(key.slice(0, -1)) : undefined);
    if (exact !== undefined) return exact;
    const starting = new Set(this.keys.filter(([k]) => k.startsWith(key)).map(([, p]) => p));
    return starting.size === 1 ? [...starting][0] : undefined;
  }

  /** Values named exactly so, then those whose names start with it (shortest first), then contain it. */
  complete(typed: string, limit: number): number[] {
    const key = compact(typed);
    const rank = (k: string) => (k === key ? 0 : k.startsWith(key) ? 1 : k.includes(key) ? 2 : 3);
    const best = new Map<number, [number, number]>();
    for (const [k, p] of this.keys) {
      const score: [number, number] = [rank(k), k.length];
      const known = best.get(p);
      if (score[0] < 3 && (!known || score[0] < known[0] || (score[0] === known[0] && score[1] < known[1]))) best.set(p, score);
    }
    return [...best]
      .sort(([pa, [ra, la]], [pb, [rb, lb]]) => ra - rb || la - lb || pa - pb)
      .slice(0, limit)
      .map(([p]) => p);
  }

  /** The nearest values to a name that matched nothing ("nerr" → NER). */
  nearest(typed: string, limit = 3): number[] {
    const key = compact(typed);
    if (!key) return [];
    const prefixed = this.complete(key, limit);
    if (prefixed.length > 0) return prefixed;
    const best = new Map<number, number>();
    for (const [k, p] of this.keys) {
      if (Math.abs(k.length - key.length) > 3) continue;
      const d = distance(k, key);
      if (d <= Math.max(1, Math.floor(key.length / 3)) && d < (best.get(p) ?? Infinity)) best.set(p, d);
    }
    return [...best].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([p]) => p);
  }
}
