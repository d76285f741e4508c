/** Sorting index tables and keeping the order in the URL (src/client/table-sort.ts). */
import { describe, expect, it } from 'vitest';
import { readSort, sortRows, writeSort, type SortState } from '../../src/client/table-sort';

const rows = (...values: string[]) => values.map((value, index) => ({ value, index }));
const values = (sorted: Array<{ value: string }>) => sorted.map((r) => r.value);

describe('sorting rows', () => {
  it('sorts numbers as numbers, both ways', () => {
    expect(values(sortRows(rows('10', '9', '100'), 'number', 'ascending'))).toEqual([
      '9',
      '10',
      '100',
    ]);
    expect(values(sortRows(rows('10', '9', '100'), 'number', 'descending'))).toEqual([
      '100',
      '10',
      '9',
    ]);
  });

  it('sorts text ignoring case, with numbers inside names in numeric order', () => {
    expect(values(sortRows(rows('gpt-3', 'GPT-2', 'GPT-10', 'bert'), 'text', 'ascending'))).toEqual(
      ['bert', 'GPT-2', 'gpt-3', 'GPT-10'],
    );
  });

  it('puts empty values last in either order', () => {
    expect(values(sortRows(rows('', '5', '', '7'), 'number', 'ascending'))).toEqual([
      '5',
      '7',
      '',
      '',
    ]);
    expect(values(sortRows(rows('', '5', '', '7'), 'number', 'descending'))).toEqual([
      '7',
      '5',
      '',
      '',
    ]);
  });

  it('keeps the original order among ties, whatever order the rows arrive in', () => {
    const input = rows('b', 'a', 'b', 'a');
    const once = sortRows(input, 'text', 'ascending');
    expect(once.map((r) => r.index)).toEqual([1, 3, 0, 2]);
    expect(sortRows([...once].reverse(), 'text', 'ascending').map((r) => r.index)).toEqual([
      1, 3, 0, 2,
    ]);
    expect(sortRows(input, 'text', 'descending').map((r) => r.index)).toEqual([0, 2, 1, 3]);
  });
});

describe('the order in the URL', () => {
  const columns = new Map([
    ['name', 'Model'],
    ['year', 'Year'],
  ]);
  const usual: SortState = { key: 'year', order: 'ascending' };

  it('reads a column and an order', () => {
    expect(readSort(new URLSearchParams('sort=name&order=desc'), columns)).toEqual({
      state: { key: 'name', order: 'descending' },
    });
    expect(readSort(new URLSearchParams('sort=name'), columns)).toEqual({
      state: { key: 'name', order: 'ascending' },
    });
    expect(readSort(new URLSearchParams(''), columns)).toEqual({});
  });

  it('explains a column or order the table does not have', () => {
    expect(readSort(new URLSearchParams('sort=<b>x</b>'), columns).problem).toMatch(
      /^This link asks to sort the table in a way it cannot \(sort=<b>x<\/b>\).* Model \(name\), Year \(year\)/,
    );
    expect(readSort(new URLSearchParams('sort=name&order=sideways'), columns).problem).toContain(
      'order=sideways',
    );
  });

  it('writes the order, and nothing for the usual one, keeping other parameters', () => {
    expect(
      writeSort(new URLSearchParams('x=1'), { key: 'name', order: 'descending' }, usual).toString(),
    ).toBe('x=1&sort=name&order=desc');
    expect(
      writeSort(new URLSearchParams('x=1&sort=name&order=desc'), usual, usual).toString(),
    ).toBe('x=1');
  });
});
