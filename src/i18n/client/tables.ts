/** The sortable tables' messages (src/client/sortable-table.ts, table-sort.ts). */
import type { Bundle } from '../client';

const en = {
  sorted: (column: string, descending: boolean) =>
    `Sorted by ${column}, ${descending ? 'descending' : 'ascending'}.`,
  /** `asked`: the link's parameters as given; `columns`: "Model (name), Year (year)…". */
  unknownSort: (asked: string, columns: string) =>
    `This link asks to sort the table in a way it cannot (${asked}), so it is shown in its usual order. It can be sorted by ${columns}, with order=asc or desc.`,
};

export const tableWords: Bundle<typeof en> = {
  en,
  zh: {
    sorted: (column: string, descending: boolean) =>
      `已按“${column}”${descending ? '降序' : '升序'}排列。`,
    unknownSort: (asked: string, columns: string) =>
      `这个链接要求的排序方式（${asked}）无法使用，表格按通常的顺序显示。可以按${columns}排序，order取asc或desc。`,
  },
};
