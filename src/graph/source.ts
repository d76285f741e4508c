/**
 * Reading content files: YAML files and the frontmatter of MDX files, kept as YAML documents
 * so that any later error can point at the line and column of the value it is about.
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { ContentError, DataPath } from './errors';
import { formatPath } from './errors';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The parsed data, or undefined if the YAML could not be read. */
  data: unknown;
  /** Finds the line and column of a value (or of its nearest existing parent). */
  locate(path: DataPath): { line: number; column: number } | undefined;
}

export interface ParseResult {
  source?: SourceFile;
  errors: ContentError[];
}

/** Splits `---\n<yaml>\n---\n<body>` and reports how many lines precede the YAML. */
function frontmatterOf(text: string): { yaml: string; lineOffset: number } | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*$/m.exec(text);
  if (!match || match.index !== 0) return undefined;
  return { yaml: match[1] ?? '', lineOffset: 1 };
}

function parseYamlText(file: string, yaml: string, lineOffset: number): ParseResult {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => ({
        file,
        ...position(error.pos[0]),
        path: '',
        message: `malformed YAML: ${error.message.split('\n')[0]}`,
        hint: 'check the indentation, the colons after field names, and quote text that contains ": " or starts with a special character',
      })),
    };
  }
  const locate = (path: DataPath) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return position(node.range[0]);
    }
    return undefined;
  };
  return { source: { file, data: doc.toJS(), locate }, errors: [] };
}

export function parseYamlFile(file: string, text: string): ParseResult {
  return parseYamlText(file, text, 0);
}

/** The prose after an MDX file's frontmatter, and how many lines come before it. */
export function mdxBody(text: string): { text: string; lineOffset: number } {
  const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n?^---[ \t]*\r?\n?/m.exec(text);
  if (!match || match.index !== 0) return { text, lineOffset: 0 };
  return { text: text.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}

export function parseMdxFrontmatter(file: string, text: string): ParseResult {
  const frontmatter = frontmatterOf(text);
  if (!frontmatter) {
    return {
      errors: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          message: 'no frontmatter found',
          hint: 'start the file with a line "---", the YAML fields (title, order, summary, claims), and another line "---"',
        },
      ],
    };
  }
  return parseYamlText(file, frontmatter.yaml, frontmatter.lineOffset);
}

/** An error about the value at `path` in `source`, positioned where the source has it. */
export function errorAt(
  source: SourceFile,
  path: DataPath,
  message: string,
  hint?: string,
): ContentError {
  return {
    file: source.file,
    ...source.locate(path),
    path: formatPath(path),
    message,
    ...(hint ? { hint } : {}),
  };
}
