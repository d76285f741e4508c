/**
 * Errors for content authors. Each one names the file (with line and column where the
 * source gives them), the path inside the frontmatter, what is wrong and how to fix it,
 * in the style `content/guide/nlu.mdx:41:13: claims[3].tasks[0]: unknown task "nerr" — did you mean "ner"?`
 */
import { NameIndex } from '../core/names';

export interface ContentError {
  /** Path of the file relative to the project root, e.g. `content/guide/nlu.mdx`. */
  file: string;
  line?: number;
  column?: number;
  /** Where inside the file's data, e.g. `claims[3].tasks[0]`; empty for the whole file. */
  path: string;
  message: string;
  hint?: string;
}

export type DataPath = ReadonlyArray<string | number>;

export function formatPath(path: DataPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

export function formatError(error: ContentError): string {
  const where = error.line ? `${error.file}:${error.line}:${error.column ?? 1}` : error.file;
  const path = error.path ? ` ${error.path}:` : '';
  const hint = error.hint ? ` — ${error.hint}` : '';
  return `${where}:${path} ${error.message}${hint}`;
}

export function formatErrors(errors: readonly ContentError[]): string {
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return [
    `The content has ${errors.length} ${noun}:`,
    ...errors.map((e) => `  ${formatError(e)}`),
  ].join('\n');
}

/**
 * A "did you mean" for an unknown id. `names` maps each known id to the display names and
 * aliases people might have typed instead (so "gpt3" finds "gpt-3" through its alias "GPT3").
 */
export function suggest(
  wanted: string,
  names: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  return new NameIndex([...names].map(([id, labels]) => [id, [id, ...labels]] as const)).nearest(
    wanted,
    1,
  )[0];
}

export function didYouMean(
  wanted: string,
  names: ReadonlyMap<string, readonly string[]>,
  fallback: string,
): string {
  const match = suggest(wanted, names);
  return match ? `did you mean "${match}"?` : fallback;
}
