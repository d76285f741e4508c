/**
 * The words of the header's search dialog as every page builds it (src/client/site-search.ts),
 * apart from the rest of search's words (./search.ts, which includes these) so that a reading
 * page carries only these few until search is used.
 */
import type { Bundle } from '../client';

const en = {
  label: 'Search the guide',
  input: 'Search claims, tasks, models and datasets',
  placeholder: 'ner, gpt-3, task:ner verdict:llm…',
  close: 'Close search',
  options: 'Search results',
  keys: { move: 'move', open: 'open', close: 'close' },
  page: 'Search page with filters',
  /** The engine could not load when the dialog opened. */
  failed: 'Search could not load. Check your connection, then close and open search again.',
};

export const searchShellWords: Bundle<typeof en> = {
  en,
  zh: {
    label: '搜索指南',
    input: '搜索论断、任务、模型和数据集',
    placeholder: 'ner、gpt-3、task:ner verdict:llm……',
    close: '关闭搜索',
    options: '搜索结果',
    keys: { move: '移动', open: '打开', close: '关闭' },
    page: '带筛选的搜索页',
    failed: '搜索加载失败。请检查网络连接，然后关闭搜索再重新打开。',
  },
};
