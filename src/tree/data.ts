/**
 * Builds the tree's data from the graph at build time: the models with their relations
 * flattened to slugs, and their positions from the layout. The benchmark feeds synthetic
 * models through `treeData` too, so it measures exactly what the site ships.
 */
import type { GraphIndex } from '../graph/query';
import type { ModelNode, OrganisationNode } from '../graph/types';
import { localizeUrl, type Locale } from '../i18n/locales';
import type { Site } from '../pipeline/site';
import { layoutTree } from './layout';
import type { ModelClaims, TreeData, TreeModel, TreeOrganisation } from './types';
import { openingFocus } from './view';

export type TreeModelInput = Omit<TreeModel, 'x' | 'y'>;

export function treeData(
  models: readonly TreeModelInput[],
  organisations: readonly TreeOrganisation[],
): TreeData {
  const { positions, bands, branches } = layoutTree(models);
  const placed = models.map((model, i) => ({ ...model, x: positions[i]!.x, y: positions[i]!.y }));
  return {
    version: 1,
    models: placed,
    organisations: [...organisations],
    bands,
    branches,
    focus: openingFocus(placed, bands, branches),
  };
}

const slugs = (nodes: readonly { slug: string }[]) => nodes.map((n) => n.slug);

/**
 * The tree in a language: Chinese organisation names and model summaries where the content has
 * them (English, marked, where not), and links to that language's pages. `base` is the site's base path.
 */
export function treeDataFromGraph(graph: GraphIndex, locale: Locale = 'en', base = '/'): TreeData {
  const zh = locale === 'zh';
  const models = graph.all('model').map((model: ModelNode): TreeModelInput => ({
    slug: model.slug,
    name: model.name,
    aliases: model.aliases,
    // Drawn where Figure 1 draws it (T0 sits a year early there); the panel shows the release date.
    year: model.figureYear ?? model.year,
    ...(model.figureYear !== undefined && model.figureYear !== model.year
      ? { releaseYear: model.year }
      : {}),
    month: model.month,
    family: model.family,
    open: model.open,
    inFigure1: model.inFigure1,
    organisations: slugs(graph.out(model.id, 'developed-by')),
    parents: slugs(graph.out(model.id, 'evolves-from')),
    parameters: model.parameters,
    paper: model.paper,
    summary: (zh ? model.zh?.summary : undefined) ?? model.summary,
    ...(zh && model.summary && !model.zh?.summary ? { untranslated: true } : {}),
    url: localizeUrl(model.url!, locale, base),
    claims: graph.in(model.id, 'involves').length,
  }));
  const organisations = graph.all('organisation').map((o: OrganisationNode) => ({
    slug: o.slug,
    name: (zh ? o.zh?.name : undefined) ?? o.name,
  }));
  return treeData(models, organisations);
}

/** The claims that name a model, with the section each is in, in the guide's order, in a language. */
export function modelClaims(
  graph: GraphIndex,
  model: ModelNode,
  locale: Locale = 'en',
  base = '/',
): ModelClaims {
  const zh = locale === 'zh';
  const claims = graph.in(model.id, 'involves').map((claim) => {
    const section = graph.out(claim.id, 'in-section')[0];
    const text = zh ? claim.zh?.text : claim.text;
    return {
      text: text ?? claim.text,
      ...(text === undefined ? { untranslated: true } : {}),
      url: localizeUrl(claim.url!, locale, base),
      verdict: claim.verdict,
      section: (zh ? section?.zh?.title : undefined) ?? section?.title ?? '',
    };
  });
  return { slug: model.slug, claims };
}

/** The site's tree data in a language, built once: the tree page draws it and /api/(zh/)tree.json publishes it. */
export const siteTreeData = (site: Site, locale: Locale = 'en'): TreeData =>
  site.once(`tree-data:${locale}`, () => treeDataFromGraph(site.graph, locale, site.base));
