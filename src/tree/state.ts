/**
 * The tree's view as a URL: the selected model and the filters, read from and written to the
 * query string on the URL-state contract (src/core/url-state.ts). Everything read from the
 * address bar is checked against the data; anything unknown is dropped with a message for the
 * reader, never trusted.
 *
 *   /tree/?model=gpt-3&family=decoder-only,encoder-decoder&weights=open&org=google&from=2019&to=2022&figure=1
 *   /tree/?year=2020                      time travel: the tree as it stood at the end of 2020
 *   /tree/?model=chatgpt&with=bert        how two models are related
 *   /tree/?model=gpt-3&focus=2            only GPT-3's lineage, two generations each way
 *
 * The filter form's fields have the same names as the parameters, so <model-tree> reads the form
 * through this same contract: one validator for the address and the form.
 */
import { quote, toQuery, type Reading, type UrlState } from '../core/url-state';
import { FAMILIES, type Family } from '../core/vocabulary';
import { treeWords, type TreeWords } from '../i18n/client/tree';
import type { Depth } from './lineage';
import type { TreeModel } from './types';

export type Weights = 'open' | 'closed';

export interface TreeFilters {
  /** Branches shown; empty means every branch. */
  families: Family[];
  weights?: Weights;
  /** An organisation slug. */
  org?: string;
  from?: number;
  to?: number;
  /** Only the models drawn in the paper's Figure 1. */
  figure: boolean;
  /** Time travel: the tree as it stood at the end of this year. */
  year?: number;
}

export interface TreeState extends TreeFilters {
  /** The selected model's slug. */
  model?: string;
  /** A second model to compare the selected one with (needs `model`). */
  with?: string;
  /** Only the selected model's lineage, this many generations each way (needs `model`). */
  focus?: Depth;
}

export interface Known {
  models: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  /** Looks up a model by name or alias, for a `model` value that is not an id (see find.ts). */
  find?: (query: string) => { slug: string; name: string; exact: boolean } | undefined;
  /** The oldest and newest years of the tree, for time travel. */
  years?: { first: number; last: number };
}

export const NO_FILTERS: TreeFilters = { families: [], figure: false };

const isFamily = (value: string): value is Family =>
  (FAMILIES as readonly string[]).includes(value);

/** The tree's URL state, checked against what the data holds. */
export const treeState = (
  known: Known,
  say: TreeWords['url'] = treeWords.en.url,
): UrlState<TreeState> => ({
  read: (params) => readState(params, known, say),
  write: writeState,
});

function readState(
  params: URLSearchParams,
  known: Known,
  say: TreeWords['url'],
): Reading<TreeState> {
  const problems: string[] = [];
  const state: TreeState = { families: [], figure: false };

  const model = params.get('model');
  if (model !== null) {
    const found = known.models.has(model) ? undefined : known.find?.(model);
    if (known.models.has(model)) state.model = model;
    // A name or alias ("GPT3", "davinci") is as good as the id.
    else if (found?.exact) state.model = found.slug;
    else if (found) problems.push(say.noModelDidYouMean(quote(model), found.name));
    else problems.push(say.noModel(quote(model)));
  }

  const families = params.get('family');
  if (families !== null) {
    for (const value of families.split(',').filter(Boolean)) {
      if (isFamily(value)) state.families.push(value);
      else problems.push(say.branch(quote(value), FAMILIES.join(', ')));
    }
    // Every branch listed is the same view as no branch filter.
    if (state.families.length === FAMILIES.length) state.families = [];
  }

  const weights = params.get('weights');
  if (weights !== null) {
    if (weights === 'open' || weights === 'closed') state.weights = weights;
    else problems.push(say.weights(quote(weights)));
  }

  const org = params.get('org');
  if (org !== null) {
    if (known.organisations.has(org)) state.org = org;
    else problems.push(say.org(quote(org)));
  }

  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (/^\d{4}$/.test(value)) state[key] = Number(value);
    else problems.push(say.year(key, quote(value)));
  }
  if (state.from !== undefined && state.to !== undefined && state.from > state.to) {
    problems.push(say.swapped(state.from, state.to));
    [state.from, state.to] = [state.to, state.from];
  }

  const figure = params.get('figure');
  if (figure !== null) {
    if (figure === '1') state.figure = true;
    else if (figure !== '0') problems.push(say.figure(quote(figure)));
  }

  const year = params.get('year');
  if (year !== null) {
    const { first, last } = known.years ?? { first: 0, last: 9999 };
    const value = Number(year);
    if (/^\d{4}$/.test(year) && value >= first && value <= last) {
      // The newest year is the whole tree: the default view, written as no parameter.
      if (value < last) state.year = value;
    } else problems.push(say.timeTravel(quote(year), first, last));
  }

  const focus = params.get('focus');
  if (focus !== null) {
    const depth = focus === '1' ? 1 : focus === '2' ? 2 : focus === 'all' ? 'all' : undefined;
    if (depth === undefined) problems.push(say.focus(quote(focus)));
    else if (!state.model) problems.push(say.focusAlone);
    else state.focus = depth;
  }

  const other = params.get('with');
  if (other !== null) {
    const slug = known.models.has(other) ? other : known.find?.(other)?.slug;
    const exact = known.models.has(other) || !!known.find?.(other)?.exact;
    if (!state.model) problems.push(say.withAlone);
    else if (!slug || !exact) problems.push(say.withUnknown(quote(other)));
    else if (slug === state.model) problems.push(say.withSelf);
    else state.with = slug;
  }
  return { state, problems };
}

/** The query string for a state, with only what differs from the default view. */
function writeState(state: TreeState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.model) params.set('model', state.model);
  if (state.families.length > 0 && state.families.length < FAMILIES.length) {
    params.set('family', FAMILIES.filter((f) => state.families.includes(f)).join(','));
  }
  if (state.weights) params.set('weights', state.weights);
  if (state.org) params.set('org', state.org);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.figure) params.set('figure', '1');
  if (state.year !== undefined) params.set('year', String(state.year));
  if (state.model && state.with) params.set('with', state.with);
  if (state.model && state.focus !== undefined) params.set('focus', String(state.focus));
  return params;
}

/** `?model=…`: the view of one model selected, the href of a link that selects it. */
export const modelQuery = (slug: string): string =>
  toQuery(writeState({ ...NO_FILTERS, model: slug }));

export function hasFilters(filters: TreeFilters): boolean {
  return (
    filters.families.length > 0 ||
    !!filters.weights ||
    !!filters.org ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.figure
  );
}

/** Whether time travel lets a model through: it existed by the end of the year shown. */
export const existsBy = (model: Pick<TreeModel, 'year'>, year: number | undefined): boolean =>
  year === undefined || model.year <= year;

/** Whether the filters let a model through. */
export function passes(model: TreeModel, filters: TreeFilters): boolean {
  return (
    (filters.families.length === 0 || filters.families.includes(model.family)) &&
    (!filters.weights || model.open === (filters.weights === 'open')) &&
    (!filters.org || model.organisations.includes(filters.org)) &&
    (filters.from === undefined || model.year >= filters.from) &&
    (filters.to === undefined || model.year <= filters.to) &&
    (!filters.figure || model.inFigure1) &&
    existsBy(model, filters.year)
  );
}
