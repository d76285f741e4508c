/**
 * The claims that name one model, fetched by /tree/'s details panel when the model is selected,
 * so the page never loads every claim up front (100,000 claims would be megabytes).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ModelNode } from '../../../graph/types';
import { getGraph } from '../../../site/graph';
import { modelClaims } from '../../../tree/data';

export const getStaticPaths = (async () => {
  const graph = await getGraph();
  return graph.all('model').map((model) => ({ params: { slug: model.slug }, props: { model } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const body = modelClaims(await getGraph(), (props as { model: ModelNode }).model);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
