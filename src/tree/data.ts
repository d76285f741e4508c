/**
 * Builds the tree's data from the graph at build time: the models with their relations
 * flattened to slugs, and their positions from the layout. The benchmark feeds synthetic
 * models through `treeData` too, so it measures exactly what the site ships.
 */
import type { GraphIndex } from '../graph/query';
import type { ClaimNode, ModelNode, OrganisationNode, SectionNode } from '../graph/types';
import { layoutTree } from './layout';
import type { ModelClaims, TreeData, TreeModel, TreeOrganisation } from './types';

export type TreeModelInput = Omit<TreeModel, 'x' | 'y'>;

export function treeData(models: readonly TreeModelInput[], organisations: readonly TreeOrganisation[]): TreeData {
  const { positions, bands, branches } = layoutTree(models);
  return {
    version: 1,
    models: models.map((model, i) => ({ ...model, x: positions[i]!.x, y: positions[i]!.y })),
    organisations: [...organisations],
    bands,
    branches,
  };
}

const slugs = (nodes: { slug: string }[]) => nodes.map((n) => n.slug);

export function treeDataFromGraph(graph: GraphIndex): TreeData {
  const models = graph.all('model').map(
    (model: ModelNode): TreeModelInput => ({
      slug: model.slug,
      name: model.name,
      aliases: model.aliases,
      year: model.year,
      month: model.month,
      family: model.family,
      open: model.open,
      inFigure1: model.inFigure1,
      organisations: slugs(graph.out(model.id, 'developed-by')),
      parents: slugs(graph.out(model.id, 'evolves-from')),
      parameters: model.parameters,
      paper: model.paper,
      summary: model.summary,
      url: model.url!,
      claims: graph.in(model.id, 'involves').length,
    }),
  );
  const organisations = graph.all('organisation').map((o: OrganisationNode) => ({ slug: o.slug, name: o.name }));
  return treeData(models, organisations);
}

/** The claims that name a model, with the section each is in, in the guide's order. */
export function modelClaims(graph: GraphIndex, model: ModelNode): ModelClaims {
  const claims = (graph.in<'claim'>(model.id, 'involves') as ClaimNode[]).map((claim) => {
    const section = graph.out<'section'>(claim.id, 'in-section')[0] as SectionNode | undefined;
    return { text: claim.text, url: claim.url!, verdict: claim.verdict, section: section?.title ?? '' };
  });
  return { slug: model.slug, claims };
}
