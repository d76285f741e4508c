/** The evolution tree's data, positions included, loaded by /tree/ (shape: src/tree/types.ts). */
import type { APIRoute } from 'astro';
import { getGraph } from '../../site/graph';
import { treeDataFromGraph } from '../../tree/data';

export const GET: APIRoute = async () => {
  const data = treeDataFromGraph(await getGraph());
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
