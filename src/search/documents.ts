/**
 * What search knows, drawn from the graph at build time: one document per claim, task, model,
 * dataset, section and reference, and the value lists of every facet. Documents point at facet
 * values by position, which keeps the artefact small at 100,000 claims.
 *
 * Each language has its own: the Chinese documents carry the Chinese claim texts, names and
 * summaries (English where a translation is missing), link to the Chinese pages, and keep the
 * English names and aliases of tasks, datasets and sections as aliases, so "NER" typed on the
 * Chinese site still finds the 命名实体识别 claims.
 */
import type { GraphIndex } from '../graph/query';
import { VERDICTS } from '../core/vocabulary';
import type {
  ClaimNode,
  DatasetNode,
  GraphNode,
  ModelNode,
  ReferenceNode,
  SectionNode,
  TaskNode,
} from '../graph/types';
import { PAPER_SECTIONS, type PaperSection } from '../core/vocabulary';
import { words as wordsOf } from '../i18n';
import { LOCALES, localizeUrl, type Locale } from '../i18n/locales';
import { localName, localSummary } from '../graph/words';
import { DOC_TYPES, LINKED_FACETS, type DocType, type Facet, type LinkedFacet } from './fields';
import { hanCharacters, traditionalVariants } from './variants';

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
  /** A claim that is one of the paper's takeaways (its boxed guidelines), which lead among equal matches. */
  takeaway?: true;
  /** Positions in `SearchData.values.paper` of a claim's section of the paper and the sections it is part of (4.1.1, 4.1, 4). */
  paper?: number[];
  /** Positions in `SearchData.values[facet]` of the tasks, models, datasets and section the document is about. */
  links: Partial<Record<LinkedFacet, number[]>>;
}

export interface SearchData {
  version: 1;
  values: Record<Facet, FacetValue[]>;
  docs: SearchDoc[];
  /**
   * Traditional characters a query may use and the Simplified ones the documents hold, in pairs
   * ("機机譯译…"; variants.ts). Only where the documents are Chinese.
   */
  variants?: string;
}

type Named = TaskNode | ModelNode | DatasetNode | SectionNode;

export function buildSearchData(graph: GraphIndex, locale: Locale = 'en', base = '/'): SearchData {
  const words = wordsOf(locale);
  const url = (node: { url?: string }) =>
    node.url === undefined ? undefined : localizeUrl(node.url, locale, base);
  /** A node's name here, and its other names: its own aliases here, then its English name and aliases. */
  const namesOf = (node: Named): { title: string; aliases: string[] } => {
    const title = localName(node, locale);
    const own =
      locale === 'zh' && 'zh' in node ? ((node.zh as { aliases?: string[] })?.aliases ?? []) : [];
    const english = 'aliases' in node ? node.aliases : [];
    const aliases = [...own, node.label, ...english].filter(
      (name, i, all) => name !== title && all.indexOf(name) === i,
    );
    return { title, aliases };
  };
  const facetValue = (node: Named): FacetValue => {
    const { title, aliases } = namesOf(node);
    const link = url(node);
    return {
      slug: node.slug,
      label: title,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(link ? { url: link } : {}),
    };
  };
  const summary = (node: Extract<GraphNode, { summary?: string }>) =>
    localSummary(node, locale)?.text ?? '';
  const list = new Intl.ListFormat(LOCALES[locale].intl, { type: 'conjunction' });
  const entity = (
    node: Named,
    text: string,
    meta: string | undefined,
  ): Omit<SearchDoc, 'links'> => {
    const { title, aliases } = namesOf(node);
    return {
      id: node.id,
      type: node.type,
      title,
      text,
      ...(meta ? { meta } : {}),
      url: url(node)!,
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  };

  const linked = {
    task: graph.all('task'),
    model: graph.all('model'),
    dataset: graph.all('dataset'),
    section: graph.all('section'),
  } satisfies Record<LinkedFacet, readonly GraphNode[]>;
  const position = new Map<string, number>();
  for (const facet of LINKED_FACETS) linked[facet].forEach((node, i) => position.set(node.id, i));
  const positions = (nodes: readonly GraphNode[]) => nodes.map((node) => position.get(node.id)!);
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

  // The paper's sections that claims come from, with the sections they are part of, in the paper's order.
  const cited = new Set(graph.all('claim').flatMap((c) => paperSectionsOf(c.paper.section)));
  const paperSections = PAPER_SECTIONS.filter((number) => cited.has(number));
  const paperPosition = new Map(paperSections.map((number, i) => [number, i]));

  const claims = graph.all('claim').map((claim: ClaimNode): SearchDoc => {
    const section = graph.out(claim.id, 'in-section')[0];
    return {
      id: claim.id,
      type: 'claim',
      title: words.kind[claim.kind].label,
      text: (locale === 'zh' ? claim.zh?.text : undefined) ?? claim.text,
      ...(section ? { meta: localName(section, locale) } : {}),
      url: url(claim)!,
      verdict: claim.verdict,
      ...(claim.kind === 'takeaway' ? { takeaway: true as const } : {}),
      links: linksOf(claim.id),
      paper: paperSectionsOf(claim.paper.section).map((section) => paperPosition.get(section)!),
    };
  });
  const tasks = linked.task.map((task): SearchDoc => ({
    ...entity(task, summary(task), words.category[task.category]),
    links: { task: self(task) },
  }));
  const models = linked.model.map((model): SearchDoc => {
    const organisations = graph.out(model.id, 'developed-by').map((o) => localName(o, locale));
    const facts = [
      words.family[model.family],
      ...organisations,
      String(model.year),
      model.parameters,
      model.open ? words.entity.model.open : words.entity.model.closed,
    ];
    return {
      ...entity(model, summary(model), facts.filter(Boolean).join(' · ')),
      links: { model: self(model) },
    };
  });
  const datasets = linked.dataset.map((dataset): SearchDoc => {
    const measures = graph.out(dataset.id, 'measures');
    return {
      ...entity(
        dataset,
        summary(dataset),
        measures.length > 0
          ? `${words.entity.dataset.measures}${words.colon}${list.format(measures.map((t) => localName(t, locale)))}`
          : undefined,
      ),
      links: {
        dataset: self(dataset),
        ...(measures.length > 0 ? { task: positions(measures) } : {}),
      },
    };
  });
  const sections = linked.section.map((section): SearchDoc => ({
    ...entity(
      section,
      summary(section),
      words.guide.position(section.order, linked.section.length),
    ),
    links: { section: self(section) },
  }));
  const references = graph.all('reference').map((ref: ReferenceNode): SearchDoc => ({
    id: ref.id,
    type: 'reference',
    title: ref.title,
    text: [ref.authors, ref.year, ref.venue].filter(Boolean).join(', '),
    ...(ref.number ? { meta: `${words.docType.reference} [${ref.number}]` } : {}),
    url: ref.link,
    external: true,
    links: {},
  }));

  const docs = [...claims, ...tasks, ...models, ...datasets, ...sections, ...references];
  const values: SearchData['values'] = {
    type: DOC_TYPES.map((slug) => ({ slug, label: words.docType[slug] })),
    task: linked.task.map(facetValue),
    model: linked.model.map(facetValue),
    dataset: linked.dataset.map(facetValue),
    verdict: VERDICTS.map((slug) => ({ slug, label: words.verdict[slug].label })),
    section: linked.section.map(facetValue),
    paper: paperSections.map((slug) => ({
      slug,
      label: `§${slug} ${words.paperSection[slug]}`,
    })),
  };
  const variants =
    locale === 'zh'
      ? traditionalVariants(
          hanCharacters(
            [...docs, ...Object.values(values).flat()].map((item) =>
              [
                'text' in item ? item.text : '',
                'meta' in item ? item.meta : '',
                'title' in item ? item.title : '',
                'label' in item ? item.label : '',
                ...(item.aliases ?? []),
              ].join(' '),
            ),
          ),
        )
      : '';
  // Docs are listed in the order browsing shows them: claims in guide order first.
  return { version: 1, values, docs, ...(variants ? { variants } : {}) };
}

/** "4.1.1" → 4, 4.1 and 4.1.1: filtering by a section of the paper includes its subsections. */
const paperSectionsOf = (section: PaperSection): PaperSection[] =>
  section.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.') as PaperSection);
