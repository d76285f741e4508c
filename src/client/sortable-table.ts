/**
 * <sortable-table>: turns the headers of a server-rendered table into sort buttons. Columns
 * opt in with `data-sort-key` (and `data-sort-type="number"`); a cell may give its sort value
 * in `data-sort-value`. The header with `aria-sort` marks the usual order. The chosen order is
 * announced, marked with aria-sort and kept in the address bar.
 */
import { pageWords } from '../i18n/client';
import { tableWords } from '../i18n/client/tables';
import { h } from './dom';
import { SiteElement } from './element';
import {
  readSort,
  sortRows,
  writeSort,
  type SortOrder,
  type SortState,
  type SortType,
} from './table-sort';

export class SortableTable extends SiteElement {
  private readonly words = pageWords(tableWords);
  private headers: HTMLTableCellElement[] = [];
  private rows: Array<{ row: HTMLTableRowElement; index: number }> = [];
  private usual?: SortState;

  protected override connect() {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    this.headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
    // The rows' server order and the usual sort are learnt once: a reconnected table may be sorted.
    if (this.rows.length === 0) this.rows = [...body.rows].map((row, index) => ({ row, index }));
    const current = this.headers.find((th) => th.hasAttribute('aria-sort')) ?? this.headers[0];
    if (!current) return;
    this.usual ??= {
      key: current.dataset.sortKey!,
      order: (current.getAttribute('aria-sort') as SortOrder | null) ?? 'ascending',
    };

    for (const th of this.headers) {
      const button =
        th.querySelector<HTMLButtonElement>(':scope > button') ??
        th.appendChild(
          h(
            'button',
            { type: 'button' },
            ...th.childNodes,
            h('span', {
              class: 'sort-icon',
              'aria-hidden': 'true',
            }),
          ),
        );
      this.on(button, 'click', () => this.choose(th));
    }

    const columns = new Map(
      this.headers.map((th) => [th.dataset.sortKey!, th.textContent!.trim()]),
    );
    const { state, problem } = readSort(
      new URLSearchParams(window.location.search),
      columns,
      this.words,
    );
    if (problem) this.say('notice', problem);
    // The server rendered the usual order; only a shared link's other order needs sorting.
    if (state && (state.key !== this.usual.key || state.order !== this.usual.order))
      this.apply(state);
  }

  private choose(th: HTMLTableCellElement) {
    const key = th.dataset.sortKey!;
    const order: SortOrder = th.hasAttribute('aria-sort')
      ? th.getAttribute('aria-sort') === 'ascending'
        ? 'descending'
        : 'ascending'
      : th.dataset.sortFirst === 'descending'
        ? 'descending'
        : 'ascending';
    this.apply({ key, order });
    this.say('status', this.words.sorted(th.textContent!.trim(), order === 'descending'));
    this.say('notice', '');
    const url = new URL(window.location.href);
    url.search = writeSort(url.searchParams, { key, order }, this.usual!).toString();
    history.replaceState(history.state, '', url);
  }

  private apply({ key, order }: SortState) {
    const th = this.headers.find((h) => h.dataset.sortKey === key)!;
    const column = th.cellIndex;
    const type: SortType = th.dataset.sortType === 'number' ? 'number' : 'text';
    const keyed = this.rows.map(({ row, index }) => {
      const cell = row.cells[column];
      return { row, index, value: (cell?.dataset.sortValue ?? cell?.textContent ?? '').trim() };
    });
    this.rows[0]?.row.parentElement?.append(...sortRows(keyed, type, order).map((r) => r.row));
    for (const header of this.headers) {
      if (header === th) header.setAttribute('aria-sort', order);
      else header.removeAttribute('aria-sort');
    }
  }

  private say(name: 'status' | 'notice', message: string) {
    const element = this.ref(name);
    element.textContent = message;
    if (name === 'notice') element.hidden = !message;
  }
}
