/**
 * The graph as the pages see it: built once per build from the content folder, with the
 * site's base path in every url. A content error stops the build with the author's messages.
 */
import type { DecisionFlow } from '../graph/decision-flow';
import { buildGraphFromFolder, ContentErrors } from '../graph/index';
import { GraphIndex } from '../graph/query';
import { CONTENT_DIR } from './content-dir';

interface Built {
  graph: GraphIndex;
  decisionFlow?: DecisionFlow;
}

let cached: Promise<Built> | undefined;

async function load(): Promise<Built> {
  const { graph, decisionFlow, errors } = await buildGraphFromFolder(CONTENT_DIR, { base: import.meta.env.BASE_URL });
  if (!graph) throw new ContentErrors(errors);
  return { graph: new GraphIndex(graph), decisionFlow };
}

function built(): Promise<Built> {
  // The dev server rebuilds on every request so edits to content show up without a restart.
  if (import.meta.env.DEV || !cached) cached = load();
  return cached;
}

export async function getGraph(): Promise<GraphIndex> {
  return (await built()).graph;
}

/** Figure 2's flow. The builder treats it as optional content; the site's advisor needs it. */
export async function getDecisionFlow(): Promise<DecisionFlow> {
  const { decisionFlow } = await built();
  if (!decisionFlow) throw new Error(`${CONTENT_DIR}/decision-flow.yaml is missing: /decide/ and /api/decision-flow.json are drawn from it.`);
  return decisionFlow;
}
