/**
 * Finding a model by what a reader types: its name, any alias or its id, ignoring case, spacing
 * and punctuation ("gpt3", "GPT 3" and "GPT-3" are the same). An exact name wins, then the
 * start of one, then any part of one (core/names.ts).
 */
import { NameIndex } from '../core/names';
import type { TreeModel } from './types';

// One index per list of models, built on first use.
const indexes = new WeakMap<readonly TreeModel[], NameIndex<TreeModel>>();

function indexOf(models: readonly TreeModel[]): NameIndex<TreeModel> {
  let index = indexes.get(models);
  if (!index) {
    index = new NameIndex(models.map((m) => [m, [m.name, ...m.aliases, m.slug]] as const));
    indexes.set(models, index);
  }
  return index;
}

/** The best match and whether it matched a whole name or alias. */
export function matchModel(
  query: string,
  models: readonly TreeModel[],
): { model: TreeModel; exact: boolean } | undefined {
  const model = findModel(query, models);
  return model ? { model, exact: indexOf(models).exact(query) === model } : undefined;
}

export function findModel(query: string, models: readonly TreeModel[]): TreeModel | undefined {
  return query.trim() ? indexOf(models).complete(query, 1)[0] : undefined;
}
