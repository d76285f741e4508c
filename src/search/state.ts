/**
 * A search as a URL: `/search/?q=ner&verdict=fine-tuned&task=ner&page=2`, on the URL-state
 * contract (src/core/url-state.ts). Parameters are read defensively — anything unexpected is
 * dropped or clamped, never trusted, and what the reader asked for but does not get is said.
 * Writing, in one canonical order, is ./link.ts's, which this contract uses.
 */
import { quote, type UrlState } from '../core/url-state';
import { searchWords, type SearchWords } from '../i18n/client/search';
import { FACETS } from './fields';
import { emptyFilters, writeSearch, type SearchState } from './link';
import { MAX_QUERY_LENGTH } from './parse';

export const PAGE_SIZE = 20;
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 100;
const MAX_PAGE = 10_000;

/**
 * Unknown filter values are not problems here: only the index knows the values, so the engine
 * reports them (with the nearest real ones). A page past the end is the render's to correct.
 * The problems are said in `words`' language.
 */
export const searchStateIn = (words: SearchWords): UrlState<SearchState> => ({
  read(params) {
    const say = words.problems;
    const problems: string[] = [];
    const filters = emptyFilters();
    for (const facet of FACETS) {
      let values = params
        .getAll(facet)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      if (values.some((v) => v.length > MAX_VALUE_LENGTH)) {
        problems.push(say.cut(facet, MAX_VALUE_LENGTH));
        values = values.map((v) => v.slice(0, MAX_VALUE_LENGTH));
      }
      values = [...new Set(values)];
      if (values.length > MAX_VALUES) problems.push(say.tooMany(facet, MAX_VALUES));
      filters[facet] = values.slice(0, MAX_VALUES);
    }
    let q = params.get('q') ?? '';
    if (q.length > MAX_QUERY_LENGTH) {
      problems.push(say.queryCut(MAX_QUERY_LENGTH));
      q = q.slice(0, MAX_QUERY_LENGTH);
    }
    const raw = params.get('page')?.trim() ?? '';
    const page = Number.parseInt(raw, 10);
    const valid = Number.isFinite(page) && page >= 1;
    if (raw && !valid) problems.push(say.page(quote(raw)));
    const verbatim = params.get('verbatim') === '1' && q.trim() !== '';
    return {
      state: {
        q,
        filters,
        page: valid ? Math.min(page, MAX_PAGE) : 1,
        ...(verbatim && { verbatim }),
      },
      problems,
    };
  },

  write: writeSearch,
});

/** The contract with its problems in English (the default for tests and the build). */
export const searchState: UrlState<SearchState> = searchStateIn(searchWords.en);
