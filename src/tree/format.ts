/** How the tree says a model's facts in words, the same on the server-rendered list and in the panel. */
import type { TreeModel, TreeOrganisation } from './types';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const released = (model: Pick<TreeModel, 'year' | 'month'>) =>
  model.month ? MONTH.format(new Date(Date.UTC(model.year, model.month - 1))) : String(model.year);

export const weightsLabel = (open: boolean) => (open ? 'open' : 'closed');

export function organisationNames(model: TreeModel, organisations: ReadonlyMap<string, TreeOrganisation>): string {
  return model.organisations.map((slug) => organisations.get(slug)?.name ?? slug).join(', ');
}
