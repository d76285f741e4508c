/**
 * A real `astro build` of a synthetic site with 2,000 models (and 12,500 claims): the pipeline,
 * every page rendered by Astro, every artefact written. The content is written as files, as an
 * author would, into bench/.site/ (not committed), and built to its own output folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import os from 'node:os';
import { syntheticContent } from './synthetic-content';

const MODELS = 2_000;
const CLAIMS = 12_500;
const ROOT = 'bench/.site';
const CONTENT = join(ROOT, 'content');
const OUT = join(ROOT, 'dist');

rmSync(ROOT, { recursive: true, force: true });
for (const file of syntheticContent({ models: MODELS, claims: CLAIMS })) {
  const path = join(CONTENT, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
console.error(`  site build: ${MODELS.toLocaleString('en')} models, building…`);
const load = os.loadavg()[0]!.toFixed(1);
const start = performance.now();
execFileSync('npx', ['astro', 'build', '--silent'], {
  env: { ...process.env, CONTENT_DIR: CONTENT, OUT_DIR: OUT },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const seconds = (performance.now() - start) / 1000;
const count = (dir: string, ext: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? count(join(dir, e.name), ext) : e.name.endsWith(ext) ? 1 : 0),
    0,
  );
const pages = count(OUT, '.html');
const artefacts = count(join(OUT, 'api'), '.json');
rmSync(ROOT, { recursive: true, force: true });

console.log(`## A real build of a synthetic site

\`astro build\` of synthetic content with ${MODELS.toLocaleString('en')} models and ${CLAIMS.toLocaleString('en')} claims in 20 sections
(bench/synthetic-content.ts), from the content files to the finished folder: the pipeline, ${pages.toLocaleString('en')} pages
and ${artefacts.toLocaleString('en')} JSON artefacts. Load average at start: ${load}.

| Build | Time | Per page |
| --- | --- | --- |
| ${MODELS.toLocaleString('en')} models, ${pages.toLocaleString('en')} pages | ${seconds.toFixed(1)} s | ${((seconds * 1000) / pages).toFixed(1)} ms |`);
