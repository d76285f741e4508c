/**
 * The search artefact, loaded by the browser on first use of search (never by reading pages):
 * documents, facet values and, for large sites, the exported index. Format: src/search/artefact.ts.
 */
import type { APIRoute } from 'astro';
import { createArtefact } from '../../search/artefact';
import { buildSearchData } from '../../search/documents';
import { getGraph } from '../../site/graph';

export const GET: APIRoute = async () => {
  const artefact = createArtefact(buildSearchData(await getGraph()));
  return new Response(JSON.stringify(artefact), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
