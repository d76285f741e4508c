/**
 * The facets a search can be narrowed by. Each is also a field of the query syntax
 * (`task:ner model:gpt-3 verdict:llm type:claim section:nlu dataset:conll03`) and a URL parameter.
 * Client-safe: no imports, so the browser bundle stays small.
 */
export const FACETS = ['type', 'task', 'model', 'dataset', 'verdict', 'section'] as const;
export type Facet = (typeof FACETS)[number];

/** Facets whose values are graph nodes a document links to (as opposed to its own type and verdict). */
export const LINKED_FACETS = ['task', 'model', 'dataset', 'section'] as const;
export type LinkedFacet = (typeof LINKED_FACETS)[number];

/** Kinds of search result, in the order results of equal rank are listed. */
export const DOC_TYPES = ['claim', 'task', 'model', 'dataset', 'section', 'reference'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const FACET_LABELS: Record<Facet, { singular: string; plural: string }> = {
  type: { singular: 'Type', plural: 'Types' },
  task: { singular: 'Task', plural: 'Tasks' },
  model: { singular: 'Model', plural: 'Models' },
  dataset: { singular: 'Dataset', plural: 'Datasets' },
  verdict: { singular: 'Verdict', plural: 'Verdicts' },
  section: { singular: 'Section', plural: 'Sections' },
};

export const isFacet = (name: string): name is Facet => (FACETS as readonly string[]).includes(name);

/** The field a name typed before `:` refers to: `task`, `tasks` and `Task` all mean task. */
export function facetNamed(name: string): Facet | undefined {
  const lower = name.toLowerCase();
  if (isFacet(lower)) return lower;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return isFacet(singular) ? singular : undefined;
}
