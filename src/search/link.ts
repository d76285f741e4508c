/**
 * A search written as a link: `?q=ner&task=ner&page=2`, in one canonical order so equal searches
 * have equal URLs. Apart from reading (./state.ts, which says its problems in words) so that pages
 * that only link to a search — the tree's panel, the dialog — carry none of search's words.
 */
import { toQuery } from '../core/url-state';
import { FACETS, type Facet } from './fields';

export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  page: number;
  /**
   * Search the words exactly as typed (`verbatim=1`): when they match nothing, do not show the
   * results of their corrected spelling instead.
   */
  verbatim?: boolean;
}

export const emptyFilters = (): Record<Facet, string[]> =>
  Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;

/** The search's parameters, in canonical order. */
export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  if (state.verbatim && state.q.trim()) params.set('verbatim', '1');
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** `?q=…` for a URL, or nothing when the search is empty. */
export const searchQueryString = (state: SearchState): string => toQuery(writeSearch(state));
