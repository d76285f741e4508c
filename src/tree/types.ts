/**
 * The evolution tree's data as the page loads it (`/api/tree.json`): every model with its
 * position already computed at build time, so the browser does no layout work at load.
 */
import type { ModelNode } from '../graph/types';
import type { Verdict } from '../core/vocabulary';
import type { Branch, YearBand } from './layout';
import type { Focus } from './view';

/** A model as the tree draws it: the graph's own fields, its relations as slugs, and its position. */
export interface TreeModel extends Pick<
  ModelNode,
  | 'slug'
  | 'name'
  | 'aliases'
  | 'year'
  | 'month'
  | 'family'
  | 'open'
  | 'inFigure1'
  | 'parameters'
  | 'paper'
  | 'summary'
> {
  /** The year of the model's paper, when Figure 1 draws it in another (`year` is where it is drawn). */
  releaseYear?: number;
  /** Organisation slugs, in the content's order. */
  organisations: string[];
  /** Slugs of the models it evolves from. */
  parents: string[];
  /** The model's page, with the site's base path. */
  url: string;
  /** Whether `summary` had to stay English in a translated tree. */
  untranslated?: boolean;
  /** How many claims of the guide name it; the claims themselves are in `/api/tree/<slug>.json`. */
  claims: number;
  /** Centre of its node on the drawing. */
  x: number;
  y: number;
}

export interface TreeOrganisation {
  slug: string;
  name: string;
}

export interface TreeData {
  version: 1;
  models: TreeModel[];
  organisations: TreeOrganisation[];
  bands: YearBand[];
  branches: Branch[];
  /** Where the drawing opens (view.ts): the page's first frame and the canvas use the same. */
  focus: Focus;
}

/** A claim that names a model, as the details panel lists it (`/api/tree/<slug>.json`). */
export interface TreeClaim {
  text: string;
  /** The text is the English one, for want of a translation. */
  untranslated?: boolean;
  url: string;
  verdict: Verdict;
  section: string;
}

export interface ModelClaims {
  slug: string;
  claims: TreeClaim[];
}
