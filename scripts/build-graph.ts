/**
 * Validates the content and reports every problem at once; the site build runs it first so an
 * author sees file, field and fix before Astro starts.
 *
 *   npm run graph [-- <content-folder>] [--out <file.json>]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraphFromFolder, formatErrors } from '../src/graph/index';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const contentDir = positionals[0] ?? process.env.CONTENT_DIR ?? 'content';
const { graph, errors } = await buildGraphFromFolder(contentDir, { base: process.env.BASE_PATH ?? '/' });

if (!graph) {
  console.error(formatErrors(errors));
  console.error('\nThe build stopped: fix the problems above and run it again.');
  process.exit(1);
}
const count = (type: string) => graph.nodes.filter((n) => n.type === type).length;
console.log(
  `Graph OK: ${count('section')} sections, ${count('claim')} claims, ${count('model')} models, ${count('task')} tasks, ` +
    `${count('dataset')} datasets, ${count('reference')} references, ${graph.edges.length} edges.`,
);
if (values.out) {
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, JSON.stringify(graph, null, 2));
}
