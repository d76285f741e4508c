/** How the tree says a model's facts in words, the same on the server-rendered list and in the panel, in either language. */
import { formatRelease } from '../core/dates';
import { treeWords, type TreeWords } from '../i18n/client/tree';
import type { TreeModel, TreeOrganisation } from './types';

type Say = TreeWords['format'];

/** When the model's paper came out: "October 2021", with where Figure 1 draws it if elsewhere. */
export const released = (
  model: Pick<TreeModel, 'year' | 'month' | 'releaseYear'>,
  say: Say = treeWords.en.format,
  intl = 'en-GB',
) =>
  model.releaseYear === undefined
    ? formatRelease(model, intl)
    : say.drawnIn(formatRelease({ year: model.releaseYear, month: model.month }, intl), model.year);

export const weightsLabel = (open: boolean, say: Say = treeWords.en.format) => say.weights(open);

export function organisationNames(
  model: Pick<TreeModel, 'organisations'>,
  organisations: ReadonlyMap<string, TreeOrganisation>,
  say: Say = treeWords.en.format,
): string {
  return model.organisations
    .map((slug) => organisations.get(slug)?.name ?? slug)
    .join(say.separator);
}
