/**
 * Sorting a table's rows and keeping the order in the address bar (`?sort=year&order=desc`).
 * Pure, so it is tested without a browser; <sortable-table> applies it to the DOM.
 */
import { tableWords } from '../i18n/client/tables';
import { cut } from '../core/url-state';

export type SortOrder = 'ascending' | 'descending';
export type SortType = 'text' | 'number';

export interface SortState {
  key: string;
  order: SortOrder;
}

const SORT_PARAM = 'sort';
const ORDER_PARAM = 'order';
const ORDER_WORD: Record<string, SortOrder> = { asc: 'ascending', desc: 'descending' };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Sorts rows by one column. Empty values go last in either order; ties keep the rows' original
 * order (`index`), so every sort of the same column gives the same table.
 */
export function sortRows<T extends { value: string; index: number }>(
  rows: readonly T[],
  type: SortType,
  order: SortOrder,
): T[] {
  const sign = order === 'ascending' ? 1 : -1;
  const compare =
    type === 'number'
      ? (a: string, b: string) => Number(a) - Number(b)
      : (a: string, b: string) => collator.compare(a, b);
  return [...rows].sort((a, b) => {
    const emptyA = a.value === '' || (type === 'number' && Number.isNaN(Number(a.value)));
    const emptyB = b.value === '' || (type === 'number' && Number.isNaN(Number(b.value)));
    if (emptyA || emptyB) return emptyA === emptyB ? a.index - b.index : emptyA ? 1 : -1;
    return sign * compare(a.value, b.value) || a.index - b.index;
  });
}

/** The order a URL asks for; a column or order the table does not have is explained, not guessed. */
export function readSort(
  params: URLSearchParams,
  columns: ReadonlyMap<string, string>,
  words = tableWords.en,
): { state?: SortState; problem?: string } {
  const key = params.get(SORT_PARAM);
  if (key === null) return {};
  const order = ORDER_WORD[params.get(ORDER_PARAM) ?? 'asc'];
  if (!columns.has(key) || !order) {
    const names = [...columns].map(([k, label]) => `${label} (${k})`).join(', ');
    return {
      problem: words.unknownSort(
        `${SORT_PARAM}=${cut(key)}${params.has(ORDER_PARAM) ? `, ${ORDER_PARAM}=${cut(params.get(ORDER_PARAM)!)}` : ''}`,
        names,
      ),
    };
  }
  return { state: { key, order } };
}

/** Writes the order into the URL's parameters; the table's usual order needs none. */
export function writeSort(
  params: URLSearchParams,
  state: SortState,
  usual: SortState,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (state.key === usual.key && state.order === usual.order) {
    next.delete(SORT_PARAM);
    next.delete(ORDER_PARAM);
  } else {
    next.set(SORT_PARAM, state.key);
    next.set(ORDER_PARAM, state.order === 'ascending' ? 'asc' : 'desc');
  }
  return next;
}
