/**
 * Search's words in both languages (src/i18n/client/search.ts): counts, pages and the status
 * line read right in each, every Chinese message is there and is Chinese, the verdicts are the
 * page dictionaries' own. (That browser code carries no page dictionary is tests/unit/architecture.test.ts's.)
 */
import { describe, expect, it } from 'vitest';
import { FACETS, facetNamed } from '../../../src/search/fields';
import { searchStateIn } from '../../../src/search/state';
import { SEARCH_SYNTAX } from '../../../src/search/syntax';
import { searchWords } from '../../../src/i18n/client/search';
import { searchShellWords } from '../../../src/i18n/client/search-shell';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';

const { en: E, zh: Z } = searchWords;

describe('counts and pages', () => {
  it('counts results in English, one or many, and in Chinese with 条', () => {
    expect(E.results(1)).toBe('1 result');
    expect(E.results(0)).toBe('0 results');
    expect(E.results(12)).toBe('12 results');
    expect(Z.results(1)).toBe('1条结果');
    expect(Z.results(12)).toBe('12条结果');
    expect(E.facets.count(1)).toBe(' result');
    expect(E.facets.count(3)).toBe(' results');
    expect(Z.facets.count(3)).toBe('条结果');
  });

  it('says which page of how many', () => {
    expect(E.page.position(2, 5, 97)).toBe('Page 2 of 5 (97 results)');
    expect(E.page.position(1, 2, 21)).toBe('Page 1 of 2 (21 results)');
    expect(Z.page.position(2, 5, 97)).toBe('第2页，共5页（97条结果）');
  });

  it('offers to show all of a facet with the right noun and measure word', () => {
    expect(E.facets.all(42, 'task')).toBe('Show all 42 tasks');
    expect(E.facets.all(31, 'paper')).toBe('Show all 31 paper sections');
    expect(Z.facets.all(42, 'task')).toBe('显示全部42项任务');
    expect(Z.facets.all(30, 'model')).toBe('显示全部30个模型');
    expect(Z.facets.all(31, 'paper')).toBe('显示全部31个论文章节');
  });

  it('counts chosen filters', () => {
    expect(E.page.filtersChosen(2)).toBe('Filters (2 chosen)');
    expect(Z.page.filtersChosen(2)).toBe('筛选（已选2项）');
  });
});

describe('the status line', () => {
  it('describes what is found, with filters and the range shown', () => {
    expect(E.describe.found('ner', 1, [])).toBe('1 result for “ner”.');
    expect(E.describe.found('ner', 45, ['LLM'], [21, 40])).toBe(
      '45 results for “ner” matching LLM (21–40 shown).',
    );
    expect(Z.describe.found('实体识别', 9, [])).toBe('“实体识别”共9条结果。');
    expect(Z.describe.found('ner', 45, ['命名实体识别', 'LLM更优'], [21, 40])).toBe(
      '“ner”共45条结果（筛选：命名实体识别、LLM更优；显示第21至40条）。',
    );
  });

  it('describes browsing, partial matches, nothing found and unknown values', () => {
    expect(E.describe.browse(120, [], [1, 20])).toBe(
      '120 results in the whole guide (1–20 shown).',
    );
    expect(E.describe.browse(3, ['Generation'])).toBe('3 results matching Generation.');
    expect(Z.describe.browse(120, [], [1, 20])).toBe('整个指南共120条结果（显示第1至20条）。');
    expect(Z.describe.browse(3, ['生成任务'])).toBe('共3条结果（筛选：生成任务）。');
    expect(E.describe.partial('gpt foo', 1, [])).toBe(
      'No result has every word of “gpt foo”; 1 result has some of them.',
    );
    expect(E.describe.partial('gpt foo', 4, [])).toBe(
      'No result has every word of “gpt foo”; 4 results have some of them.',
    );
    expect(Z.describe.partial('gpt foo', 4, [])).toBe(
      '没有结果包含“gpt foo”的全部词语；有4条结果包含其中一部分。',
    );
    expect(E.describe.none('xyz', [])).toBe('No results for “xyz”.');
    expect(E.describe.none('', ['LLM'])).toBe('No results matching LLM.');
    expect(Z.describe.none('xyz', [])).toBe('没有找到“xyz”的结果。');
    expect(Z.describe.none('', ['LLM更优'])).toBe('没有结果（筛选：LLM更优）。');
    expect(E.describe.unknown('task', 'nerr')).toBe('No task is called “nerr”.');
    expect(Z.describe.unknown('task', 'nerr')).toBe('没有名为“nerr”的任务。');
  });

  it('joins sentences with a space in English and none in Chinese', () => {
    expect(E.sentences(['A.', '', 'B.'])).toBe('A. B.');
    expect(Z.sentences(['甲。', '', '乙。'])).toBe('甲。乙。');
  });

  it('sums up the dialog’s results', () => {
    expect(E.dialog.summary(1, 1, false)).toBe('1 result.');
    expect(E.dialog.summary(30, 8, true)).toBe(
      '30 results, 8 shown. No result has every word; these have some of them.',
    );
    expect(Z.dialog.summary(30, 8, false)).toBe('共30条结果，显示其中8条。');
    expect(Z.dialog.none('xyz', true)).toBe('没有找到“xyz”的结果。你要找的是不是下面这个？');
  });

  it('explains a link’s problems in the page’s language', () => {
    const problems = (words: typeof E, query: string) =>
      searchStateIn(words).read(new URLSearchParams(query)).problems;
    expect(problems(E, 'page=-7')).toEqual([
      'Ignored page=“-7”: pages are numbered from 1, so the first is shown.',
    ]);
    expect(problems(Z, 'page=-7')).toEqual(['已忽略page=“-7”：页码从1开始，因此显示第一页。']);
    expect(problems(Z, Array.from({ length: 30 }, (_, i) => `task=t${i}`).join('&'))).toEqual([
      '这个链接里的任务只取前20项。',
    ]);
    expect(problems(Z, `q=${'x'.repeat(20_000)}`)).toEqual([
      '这个链接里的搜索词过长，只保留了前1000个字符。',
    ]);
  });
});

/** Sample arguments for every message that is a function, by its path. */
const SAMPLES: Record<string, unknown[]> = {
  results: [3],
  sentences: [['A.', 'B.']],
  'dialog.filterBy': ['task'],
  'dialog.respelt': ['nre', 'ner'],
  'dialog.showAll': [30],
  'dialog.unknown': ['model', 'gtp'],
  'dialog.none': ['xyz', false],
  'dialog.summary': [30, 8, true],
  'page.filtersChosen': [2],
  'page.chip': ['task', 'NER'],
  'page.unknownChip': ['task', 'nerr'],
  'page.remove': ['Task: NER'],
  'page.respelt': ['nre'],
  'page.searchFor': ['ner'],
  'page.insteadOf': ['task', 'NER', 'nerr'],
  'page.withoutFilters': ['ner'],
  'page.position': [2, 5, 97],
  'describe.unknown': ['task', 'nerr'],
  'describe.none': ['ner', ['LLM']],
  'describe.browse': [45, ['LLM'], [21, 40]],
  'describe.partial': ['gpt foo', 45, ['LLM'], [21, 40]],
  'describe.found': ['ner', 45, ['LLM'], [21, 40]],
  'facets.count': [3],
  'facets.find': ['task'],
  'facets.findHint': ['task'],
  'facets.all': [42, 'task'],
  'problems.cut': ['task', 100],
  'problems.tooMany': ['task', 20],
  'problems.queryCut': [1000],
  'problems.page': ['“x”'],
};
/** Messages that are rightly empty in one language: the other puts the words elsewhere. */
const EMPTY_OK = new Set(['page.showingAfter', 'page.verbatimAfter']);
/** Not prose: what to type. */
const NOT_PROSE = new Set(['dialog.examples', 'dialog.shell.placeholder']);

/** Every message as text, by path: strings as they are, functions called with their samples. */
function messages(words: object, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(words)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') found.set(at, value);
    else if (typeof value === 'function') {
      expect(SAMPLES, `sample arguments for ${at}`).toHaveProperty([at]);
      found.set(at, (value as (...args: unknown[]) => string)(...SAMPLES[at]!));
    } else if (Array.isArray(value)) found.set(at, value.join(' | '));
    else for (const [p, text] of messages(value as object, at)) found.set(p, text);
  }
  return found;
}

describe('every message in Chinese', () => {
  const english = messages(E);
  const chinese = messages(Z);

  it('has the same messages as English', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('is there, and is Chinese where the English is prose', () => {
    const blank: string[] = [];
    const untranslated: string[] = [];
    for (const [path, text] of english) {
      const zhText = chinese.get(path)!;
      if (!zhText.trim() && text.trim() && !EMPTY_OK.has(path)) blank.push(path);
      const prose = /\p{L}{2,}/u.test(text) && !NOT_PROSE.has(path) && !EMPTY_OK.has(path);
      if (prose && (zhText === text || !/\p{Script=Han}/u.test(zhText))) untranslated.push(path);
    }
    expect(blank).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it('writes Chinese with full-width punctuation, no ASCII commas, colons or brackets', () => {
    const halfWidth = [...chinese]
      .filter(([path]) => !NOT_PROSE.has(path) && !path.startsWith('problems.page'))
      .filter(([, text]) => /\p{Script=Han}[,:;()]|[,:;()]\p{Script=Han}/u.test(text));
    expect(halfWidth).toEqual([]);
  });

  it('gives every facet a Chinese name, the one typed before “:” among them', () => {
    for (const facet of FACETS) {
      expect(Z.facet[facet].singular).toMatch(/\p{Script=Han}/u);
      // What a facet is headed can be typed before “:” to filter by it (任务:ner, 论文章节:4.1).
      expect(facetNamed(Z.facet[facet].singular)).toBe(facet);
      expect(facetNamed(E.facet[facet].singular.split(' ')[0]!.toLowerCase())).toBe(facet);
    }
  });

  it('has a Chinese meaning for every row of the search syntax', () => {
    for (const row of SEARCH_SYNTAX) {
      expect(row.zh.meaning).toMatch(/\p{Script=Han}/u);
      expect(row.zh.meaning).toMatch(/。$/);
    }
  });

  it('gives the dialog’s shell the bundle’s words (written once)', () => {
    expect(E.dialog.shell).toBe(searchShellWords.en);
    expect(Z.dialog.shell).toBe(searchShellWords.zh);
  });
});

describe('verdicts, written once', () => {
  it('the page dictionaries’ verdicts are the bundle’s, word for word', () => {
    expect(en.verdict).toEqual(E.verdict);
    expect(zh.verdict).toEqual(Z.verdict);
    expect(Z.verdict.llm.label).toBe('LLM更优');
    expect(Z.verdict['fine-tuned'].label).toBe('微调更优');
  });
});
