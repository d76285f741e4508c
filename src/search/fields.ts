/**
 * The facets a search can be narrowed by. Each is also a field of the query syntax
 * (`task:ner model:gpt-3 verdict:llm type:claim section:nlu dataset:conll03 paper:4.1`) and a URL
 * parameter.
 * Client-safe: no imports, so the browser bundle stays small.
 */
export const FACETS = ['type', 'task', 'model', 'dataset', 'verdict', 'section', 'paper'] as const;
export type Facet = (typeof FACETS)[number];

/** Facets whose values are graph nodes a document links to (as opposed to its own type and verdict). */
export const LINKED_FACETS = ['task', 'model', 'dataset', 'section'] as const;
export type LinkedFacet = (typeof LINKED_FACETS)[number];

/** Kinds of search result, in the order results of equal rank are listed. */
export { DOC_TYPES, type DocType } from '../core/vocabulary';

/** Facet names in words are in search's bundle (src/i18n/client/search.ts, `facet`), in each language. */

export const isFacet = (name: string): name is Facet =>
  (FACETS as readonly string[]).includes(name);

/** Field names in Chinese, as the Chinese site's facets are headed. */
const CHINESE_NAMES: Record<string, Facet> = {
  类型: 'type',
  任务: 'task',
  模型: 'model',
  数据集: 'dataset',
  结论: 'verdict',
  章节: 'section',
  论文: 'paper',
  论文章节: 'paper',
};

/** The field a name typed before `:` refers to: `task`, `tasks`, `Task` and `任务` all mean task. */
export function facetNamed(name: string): Facet | undefined {
  if (Object.hasOwn(CHINESE_NAMES, name)) return CHINESE_NAMES[name];
  const lower = name.toLowerCase();
  if (isFacet(lower)) return lower;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return isFacet(singular) ? singular : undefined;
}
