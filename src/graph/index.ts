/** The graph builder's public surface: content folder in, graph (or every problem found) out. */
import { relative, resolve } from 'node:path';
import { buildGraph, type BuildOptions, type BuildResult } from './build';
import { readContentTree } from './read';

export { buildGraph, type ContentFile, type BuildOptions, type BuildResult } from './build';
export { ContentErrors, formatError, formatErrors, type ContentError } from './errors';
export type * from './types';

/** Reads and builds the content folder; messages name files relative to the working directory. */
export async function buildGraphFromFolder(contentDir: string, options: Omit<BuildOptions, 'root'> = {}): Promise<BuildResult> {
  const dir = resolve(contentDir);
  const root = relative(process.cwd(), dir).split('\\').join('/') || '.';
  return buildGraph(await readContentTree(dir), { ...options, root });
}
