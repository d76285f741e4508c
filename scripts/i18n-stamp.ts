/**
 * Marks translations as checked against today's English: writes `translates: <stamp>` into each
 * translation of the files named (or of every file with --all), after a translator has compared it
 * with the English. Until then `npm run graph` reports the translation as stale.
 *
 *   npm run i18n:stamp -- content/guide/zh/nlu.mdx content/tasks/ner.yaml
 *   npm run i18n:stamp -- --all
 *
 * Only the stamp lines change; the rest of each file is left exactly as written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';
import { mdxBody } from '../src/graph/source';
import { stampOf } from '../src/graph/translations';
import { CONTENT_DIR } from '../src/pipeline/content-dir';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean' } },
});
const content = resolve(CONTENT_DIR);
const read = (path: string) => readFile(resolve(content, path), 'utf8');

/** One stamp to write: the map (by its path in the YAML) that gets `translates`, and its value. */
type Stamp = { path: Array<string | number>; stamp: string };

/** What to stamp in one file, from the English it translates. */
async function stampsFor(file: string): Promise<{ yaml: string; offset: number; stamps: Stamp[] }> {
  const text = await read(file);
  const guide = /^guide\/zh\/([^/]+)\.mdx$/.exec(file);
  if (guide) {
    const english = await read(`guide/${guide[1]}.mdx`);
    const en = parseDocument(frontmatter(english).yaml).toJS() as {
      title: string;
      summary: string;
      claims: Array<{ id: string; text: string }>;
    };
    const { yaml, offset } = frontmatter(text);
    const zh = parseDocument(yaml).toJS() as { claims?: Array<{ id: string }> };
    const texts = new Map(en.claims.map((c) => [c.id, c.text]));
    return {
      yaml,
      offset,
      stamps: [
        { path: [], stamp: stampOf(en.title, en.summary, mdxBody(english).text) },
        ...(zh.claims ?? []).flatMap((c, i) =>
          texts.has(c.id) ? [{ path: ['claims', i], stamp: stampOf(texts.get(c.id)) }] : [],
        ),
      ],
    };
  }
  const data = parseDocument(text).toJS() as Record<string, unknown>;
  const folder = file.split('/')[0];
  const d = data as { name?: string; aliases?: string[]; summary?: string; zh?: unknown };
  const english: Record<string, () => Stamp[]> = {
    tasks: () => [{ path: ['zh'], stamp: stampOf(d.name, d.aliases ?? [], d.summary) }],
    datasets: () => [{ path: ['zh'], stamp: stampOf(d.name, d.summary) }],
    models: () => [{ path: ['zh'], stamp: stampOf(d.summary) }],
    organisations: () => [{ path: ['zh'], stamp: stampOf(d.name) }],
  };
  if (file === 'decision-flow.yaml') {
    const questions = (data as { questions: Array<Record<string, string>> }).questions;
    return {
      yaml: text,
      offset: 0,
      stamps: questions.flatMap((q, i) =>
        q.zh
          ? [{ path: ['questions', i, 'zh'], stamp: stampOf(q.question, q.explanation, q.example) }]
          : [],
      ),
    };
  }
  if (file === 'table-1.yaml') {
    const rows = (data as { rows: Array<Record<string, string>> }).rows;
    return {
      yaml: text,
      offset: 0,
      stamps: rows.flatMap((r, i) =>
        r.zh
          ? [
              {
                path: ['rows', i, 'zh'],
                stamp: stampOf(r.kind, r.training, r.modelType, r.pretrainingTask),
              },
            ]
          : [],
      ),
    };
  }
  const stamps = folder && english[folder] && d.zh ? english[folder]() : [];
  return { yaml: text, offset: 0, stamps };
}

function frontmatter(text: string): { yaml: string; offset: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { yaml: match[1]!, offset: match[0].indexOf(match[1]!) };
}

/** Writes or replaces `translates:` in each map, as a line of its own, keeping everything else. */
function applyStamps(text: string, yaml: string, offset: number, stamps: Stamp[]): string {
  const doc: Document = parseDocument(yaml, { lineCounter: new LineCounter() });
  const edits: Array<{ at: number; remove: number; insert: string }> = [];
  for (const { path, stamp } of stamps) {
    const map = (path.length ? doc.getIn(path, true) : doc.contents) as YAMLMap | undefined;
    if (!isMap(map)) continue;
    if (map.flow)
      throw new Error(`write the map at ${path.join('.') || 'the top'} in block style to stamp it`);
    const existing = map.items.find((p) => (p.key as { value?: unknown })?.value === 'translates');
    const value = existing?.value as { range?: [number, number, number] } | undefined;
    if (value?.range) {
      edits.push({
        at: value.range[0],
        remove: value.range[1] - value.range[0],
        insert: `"${stamp}"`,
      });
      continue;
    }
    const first = map.items[0]?.key as { range?: [number, number, number] } | undefined;
    const last = map.items.at(-1)?.value as { range?: [number, number, number] } | undefined;
    if (!first?.range || !last?.range) continue;
    const indent = first.range[0] - (yaml.lastIndexOf('\n', first.range[0] - 1) + 1);
    // After the end of the map's last line: a block scalar or a nested list may span several.
    let end = yaml.indexOf('\n', Math.max(last.range[1] - 1, first.range[0]));
    if (end === -1) end = yaml.length;
    edits.push({ at: end, remove: 0, insert: `\n${' '.repeat(indent)}translates: "${stamp}"` });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, offset + edit.at) + edit.insert + out.slice(offset + edit.at + edit.remove);
  return out;
}

async function allTranslationFiles(): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(content, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(content, resolve(e.parentPath, e.name)).split('\\').join('/'));
  const withWords = await Promise.all(
    files.map(async (f) => (/^guide\/zh\//.test(f) || /(^|\n)\s*zh:/.test(await read(f)) ? f : '')),
  );
  return withWords.filter((f) => f && !/^guide\/[^/]+\.mdx$/.test(f));
}

const files = values.all
  ? await allTranslationFiles()
  : positionals.map((p) => relative(content, resolve(p)).split('\\').join('/'));
if (files.length === 0) {
  console.error('Name the translated files to stamp (after checking them), or pass --all.');
  process.exit(1);
}
let written = 0;
for (const file of files) {
  const { yaml, offset, stamps } = await stampsFor(file);
  const text = await read(file);
  const stamped = applyStamps(text, yaml, offset, stamps);
  if (stamped !== text) {
    await writeFile(resolve(content, file), stamped);
    written += 1;
  }
  console.log(`${file}: ${stamps.length} stamp${stamps.length === 1 ? '' : 's'}`);
}
console.log(
  `Stamped ${written} file${written === 1 ? '' : 's'}; run npm run graph to see the status.`,
);
