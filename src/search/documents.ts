/**
 * What search knows, drawn from the graph at build time: one document per claim, task, model,
 * dataset, section and reference, and the value lists of every facet. Documents point at facet
 * values by position, which keeps the artefact small at 100,000 claims.
 */
import type { GraphIndex } from '../graph/query';
import { VERDICTS } from '../graph/schema';
import type { ClaimNode, DatasetNode, GraphNode, ModelNode, ReferenceNode, SectionNode, TaskNode } from '../graph/types';
import { CATEGORY, FAMILY, KIND, VERDICT } from '../site/labels';
import { DOC_TYPES, LINKED_FACETS, type DocType, type Facet, type LinkedFacet } from './fields';

export interface FacetValue {
  slug: string;
  label: string;
  /** Other names the value is known by ("GPT3", "NER"), for the query syntax and suggestions. */
  aliases?: string[];
  /** The value's own page, for chips. */
  url?: string;
}

export interface SearchDoc {
  /** The graph id, e.g. `claim:nlu-ner-conll03`. */
  id: string;
  type: DocType;
  title: string;
  /** The text shown and highlighted: a claim's text, an entity's summary. */
  text: string;
  /** A short line of facts shown under the title (and searched). */
  meta?: string;
  url?: string;
  /** The link leaves the site (a reference's paper). */
  external?: boolean;
  aliases?: string[];
  verdict?: string;
  /** Positions in `SearchData.values[facet]` of the tasks, models, datasets and section the document is about. */
  links: Partial<Record<LinkedFacet, number[]>>;
}

export interface SearchData {
  version: 1;
  values: Record<Facet, FacetValue[]>;
  docs: SearchDoc[];
}

const TYPE_LABELS: Record<DocType, string> = {
  claim: 'Claim',
  task: 'Task',
  model: 'Model',
  dataset: 'Dataset',
  section: 'Section',
  reference: 'Reference',
};

const facetValue = (node: TaskNode | ModelNode | DatasetNode | SectionNode): FacetValue => ({
  slug: node.slug,
  label: node.label,
  ...('aliases' in node && node.aliases.length > 0 ? { aliases: node.aliases } : {}),
  ...(node.url ? { url: node.url } : {}),
});

export function buildSearchData(graph: GraphIndex): SearchData {
  const linked = {
    task: graph.all('task'),
    model: graph.all('model'),
    dataset: graph.all('dataset'),
    section: graph.all('section'),
  } satisfies Record<LinkedFacet, GraphNode[]>;
  const position = new Map<string, number>();
  for (const facet of LINKED_FACETS) linked[facet].forEach((node, i) => position.set(node.id, i));
  const positions = (nodes: GraphNode[]) => nodes.map((node) => position.get(node.id)!);
  const linksOf = (id: string): SearchDoc['links'] => {
    const links: SearchDoc['links'] = {
      task: positions(graph.out(id, 'addresses')),
      model: positions(graph.out(id, 'involves')),
      dataset: positions(graph.out(id, 'uses-dataset')),
      section: positions(graph.out(id, 'in-section')),
    };
    for (const facet of LINKED_FACETS) if (links[facet]!.length === 0) delete links[facet];
    return links;
  };
  const self = (node: GraphNode) => [position.get(node.id)!];

  const claims = graph.all('claim').map((claim: ClaimNode): SearchDoc => {
    const section = graph.out<'section'>(claim.id, 'in-section')[0];
    return {
      id: claim.id,
      type: 'claim',
      title: KIND[claim.kind].label,
      text: claim.text,
      ...(section ? { meta: section.title } : {}),
      url: claim.url!,
      verdict: claim.verdict,
      links: linksOf(claim.id),
    };
  });
  const tasks = linked.task.map((task): SearchDoc => ({
    ...entity(task, task.summary, CATEGORY[task.category]),
    links: { task: self(task) },
  }));
  const models = linked.model.map((model): SearchDoc => {
    const organisations = graph.out<'organisation'>(model.id, 'developed-by').map((o) => o.label);
    const facts = [FAMILY[model.family], ...organisations, String(model.year), model.parameters, model.open ? 'open weights' : 'closed'];
    return { ...entity(model, model.summary ?? '', facts.filter(Boolean).join(' · ')), links: { model: self(model) } };
  });
  const datasets = linked.dataset.map((dataset): SearchDoc => {
    const measures = graph.out<'task'>(dataset.id, 'measures');
    return {
      ...entity(dataset, dataset.summary, measures.length > 0 ? `Measures ${measures.map((t) => t.label).join(', ')}` : undefined),
      links: { dataset: self(dataset), ...(measures.length > 0 ? { task: positions(measures) } : {}) },
    };
  });
  const sections = linked.section.map((section): SearchDoc => ({
    ...entity(section, section.summary, `Section ${section.order} of the guide`),
    links: { section: self(section) },
  }));
  const references = graph.all('reference').map((ref: ReferenceNode): SearchDoc => ({
    id: ref.id,
    type: 'reference',
    title: ref.title,
    text: [ref.authors, ref.year, ref.venue].filter(Boolean).join(', '),
    ...(ref.number ? { meta: `Reference [${ref.number}] in the paper` } : {}),
    url: ref.link,
    external: true,
    links: {},
  }));

  return {
    version: 1,
    values: {
      type: DOC_TYPES.map((slug) => ({ slug, label: TYPE_LABELS[slug] })),
      task: linked.task.map(facetValue),
      model: linked.model.map(facetValue),
      dataset: linked.dataset.map(facetValue),
      verdict: VERDICTS.map((slug) => ({ slug, label: VERDICT[slug].label })),
      section: linked.section.map(facetValue),
    },
    // Listed in the order browsing shows them: claims in guide order first.
    docs: [...claims, ...tasks, ...models, ...datasets, ...sections, ...references],
  };
}

function entity(node: TaskNode | ModelNode | DatasetNode | SectionNode, text: string, meta: string | undefined): Omit<SearchDoc, 'links'> {
  return {
    id: node.id,
    type: node.type,
    title: node.label,
    text,
    ...(meta ? { meta } : {}),
    url: node.url!,
    ...('aliases' in node && node.aliases.length > 0 ? { aliases: node.aliases } : {}),
  };
}
