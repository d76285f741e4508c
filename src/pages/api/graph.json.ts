/** The public graph API: every node and edge, as documented on /api/ and in the README. */
import type { APIRoute } from 'astro';
import { getGraph } from '../../site/graph';

export const GET: APIRoute = async () => {
  const { graph } = await getGraph();
  return new Response(JSON.stringify(graph), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
