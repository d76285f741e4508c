/**
 * The graph as the pages see it: built once per build from the content folder, with the
 * site's base path in every url. A content error stops the build with the author's messages.
 */
import { buildGraphFromFolder, ContentErrors } from '../graph/index';
import { GraphIndex } from '../graph/query';
import { CONTENT_DIR } from './content-dir';

let cached: Promise<GraphIndex> | undefined;

async function load(): Promise<GraphIndex> {
  const { graph, errors } = await buildGraphFromFolder(CONTENT_DIR, { base: import.meta.env.BASE_URL });
  if (!graph) throw new ContentErrors(errors);
  return new GraphIndex(graph);
}

export function getGraph(): Promise<GraphIndex> {
  // The dev server rebuilds on every request so edits to content show up without a restart.
  if (import.meta.env.DEV || !cached) cached = load();
  return cached;
}
