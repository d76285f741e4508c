/**
 * Finding a model by what a reader types: its name or any alias, ignoring case, spacing and
 * punctuation ("gpt3", "GPT 3" and "GPT-3" are the same). An exact name or alias wins, then the
 * start of one, then any part of one.
 */
import type { TreeModel } from './types';

export const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The best match and whether it matched a whole name or alias. */
export function matchModel(query: string, models: readonly TreeModel[]): { model: TreeModel; exact: boolean } | undefined {
  const model = findModel(query, models);
  if (!model) return undefined;
  const wanted = normalise(query);
  return { model, exact: [model.name, ...model.aliases, model.slug].some((name) => normalise(name) === wanted) };
}

export function findModel(query: string, models: readonly TreeModel[]): TreeModel | undefined {
  const wanted = normalise(query);
  if (!wanted) return undefined;
  let prefix: TreeModel | undefined;
  let part: TreeModel | undefined;
  for (const model of models) {
    for (const name of [model.name, ...model.aliases, model.slug]) {
      const candidate = normalise(name);
      if (candidate === wanted) return model;
      if (!prefix && candidate.startsWith(wanted)) prefix = model;
      if (!part && candidate.includes(wanted)) part = model;
    }
  }
  return prefix ?? part;
}
