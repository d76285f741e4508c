/**
 * Editing a query's field filters in place: completing the one being typed, and taking values out
 * when a facet is unticked, so the search box always says what is in force; and swapping its words
 * for others (a corrected spelling) while keeping its filters.
 */
import type { Facet } from './fields';
import { parseQuery, type FieldFilter } from './parse';

/** Replaces the last value of `filter` (the one being typed) with `slug`, ready for the next word. */
export function completeFilter(query: string, filter: FieldFilter, slug: string): string {
  const values = [...filter.values.slice(0, -1), slug];
  const rest = query.slice(filter.end).trimStart();
  return `${query.slice(0, filter.start)}${filter.facet}:${values.map(quoted).join(',')} ${rest}`;
}

/** The query without the values of `facet` that `remove` picks; a filter left empty goes entirely. */
export function removeFilterValues(
  query: string,
  facet: Facet,
  remove: (value: string) => boolean,
): string {
  let result = query;
  for (const filter of parseQuery(query).filters.reverse()) {
    if (filter.facet !== facet || !filter.values.some(remove)) continue;
    const kept = filter.values.filter((v) => !remove(v));
    const replacement = kept.length > 0 ? `${facet}:${kept.map(quoted).join(',')}` : '';
    result = result.slice(0, filter.start) + replacement + result.slice(filter.end);
  }
  return result.replace(/\s{2,}/g, ' ').trim();
}

/** The query with its words replaced by `text` and its field filters kept: `task:ner sumarization` → `summarization task:ner`. */
export function withText(query: string, text: string): string {
  const filters = parseQuery(query).filters.map((f) => query.slice(f.start, f.end));
  return [text, ...filters].filter(Boolean).join(' ');
}

const quoted = (value: string) => (/[\s,"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);
