/**
 * Release dates: a year and, where known, a month. One order and one way of saying them, used by
 * model pages, tables, lineage views and the tree, in the reader's language (Intl).
 */
export interface Dated {
  year: number;
  month?: number;
  name: string;
}

/** Oldest first; a model without a month comes before those of its year with one; then by name. */
export const byDate = (a: Dated, b: Dated): number =>
  a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.name.localeCompare(b.name);

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "May 2020" (en-GB), "2020年5月" (zh-CN); the year alone when the month is unknown. */
export function formatRelease(date: Pick<Dated, 'year' | 'month'>, locale = 'en-GB'): string {
  if (!date.month) return String(date.year);
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(date.year, date.month - 1)));
}
