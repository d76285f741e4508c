/**
 * The layout shows the data flow, in one direction: content → graph → artefacts → pages → client
 * enhancements. Each folder of src/ may import only from the folders below it; browser code only
 * from the pure modules it runs. A test, so the direction cannot erode one import at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each folder may import from (besides itself and packages). */
const ALLOWED: Record<string, string[]> = {
  core: [],
  i18n: ['core'],
  graph: ['core', 'i18n'],
  search: ['core', 'i18n', 'graph'],
  decide: ['core', 'i18n', 'graph'],
  tree: ['core', 'i18n', 'graph'],
  pipeline: ['core', 'i18n', 'graph', 'search', 'decide', 'tree'],
  views: ['core', 'i18n', 'graph', 'search', 'decide', 'tree', 'pipeline'],
  styles: [],
  components: [
    'core',
    'i18n',
    'graph',
    'search',
    'decide',
    'tree',
    'pipeline',
    'views',
    'layouts',
    'client',
    'styles',
  ],
  layouts: ['core', 'i18n', 'graph', 'pipeline', 'views', 'components', 'styles'],
  pages: [
    'core',
    'i18n',
    'graph',
    'search',
    'decide',
    'tree',
    'pipeline',
    'views',
    'components',
    'layouts',
    'client',
    'styles',
  ],
  // Browser code: the pure modules it runs and the words it shows, never the build.
  client: ['core', 'i18n', 'search', 'decide', 'tree'],
};
/**
 * Type-only imports of data shapes are fine: they vanish when bundled — the graph's node types in
 * browser code, the built site's shape (`Site`, from pipeline/site.ts) in the feature modules.
 */
const TYPE_ONLY_OK = new Set(['graph', 'pipeline']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(ts|astro)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

const SRC = resolve('src');

/** A file's relative imports: where each points, as written, and whether it is type-only (gone once bundled). */
function importsIn(file: string) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?['"](\.[^'"]+)['"]/gm)].map((m) => ({
    target: resolve(dirname(file), m[2]!),
    spec: m[2]!,
    typeOnly: Boolean(m[1]),
  }));
}

/** Every module a file loads at run time, itself included, following relative imports. */
function reachedFrom(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const { target, typeOnly } of importsIn(file))
    if (!typeOnly) reachedFrom(/\.ts$/.test(target) ? target : `${target}.ts`, seen);
  return seen;
}
const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;

describe('the direction of imports', () => {
  it('every folder imports only from the folders below it', () => {
    const wrong: string[] = [];
    for (const file of files(SRC)) {
      const from = layerOf(file);
      if (!(from in ALLOWED)) continue;
      for (const { target, spec, typeOnly } of importsIn(file)) {
        const to = layerOf(target);
        if (to === from || !(to in ALLOWED)) continue;
        if (!ALLOWED[from]!.includes(to) && !(typeOnly && TYPE_ONLY_OK.has(to)))
          wrong.push(`${relative(SRC, file)} imports ${to} (${spec})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('browser code and words', () => {
  it('no browser script reaches a page dictionary: each carries its own few words (src/i18n/client/)', () => {
    const dictionaries = ['en.ts', 'zh.ts', 'index.ts'].map((f) => join(SRC, 'i18n', f));
    const wrong = files(join(SRC, 'client'))
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...reachedFrom(file)]
          .filter((f) => dictionaries.includes(f))
          .map((f) => `${relative(SRC, file)} reaches ${relative(SRC, f)}`),
      );
    expect(wrong).toEqual([]);
  });
});
