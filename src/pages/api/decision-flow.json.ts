/** Figure 2's decision flow as a static artefact, documented on /api/ and in the README. */
import type { APIRoute } from 'astro';
import { publishFlow } from '../../decide/publish';
import { getDecisionFlow } from '../../site/graph';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(publishFlow(await getDecisionFlow())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
