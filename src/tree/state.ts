/**
 * The tree's view as a URL: the selected model and the filters, read from and written to the
 * query string. Everything read from the address bar is checked against the data; anything
 * unknown is dropped with a message for the reader, never trusted.
 *
 *   /tree/?model=gpt-3&family=decoder-only,encoder-decoder&weights=open&org=google&from=2019&to=2022&figure=1
 */
import { FAMILIES, type Family } from '../graph/vocabulary';
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
}

export interface TreeState extends TreeFilters {
  /** The selected model's slug. */
  model?: string;
}

export interface Known {
  models: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  /** Looks up a model by name or alias, for a `model` value that is not an id (see find.ts). */
  find?: (query: string) => { slug: string; name: string; exact: boolean } | undefined;
}

export const NO_FILTERS: TreeFilters = { families: [], figure: false };

/** Longest piece of a hostile value we echo back in a message. */
const ECHO = 40;
const quote = (value: string) => `“${value.length > ECHO ? `${value.slice(0, ECHO)}…` : value}”`;
const isFamily = (value: string): value is Family => (FAMILIES as readonly string[]).includes(value);

export function readState(params: URLSearchParams, known: Known): { state: TreeState; problems: string[] } {
  const problems: string[] = [];
  const state: TreeState = { families: [], figure: false };

  const model = params.get('model');
  if (model !== null) {
    const found = known.models.has(model) ? undefined : known.find?.(model);
    if (known.models.has(model)) state.model = model;
    // A name or alias ("GPT3", "davinci") is as good as the id.
    else if (found?.exact) state.model = found.slug;
    else if (found) problems.push(`There is no model ${quote(model)} in the tree; did you mean ${found.name}? The whole tree is shown.`);
    else problems.push(`There is no model ${quote(model)} in the tree, so the whole tree is shown. Try the “Find a model” box.`);
  }

  const families = params.get('family');
  if (families !== null) {
    for (const value of families.split(',').filter(Boolean)) {
      if (isFamily(value)) state.families.push(value);
      else problems.push(`Ignored the unknown branch ${quote(value)}; branches are ${FAMILIES.join(', ')}.`);
    }
    // Every branch listed is the same view as no branch filter.
    if (state.families.length === FAMILIES.length) state.families = [];
  }

  const weights = params.get('weights');
  if (weights !== null) {
    if (weights === 'open' || weights === 'closed') state.weights = weights;
    else problems.push(`Ignored weights=${quote(weights)}; use “open” or “closed”.`);
  }

  const org = params.get('org');
  if (org !== null) {
    if (known.organisations.has(org)) state.org = org;
    else problems.push(`Ignored the unknown organisation ${quote(org)}.`);
  }

  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (/^\d{4}$/.test(value)) state[key] = Number(value);
    else problems.push(`Ignored ${key}=${quote(value)}; use a four-digit year.`);
  }
  if (state.from !== undefined && state.to !== undefined && state.from > state.to) {
    problems.push(`The years were the wrong way round (${state.from} to ${state.to}), so they were swapped.`);
    [state.from, state.to] = [state.to, state.from];
  }

  const figure = params.get('figure');
  if (figure !== null) {
    if (figure === '1') state.figure = true;
    else if (figure !== '0') problems.push(`Ignored figure=${quote(figure)}; use figure=1 to show only the models of Figure 1.`);
  }
  return { state, problems };
}

/** The query string for a state, with only what differs from the default view. */
export function writeState(state: TreeState): URLSearchParams {
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
  return params;
}

export function hasFilters(filters: TreeFilters): boolean {
  return filters.families.length > 0 || !!filters.weights || !!filters.org || filters.from !== undefined || filters.to !== undefined || filters.figure;
}

/** Whether the filters let a model through. */
export function passes(model: TreeModel, filters: TreeFilters): boolean {
  return (
    (filters.families.length === 0 || filters.families.includes(model.family)) &&
    (!filters.weights || model.open === (filters.weights === 'open')) &&
    (!filters.org || model.organisations.includes(filters.org)) &&
    (filters.from === undefined || model.year >= filters.from) &&
    (filters.to === undefined || model.year <= filters.to) &&
    (!filters.figure || model.inFigure1)
  );
}
