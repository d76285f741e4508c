/** Recounts the organisation chart (OrganisationChart.astro) for the models the filters show. */
import type { TreeModel } from '../../tree/types';

export function recountChart(root: HTMLElement, shown: readonly TreeModel[], total: number) {
  const counts = new Map<string, { open: number; closed: number }>();
  for (const model of shown) {
    for (const slug of model.organisations) {
      const count = counts.get(slug) ?? { open: 0, closed: 0 };
      count[model.open ? 'open' : 'closed'] += 1;
      counts.set(slug, count);
    }
  }
  const most = Math.max(1, ...[...counts.values()].map((c) => Math.max(c.open, c.closed)));
  for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-org]')) {
    const count = counts.get(row.dataset.org!) ?? { open: 0, closed: 0 };
    row.hidden = count.open + count.closed === 0;
    for (const kind of ['open', 'closed'] as const) {
      const cell = row.querySelector(`[data-kind="${kind}"]`);
      cell!.querySelector('.value')!.textContent = String(count[kind]);
      cell!.querySelector('rect')!.setAttribute('width', String(Math.max(0, (100 * count[kind]) / most - 1)));
    }
  }
  const scope = root.querySelector('#org-chart-scope');
  if (scope) {
    scope.textContent = `${shown.length === total ? `Counting all ${total} models` : `Counting the ${shown.length} of ${total} models the filters show`}. A model from two organisations counts for both.`;
  }
}
