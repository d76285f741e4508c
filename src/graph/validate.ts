/**
 * Schema validation with messages for authors: zod's issues are rewritten to say which field,
 * what was expected, what was found, and what to write instead.
 */
import { z } from 'astro/zod';
import type { ContentError, DataPath } from './errors';
import { didYouMean } from './errors';
import { claimSchema, sectionSchema, type SectionInput } from './schema';
import { errorAt, type SourceFile } from './source';

type AnySchema = z.ZodTypeAny;

/** Strips wrappers (default, optional, effects) to reach the schema that has a shape or element. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault) current = current._def.innerType;
    else if (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
      current = current.unwrap();
    else if (current instanceof z.ZodEffects) current = current.innerType();
    else return current;
  }
}

/** The schema that validates the value at `path`, if the path leads anywhere. */
function schemaAt(schema: AnySchema, path: DataPath): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    if (inner instanceof z.ZodObject && typeof key === 'string') current = inner.shape[key];
    else if (inner instanceof z.ZodArray && typeof key === 'number') current = inner.element;
    else return undefined;
  }
  return current;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** `at` is where the validated value sits in the file; issue paths include it. */
function issueToError(
  schema: AnySchema,
  source: SourceFile,
  issue: z.ZodIssue,
  at: DataPath,
): ContentError[] {
  const path = issue.path;
  const field = path.at(-1);
  const fieldHint = () => schemaAt(schema, path.slice(at.length))?.description;
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type: {
      if (issue.received === 'undefined') {
        const description = fieldHint();
        return [
          errorAt(
            source,
            path,
            `missing required field "${String(field)}"`,
            description ? `add ${String(field)}: ${description}` : undefined,
          ),
        ];
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const value = valueAt(source.data, path);
      const quoted =
        typeof value === 'string' &&
        ((issue.expected === 'number' && value.trim() !== '' && !Number.isNaN(Number(value))) ||
          (issue.expected === 'boolean' && /^(true|false)$/i.test(value)));
      const description = fieldHint();
      const hint = quoted
        ? `remove the quotes: ${String(field)}: ${value.toLowerCase()}`
        : issue.expected === 'array'
          ? 'write a list, e.g. [a, b] or one "- item" per line'
          : description && `${String(field)} is ${description}`;
      return [errorAt(source, path, `expected ${expected}, found ${describe(value)}`, hint)];
    }
    case z.ZodIssueCode.invalid_enum_value: {
      const options = issue.options.map(String);
      const names = new Map(options.map((o) => [o, [] as string[]]));
      const received = String(issue.received);
      return [
        errorAt(
          source,
          path,
          `"${received}" is not a valid ${String(field)}; expected one of ${options.join(', ')}`,
          didYouMean(received, names, `use one of ${options.join(', ')}`),
        ),
      ];
    }
    case z.ZodIssueCode.unrecognized_keys: {
      const known = unwrap(schemaAt(schema, path.slice(at.length)) ?? schema);
      const keys = known instanceof z.ZodObject ? Object.keys(known.shape) : [];
      const names = new Map(keys.map((k) => [k, [] as string[]]));
      return issue.keys.map((key) =>
        errorAt(
          source,
          [...path, key],
          `unknown field "${key}"`,
          didYouMean(key, names, `the fields here are ${keys.join(', ')}`),
        ),
      );
    }
    default:
      return [errorAt(source, path, issue.message, fieldHint())];
  }
}

/** Validates the value at `at` inside the source (the whole file by default). */
export function validate<T extends AnySchema>(
  schema: T,
  source: SourceFile,
  at: DataPath = [],
): { value?: z.infer<T>; errors: ContentError[] } {
  const result = schema.safeParse(valueAt(source.data, at));
  if (result.success) return { value: result.data, errors: [] };
  return {
    errors: result.error.issues.flatMap((issue) =>
      issueToError(schema, source, { ...issue, path: [...at, ...issue.path] }, at),
    ),
  };
}

/**
 * A section whose frontmatter has errors still yields its valid claims, so that their
 * unknown ids are reported in the same run instead of after the first fix.
 */
export function validateSection(source: SourceFile): {
  value?: SectionInput;
  errors: ContentError[];
  /** When the section has errors: the position in the file of each valid claim kept. */
  claimPositions?: number[];
} {
  const { value, errors } = validate(sectionSchema, source);
  if (value) return { value, errors };
  const raw = source.data as { claims?: unknown } | null;
  const claims: SectionInput['claims'] = [];
  const claimPositions: number[] = [];
  if (Array.isArray(raw?.claims))
    raw.claims.forEach((claim, position) => {
      const parsed = claimSchema.safeParse(claim);
      if (!parsed.success) return;
      claims.push(parsed.data);
      claimPositions.push(position);
    });
  return { value: { title: '', order: 0, summary: '', claims }, errors, claimPositions };
}
