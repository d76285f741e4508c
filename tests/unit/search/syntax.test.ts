import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_TYPES, VERDICTS } from '../../../src/core/vocabulary';
import { SEARCH_SYNTAX } from '../../../src/search/syntax';

/** The rows of the README's table under "| Type | Finds |": the code spans of the first cell, and the second cell. */
function readmeRows(): Array<{ examples: string[]; meaning: string }> {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\|\s*Type\s*\|\s*Finds\s*\|/.test(l));
  expect(start, 'the README has a search syntax table').toBeGreaterThan(-1);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [first = '', second = ''] = line.split('|').slice(1, 3);
    rows.push({
      examples: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      meaning: second.trim(),
    });
  }
  return rows;
}

describe('the search syntax, one source for the search page and the README', () => {
  it('the README lists the same examples, row by row', () => {
    expect(readmeRows().map((r) => r.examples)).toEqual(SEARCH_SYNTAX.map((r) => r.examples));
  });

  it('both name every verdict and every kind of result', () => {
    const verdicts = readmeRows().find((r) => r.examples[0]?.startsWith('verdict:'))!;
    const types = readmeRows().find((r) => r.examples[0]?.startsWith('type:'))!;
    for (const verdict of VERDICTS) {
      expect(verdicts.meaning).toContain(`\`${verdict}\``);
      expect(SEARCH_SYNTAX.find((r) => r.examples[0]!.startsWith('verdict:'))!.meaning).toContain(
        verdict,
      );
    }
    for (const type of DOC_TYPES) expect(types.meaning).toContain(`\`${type}\``);
  });
});
