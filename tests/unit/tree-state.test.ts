/** The tree's URL state and model finder: what the address bar and the find box may contain. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromFolder } from '../../src/graph/index';
import { GraphIndex } from '../../src/graph/query';
import { treeDataFromGraph } from '../../src/tree/data';
import { findModel, matchModel } from '../../src/tree/find';
import { NO_FILTERS, passes, readState, writeState, type Known } from '../../src/tree/state';
import type { TreeData } from '../../src/tree/types';

let data: TreeData;
let known: Known;
beforeAll(async () => {
  const { graph } = await buildGraphFromFolder('content');
  data = treeDataFromGraph(new GraphIndex(graph!));
  known = { models: new Set(data.models.map((m) => m.slug)), organisations: new Set(data.organisations.map((o) => o.slug)) };
});

const read = (query: string) => readState(new URLSearchParams(query), known);
const model = (slug: string) => data.models.find((m) => m.slug === slug)!;

describe('readState and writeState', () => {
  it('round-trips a full view', () => {
    const query = 'model=gpt-3&family=encoder-decoder%2Cdecoder-only&weights=closed&org=openai&from=2019&to=2022&figure=1';
    const { state, problems } = read(query);
    expect(problems).toEqual([]);
    expect(state).toEqual({ model: 'gpt-3', families: ['encoder-decoder', 'decoder-only'], weights: 'closed', org: 'openai', from: 2019, to: 2022, figure: true });
    expect(writeState(state).toString()).toBe(query);
  });

  it('writes nothing for the default view, and treats every branch as no branch filter', () => {
    expect(writeState({ ...NO_FILTERS }).toString()).toBe('');
    expect(read('family=pre-transformer,encoder-only,encoder-decoder,decoder-only').state.families).toEqual([]);
  });

  it('drops unknown and hostile values with a message that echoes them safely shortened', () => {
    const hostile = `<script>alert(1)</script>${'x'.repeat(500)}`;
    const { state, problems } = read(new URLSearchParams({ model: hostile, family: 'decoder-only,bogus', weights: 'maybe', org: 'nobody', from: '20x', figure: 'yes' }).toString());
    expect(state).toEqual({ families: ['decoder-only'], figure: false });
    expect(problems).toHaveLength(6);
    expect(problems[0]).toContain('“<script>alert(1)</script>');
    expect(problems[0]!.length).toBeLessThan(200);
  });

  it('takes a model\'s name or alias for its id, and suggests a near miss', () => {
    const find = (query: string) => {
      const match = matchModel(query, data.models);
      return match && { slug: match.model.slug, name: match.model.name, exact: match.exact };
    };
    expect(readState(new URLSearchParams('model=GPT3'), { ...known, find })).toEqual({ state: { model: 'gpt-3', families: [], figure: false }, problems: [] });
    const { state, problems } = readState(new URLSearchParams('model=chinch'), { ...known, find });
    expect(state.model).toBeUndefined();
    expect(problems[0]).toContain('did you mean Chinchilla?');
  });

  it('swaps a reversed year range and says so', () => {
    const { state, problems } = read('from=2022&to=2019');
    expect([state.from, state.to]).toEqual([2019, 2022]);
    expect(problems).toHaveLength(1);
  });
});

describe('passes', () => {
  it('applies every filter', () => {
    const gpt3 = model('gpt-3');
    expect(passes(gpt3, NO_FILTERS)).toBe(true);
    expect(passes(gpt3, { ...NO_FILTERS, families: ['encoder-only'] })).toBe(false);
    expect(passes(gpt3, { ...NO_FILTERS, weights: 'open' })).toBe(false);
    expect(passes(gpt3, { ...NO_FILTERS, weights: 'closed', org: 'openai' })).toBe(true);
    expect(passes(gpt3, { ...NO_FILTERS, org: 'google' })).toBe(false);
    expect(passes(gpt3, { ...NO_FILTERS, from: 2021 })).toBe(false);
    expect(passes(gpt3, { ...NO_FILTERS, from: 2020, to: 2020 })).toBe(true);
    expect(passes(model('alpaca'), { ...NO_FILTERS, figure: true })).toBe(false);
  });
});

describe('findModel', () => {
  it('finds by name or alias ignoring case and punctuation, exact matches first', () => {
    expect(findModel('gpt3', data.models)?.slug).toBe('gpt-3');
    expect(findModel('GPT 3', data.models)?.slug).toBe('gpt-3');
    expect(findModel('davinci', data.models)?.slug).toBe('gpt-3');
    expect(findModel('T5', data.models)?.slug).toBe('t5');
    expect(findModel('chin', data.models)?.slug).toBe('chinchilla');
    expect(findModel('', data.models)).toBeUndefined();
    expect(findModel('no such model', data.models)).toBeUndefined();
  });
});
