/** The tree's URL state and model finder: what the address bar and the find box may contain. */
import { beforeAll, describe, expect, it } from 'vitest';
import { realSite } from './site';
import { treeDataFromGraph } from '../../src/tree/data';
import { findModel, matchModel } from '../../src/tree/find';
import {
  modelQuery,
  NO_FILTERS,
  passes,
  treeState,
  type Known,
  type TreeState,
} from '../../src/tree/state';
import type { TreeData } from '../../src/tree/types';

let data: TreeData;
let known: Known;
beforeAll(async () => {
  data = treeDataFromGraph((await realSite()).graph);
  known = {
    models: new Set(data.models.map((m) => m.slug)),
    organisations: new Set(data.organisations.map((o) => o.slug)),
  };
});

const readState = (params: URLSearchParams, k: Known) => treeState(k).read(params);
const writeState = (state: TreeState) => treeState(known).write(state);
const read = (query: string) => readState(new URLSearchParams(query), known);
const model = (slug: string) => data.models.find((m) => m.slug === slug)!;

describe('the tree view in the URL (read and write)', () => {
  it('round-trips a full view', () => {
    const query =
      'model=gpt-3&family=encoder-decoder%2Cdecoder-only&weights=closed&org=openai&from=2019&to=2022&figure=1';
    const { state, problems } = read(query);
    expect(problems).toEqual([]);
    expect(state).toEqual({
      model: 'gpt-3',
      families: ['encoder-decoder', 'decoder-only'],
      weights: 'closed',
      org: 'openai',
      from: 2019,
      to: 2022,
      figure: true,
    });
    expect(writeState(state).toString()).toBe(query);
  });

  it('writes nothing for the default view, and treats every branch as no branch filter', () => {
    expect(writeState({ ...NO_FILTERS }).toString()).toBe('');
    expect(
      read('family=pre-transformer,encoder-only,encoder-decoder,decoder-only').state.families,
    ).toEqual([]);
  });

  it('drops unknown and hostile values with a message that echoes them safely shortened', () => {
    const hostile = `<script>alert(1)</script>${'x'.repeat(500)}`;
    const { state, problems } = read(
      new URLSearchParams({
        model: hostile,
        family: 'decoder-only,bogus',
        weights: 'maybe',
        org: 'nobody',
        from: '20x',
        figure: 'yes',
      }).toString(),
    );
    expect(state).toEqual({ families: ['decoder-only'], figure: false });
    expect(problems).toHaveLength(6);
    expect(problems[0]).toContain('“<script>alert(1)</script>');
    expect(problems[0]!.length).toBeLessThan(200);
  });

  it("takes a model's name or alias for its id, and suggests a near miss", () => {
    const find = (query: string) => {
      const match = matchModel(query, data.models);
      return match && { slug: match.model.slug, name: match.model.name, exact: match.exact };
    };
    expect(readState(new URLSearchParams('model=GPT3'), { ...known, find })).toEqual({
      state: { model: 'gpt-3', families: [], figure: false },
      problems: [],
    });
    const { state, problems } = readState(new URLSearchParams('model=chinch'), { ...known, find });
    expect(state.model).toBeUndefined();
    expect(problems[0]).toContain('did you mean Chinchilla?');
  });

  it('swaps a reversed year range and says so', () => {
    const { state, problems } = read('from=2022&to=2019');
    expect([state.from, state.to]).toEqual([2019, 2022]);
    expect(problems).toHaveLength(1);
  });

  it('links to one model with its view', () => {
    expect(modelQuery('gpt-3')).toBe('?model=gpt-3');
    expect(modelQuery('a b&c')).toBe(`?${new URLSearchParams({ model: 'a b&c' })}`);
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

describe('time travel, comparison and focus in the URL', () => {
  const withYears = () => ({
    ...known,
    years: { first: 2013, last: 2023 },
    find: (query: string) => {
      const model = findModel(query, data.models);
      return model && { slug: model.slug, name: model.name, exact: model.name === query };
    },
  });
  const readWith = (query: string) => readState(new URLSearchParams(query), withYears());

  it('round-trips a year, a comparison and a focus depth', () => {
    const { state, problems } = readWith('model=chatgpt&with=bert&year=2022&focus=2');
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ model: 'chatgpt', with: 'bert', year: 2022, focus: 2 });
    expect(writeState(state).toString()).toBe('model=chatgpt&year=2022&with=bert&focus=2');
  });

  it('the newest year is the whole tree, written as no parameter', () => {
    expect(readWith('year=2023').state.year).toBeUndefined();
  });

  it('drops years outside the tree, a comparison or focus without a model, and unknown values', () => {
    const { state, problems } = readWith('year=1999&with=bert&focus=3');
    expect(state.year).toBeUndefined();
    expect(state.with).toBeUndefined();
    expect(state.focus).toBeUndefined();
    expect(problems).toEqual([
      'Ignored year=“1999”; the tree runs from 2013 to 2023.',
      'Ignored focus=“3”; use 1, 2 or all.',
      'A comparison needs a selected model first (model=…), so it was dropped.',
    ]);
    expect(readWith('model=gpt-3&with=gpt-3').problems).toEqual([
      'A model compared with itself says nothing, so the comparison was dropped.',
    ]);
    expect(readWith('model=gpt-3&with=GPT-2').state.with).toBe('gpt-2');
  });

  it('says its problems in Chinese on the Chinese page', async () => {
    const { treeWords } = await import('../../src/i18n/client/tree');
    const { problems } = treeState(withYears(), treeWords.zh.url).read(
      new URLSearchParams('year=1999&model=nope'),
    );
    expect(problems).toEqual([
      '演化树中没有模型“nope”，现在显示整棵演化树。可以试试“查找模型”框。',
      '已忽略year=“1999”；演化树的年份范围是2013至2023年。',
    ]);
  });

  it('time travel hides the models that came later', () => {
    expect(passes(model('gpt-3'), { ...NO_FILTERS, year: 2019 })).toBe(false);
    expect(passes(model('gpt-2'), { ...NO_FILTERS, year: 2019 })).toBe(true);
  });
});
