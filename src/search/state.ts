/**
 * A search as a URL: `/search/?q=ner&verdict=fine-tuned&task=ner&page=2`. Parameters are read
 * defensively — anything unexpected is dropped or clamped, never trusted — and written in one
 * canonical order so equal searches have equal URLs.
 */
import { FACETS, type Facet } from './fields';
import { MAX_QUERY_LENGTH } from './parse';

export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  page: number;
}

export const PAGE_SIZE = 20;
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 100;
const MAX_PAGE = 10_000;

export const emptyFilters = (): Record<Facet, string[]> => Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;

export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const values = params.getAll(facet).flatMap((v) => v.split(',')).map((v) => v.trim().slice(0, MAX_VALUE_LENGTH)).filter(Boolean);
    filters[facet] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** `?q=…` for a URL, or nothing when the search is empty. */
export function searchQueryString(state: SearchState): string {
  const params = writeState(state).toString();
  return params ? `?${params}` : '';
}
