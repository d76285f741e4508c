/**
 * Our Chinese must be our own: this lists every stretch of 14 characters that a file in content/,
 * src/ or docs/ shares with the reference Chinese rendering of the paper, which lives outside the
 * repository (../shared/reference/ by default). It counts strictly: whitespace is ignored, but
 * punctuation and Latin letters stay in the run, so "知识密集型任务、传统…" counts as one run. A
 * stretch needs at least eight Chinese characters or marks to count, so a shared model name or
 * URL does not.
 *
 *   npm run overlap                      # exits 1 and lists the stretches if any are found
 *   npm run overlap -- path/to/reference.txt
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const RUN = 14;
const CHINESE_AT_LEAST = 8;
const chinese = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/gu;
const text = /\.(mdx?|ya?ml|ts|astro|json)$/;

const reference = process.argv[2] ?? (await defaultReference());
const squeeze = (s: string) => s.replace(/\s+/gu, '');
const windows = (s: string) => {
  const chars = [...s];
  return chars
    .slice(0, Math.max(0, chars.length - RUN + 1))
    .map((_, i) => chars.slice(i, i + RUN).join(''));
};
const known = new Set(windows(squeeze(await readFile(reference, 'utf8'))));

let found = 0;
for (const root of ['content', 'src', 'docs'])
  for (const file of await filesUnder(root)) {
    const shared = windows(squeeze(await readFile(file, 'utf8'))).filter(
      (run) => known.has(run) && (run.match(chinese)?.length ?? 0) >= CHINESE_AT_LEAST,
    );
    for (const run of new Set(shared)) console.log(`${file}: ${run}`);
    found += new Set(shared).size;
  }
console.log(`${found} stretch(es) of ${RUN} characters shared with ${reference}`);
process.exitCode = found === 0 ? 0 : 1;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && text.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The one .txt file in ../shared/reference/ (the rendering's file name is not ours to fix). */
async function defaultReference(): Promise<string> {
  const dir = resolve('../shared/reference');
  const txt = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.txt'));
  if (txt.length !== 1)
    throw new Error(
      `Name the reference text: npm run overlap -- <file> (found ${txt.length} .txt files in ${dir}).`,
    );
  return join(dir, txt[0]!);
}
