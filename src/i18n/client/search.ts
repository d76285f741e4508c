/**
 * Search's words (src/client/site-search.ts, search-dialog.ts, search-page.ts, search-facets.ts,
 * search-render.ts, and the problems of a search's URL in src/search/state.ts): the dialog, the
 * search page's status line, pager and suggestions, the facets, and the verdicts (from
 * ./verdicts.ts, where they are written once for search, the tree and the page dictionaries).
 */
import type { Bundle, Words } from '../client';
import { searchShellWords } from './search-shell';
import { verdictWords } from './verdicts';

/** The facets by their field names (src/search/fields.ts has the same keys). */
type FacetName = 'type' | 'task' | 'model' | 'dataset' | 'verdict' | 'section' | 'paper';

const facet = {
  type: { singular: 'Type', plural: 'Types' },
  task: { singular: 'Task', plural: 'Tasks' },
  model: { singular: 'Model', plural: 'Models' },
  dataset: { singular: 'Dataset', plural: 'Datasets' },
  verdict: { singular: 'Verdict', plural: 'Verdicts' },
  section: { singular: 'Section', plural: 'Sections' },
  paper: { singular: 'Paper section', plural: 'Paper sections' },
} satisfies Record<FacetName, { singular: string; plural: string }>;

/** A facet's name mid-sentence: "task", "paper section". */
const lower = (f: FacetName) => facet[f].singular.toLowerCase();
const results = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;
/** " matching A, B" after a count, or nothing. */
const matching = (chosen: string[]) => (chosen.length > 0 ? ` matching ${chosen.join(', ')}` : '');
/** " (21–40 shown)" when the results run over more than one page. */
const shown = (range?: [number, number]) => (range ? ` (${range[0]}–${range[1]} shown)` : '');

const en = {
  /** Each verdict in a word and a sentence (./verdicts.ts). */
  verdict: verdictWords.en,
  /** Before a result's verdict badge, for screen readers. */
  verdictLead: 'Verdict: ',
  facet,
  /** "12 results" (completions, the dialog's status). */
  results,
  /** Sentences one after another, as the status line says them. */
  sentences: (sentences: string[]) => sentences.filter(Boolean).join(' '),
  loading: 'Loading search…',
  failed: 'Search could not load. Check your connection, then reload the page.',
  /** The header's dialog. */
  dialog: {
    /** The dialog's shell: its labels, keys and link (written once, in ./search-shell.ts). */
    shell: searchShellWords.en,
    empty: 'Type to search claims, tasks, models, datasets, sections and references.',
    /** Queries offered before anything is typed. */
    examples: [
      'ner',
      'gpt 3',
      'task:summarization verdict:llm',
      'model:codex',
      'type:dataset reasoning',
    ],
    try: 'Try',
    tryInstead: 'Try instead',
    filterBy: (f: FacetName) => `Filter by ${lower(f)}`,
    respelt: (typed: string, corrected: string) =>
      `No results for “${typed}”; showing results for “${corrected}”. `,
    showAll: (total: number) => `Show all ${total} results, with filters`,
    unknown: (f: FacetName, value: string) =>
      `No ${lower(f)} is called “${value}”. Pick one of the suggestions below, or see them all on the search page.`,
    none: (query: string, didYouMean: boolean) =>
      `No results for “${query}”.${didYouMean ? ' Did you mean the suggestion below?' : ' Try fewer or other words.'}`,
    /** `total` results of which `visible` are listed; `partial`: none has every word. */
    summary: (total: number, visible: number, partial: boolean) =>
      `${results(total)}${total > visible ? `, ${visible} shown` : ''}.${partial ? ' No result has every word; these have some of them.' : ''}`,
  },
  /** The search page. */
  page: {
    filters: 'Filters',
    filtersChosen: (n: number) => `Filters (${n} chosen)`,
    /** An active filter's chip: "Task: Named entity recognition". */
    chip: (f: FacetName, label: string) => `${facet[f].singular}: ${label}`,
    unknownChip: (f: FacetName, value: string) => `${facet[f].singular}: ${value} (unknown)`,
    remove: (chip: string) => `Remove ${chip}`,
    clearAll: 'Clear all filters',
    /** Before the status line when the words as typed found nothing and a respelling is shown. */
    respelt: (typed: string) => `No results for “${typed}”.`,
    /** "Showing results for <corrected> — search for <typed> instead", around the two links. */
    showingBefore: 'Showing results for ',
    showingAfter: '',
    dash: ' — ',
    verbatimBefore: 'search for ',
    verbatimAfter: ' instead',
    tryThese: 'Try one of these:',
    searchFor: (query: string) => `Search for “${query}”`,
    insteadOf: (f: FacetName, label: string, typed: string) =>
      `${facet[f].singular}: ${label} instead of “${typed}”`,
    withoutFilters: (text: string) => `Search for “${text}” without filters`,
    browseClaims: 'Browse every claim',
    previous: '← Previous page',
    next: 'Next page →',
    position: (page: number, pages: number, total: number) =>
      `Page ${page} of ${pages} (${results(total)})`,
    external: ' (external link)',
  },
  /**
   * The status line: one sentence on what is shown. `chosen`: the names of the filter values in
   * force; `range`: the first and last result shown, when there is more than one page.
   */
  describe: {
    unknown: (f: FacetName, value: string) => `No ${lower(f)} is called “${value}”.`,
    none: (text: string, chosen: string[]) =>
      text ? `No results for “${text}”${matching(chosen)}.` : `No results${matching(chosen)}.`,
    browse: (total: number, chosen: string[], range?: [number, number]) =>
      `${results(total)}${matching(chosen) || ' in the whole guide'}${shown(range)}.`,
    partial: (text: string, total: number, chosen: string[], range?: [number, number]) =>
      `No result has every word of “${text}”; ${results(total)} ${total === 1 ? 'has' : 'have'} some of them${matching(chosen)}${shown(range)}.`,
    found: (text: string, total: number, chosen: string[], range?: [number, number]) =>
      `${results(total)} for “${text}”${matching(chosen)}${shown(range)}.`,
  },
  /** The facet panel. */
  facets: {
    nothing: 'Filters appear once something matches.',
    /** After a value's count, for screen readers: "12 results". */
    count: (n: number) => (n === 1 ? ' result' : ' results'),
    find: (f: FacetName) => `Find a ${lower(f)}`,
    findHint: (f: FacetName) => `Find a ${lower(f)}…`,
    fewer: 'Show fewer',
    all: (n: number, f: FacetName) => `Show all ${n} ${facet[f].plural.toLowerCase()}`,
  },
  /** What a search's URL asked for that could not be used (src/search/state.ts). */
  problems: {
    cut: (f: FacetName, max: number) =>
      `A ${lower(f)} in this link was cut to its first ${max} characters.`,
    tooMany: (f: FacetName, max: number) =>
      `Only the first ${max} ${facet[f].plural.toLowerCase()} in this link are used.`,
    queryCut: (max: number) =>
      `The search in this link was cut to its first ${max.toLocaleString('en')} characters.`,
    /** `raw` is already quoted and cut short. */
    page: (raw: string) => `Ignored page=${raw}: pages are numbered from 1, so the first is shown.`,
  },
};

const zhFacet = {
  type: { singular: '类型', plural: '类型' },
  task: { singular: '任务', plural: '任务' },
  model: { singular: '模型', plural: '模型' },
  dataset: { singular: '数据集', plural: '数据集' },
  verdict: { singular: '结论', plural: '结论' },
  section: { singular: '章节', plural: '章节' },
  paper: { singular: '论文章节', plural: '论文章节' },
} satisfies Record<FacetName, { singular: string; plural: string }>;
/** The measure word before each facet's noun: 42项任务, 5种结论, 30个模型. */
const measure: Record<FacetName, string> = {
  type: '种',
  task: '项',
  model: '个',
  dataset: '个',
  verdict: '种',
  section: '个',
  paper: '个',
};
const zhResults = (n: number) => `${n}条结果`;
/** The filters in force and the results shown, in one pair of brackets: （筛选：任务；显示第21至40条）. */
const zhDetails = (chosen: string[], range?: [number, number]) => {
  const parts = [
    ...(chosen.length > 0 ? [`筛选：${chosen.join('、')}`] : []),
    ...(range ? [`显示第${range[0]}至${range[1]}条`] : []),
  ];
  return parts.length > 0 ? `（${parts.join('；')}）` : '';
};

export type SearchWords = Words<typeof en>;

export const searchWords: Bundle<typeof en> = {
  en,
  zh: {
    verdict: verdictWords.zh,
    verdictLead: '结论：',
    facet: zhFacet,
    results: zhResults,
    sentences: (sentences: string[]) => sentences.filter(Boolean).join(''),
    loading: '正在加载搜索……',
    failed: '搜索加载失败。请检查网络连接，然后刷新页面。',
    dialog: {
      shell: searchShellWords.zh,
      empty: '输入文字即可搜索论断、任务、模型、数据集、章节和参考文献。',
      examples: [
        '实体识别',
        'gpt 3',
        'task:summarization verdict:llm',
        'model:codex',
        'type:dataset 推理',
      ],
      try: '试试',
      tryInstead: '换成',
      filterBy: (f: FacetName) => `按${zhFacet[f].singular}筛选`,
      respelt: (typed: string, corrected: string) =>
        `没有找到“${typed}”的结果，下面显示的是“${corrected}”的结果。`,
      showAll: (total: number) => `查看全部${total}条结果，并可筛选`,
      unknown: (f: FacetName, value: string) =>
        `没有名为“${value}”的${zhFacet[f].singular}。请从下面的建议中挑选，或到搜索页查看全部选项。`,
      none: (query: string, didYouMean: boolean) =>
        `没有找到“${query}”的结果。${didYouMean ? '你要找的是不是下面这个？' : '试着减少或换用别的词。'}`,
      summary: (total: number, visible: number, partial: boolean) =>
        `共${zhResults(total)}${total > visible ? `，显示其中${visible}条` : ''}。${partial ? '没有结果包含全部词语，以下结果只包含其中一部分。' : ''}`,
    },
    page: {
      filters: '筛选',
      filtersChosen: (n: number) => `筛选（已选${n}项）`,
      chip: (f: FacetName, label: string) => `${zhFacet[f].singular}：${label}`,
      unknownChip: (f: FacetName, value: string) => `${zhFacet[f].singular}：${value}（未知）`,
      remove: (chip: string) => `移除“${chip}”`,
      clearAll: '清除全部筛选条件',
      respelt: (typed: string) => `没有找到“${typed}”的结果。`,
      showingBefore: '以下是',
      showingAfter: '的搜索结果',
      dash: '——',
      verbatimBefore: '改为搜索',
      verbatimAfter: '',
      tryThese: '可以试试这些：',
      searchFor: (query: string) => `搜索“${query}”`,
      insteadOf: (f: FacetName, label: string, typed: string) =>
        `${zhFacet[f].singular}：用${label}代替“${typed}”`,
      withoutFilters: (text: string) => `不加筛选条件搜索“${text}”`,
      browseClaims: '浏览全部论断',
      previous: '← 上一页',
      next: '下一页 →',
      position: (page: number, pages: number, total: number) =>
        `第${page}页，共${pages}页（${zhResults(total)}）`,
      external: '（外部链接）',
    },
    describe: {
      unknown: (f: FacetName, value: string) => `没有名为“${value}”的${zhFacet[f].singular}。`,
      none: (text: string, chosen: string[]) =>
        `${text ? `没有找到“${text}”的结果` : '没有结果'}${zhDetails(chosen)}。`,
      browse: (total: number, chosen: string[], range?: [number, number]) =>
        `${chosen.length > 0 ? '' : '整个指南'}共${zhResults(total)}${zhDetails(chosen, range)}。`,
      partial: (text: string, total: number, chosen: string[], range?: [number, number]) =>
        `没有结果包含“${text}”的全部词语；有${zhResults(total)}包含其中一部分${zhDetails(chosen, range)}。`,
      found: (text: string, total: number, chosen: string[], range?: [number, number]) =>
        `“${text}”共${zhResults(total)}${zhDetails(chosen, range)}。`,
    },
    facets: {
      nothing: '有匹配的结果后，这里会列出筛选条件。',
      count: () => '条结果',
      find: (f: FacetName) => `查找${zhFacet[f].singular}`,
      findHint: (f: FacetName) => `查找${zhFacet[f].singular}……`,
      fewer: '收起',
      all: (n: number, f: FacetName) => `显示全部${n}${measure[f]}${zhFacet[f].plural}`,
    },
    problems: {
      cut: (f: FacetName, max: number) =>
        `这个链接里有一个${zhFacet[f].singular}过长，只保留了前${max}个字符。`,
      tooMany: (f: FacetName, max: number) =>
        `这个链接里的${zhFacet[f].plural}只取前${max}${measure[f]}。`,
      queryCut: (max: number) => `这个链接里的搜索词过长，只保留了前${max}个字符。`,
      page: (raw: string) => `已忽略page=${raw}：页码从1开始，因此显示第一页。`,
    },
  },
};
