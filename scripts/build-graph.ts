/**
 * Checks the content alone, without building the site: the same pipeline steps the build runs
 * first (read, validate, build the graph), reporting every problem at once.
 *
 *   npm run graph [-- <content-folder>] [--out <file.json>]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatErrors } from '../src/graph/errors';
import { formatStatus } from '../src/graph/translations';
import { CONTENT_DIR } from '../src/pipeline/content-dir';
import { buildSiteData } from '../src/pipeline/pipeline';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const result = await buildSiteData({
  contentDir: positionals[0] ?? CONTENT_DIR,
  base: process.env.BASE_PATH ?? '/',
});

if (!result.data) {
  console.error(formatErrors(result.errors));
  console.error('\nThe build stopped: fix the problems above and run it again.');
  process.exit(1);
}
const { graph } = result.data;
const count = (type: string) => graph.nodes.filter((n) => n.type === type).length;
console.log(
  `Graph OK: ${count('section')} sections, ${count('claim')} claims, ${count('model')} models, ${count('task')} tasks, ` +
    `${count('dataset')} datasets, ${count('reference')} references, ${graph.edges.length} edges.`,
);
if (result.translations) console.log(`\n${formatStatus(result.translations)}`);
if (values.out) {
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, JSON.stringify(graph, null, 2));
}
