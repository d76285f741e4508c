/** Every artefact of the site (graph, search index, tree data, decision flow) from one registry: src/pipeline/artefacts.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { artefacts, type Artefact } from '../../pipeline/artefacts';
import { getSite } from '../../pipeline/current-site';

export const getStaticPaths = (() =>
  artefacts(getSite()).map((artefact) => ({
    params: { artefact: artefact.path },
    props: { artefact },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { artefact: Artefact }).artefact.body()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
