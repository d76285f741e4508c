/** Recounts the organisation chart (OrganisationChart.astro) for the models the filters show. */
import { countedInFigureChart } from '../../tree/figure-chart';
import type { TreeModel } from '../../tree/types';
import type { TreeWords } from '../../i18n/client/tree';

/** `visible`: the models the filters show; `total`: how many models the chart counts with no filter. */
export function recountChart(
  root: HTMLElement,
  visible: readonly TreeModel[],
  total: number,
  say: TreeWords,
) {
  const shown = visible.filter(countedInFigureChart);
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
      cell!
        .querySelector('rect')!
        .setAttribute('width', String(Math.max(0, (100 * count[kind]) / most - 1)));
    }
  }
  const scope = root.querySelector('#org-chart-scope');
  if (scope) {
    scope.textContent = say.chart.scope(shown.length, total);
  }
}
