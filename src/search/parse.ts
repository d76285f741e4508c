/**
 * The query language: free words, "quoted phrases", and `field:value` filters for any facet —
 * `task:ner model:"gpt 3" verdict:llm,comparable type:claim`. Commas or a repeated field mean
 * "either" (OR within a facet). Parsing never fails: anything that is not a known field is text.
 * Typed with a Chinese input method, the same query works: full-width letters and punctuation
 * (ｔａｓｋ：ｎｅｒ), “quotes”, 、 between values, and Chinese field names (任务:命名实体识别).
 */
import { facetNamed, type Facet } from './fields';

export interface FieldFilter {
  facet: Facet;
  /** The values as typed (resolved to facet values by the engine); empty while still being typed. */
  values: string[];
  /** Where the filter sits in the input, so a suggestion can replace it. */
  start: number;
  end: number;
}

export interface ParsedQuery {
  /** The free text: everything except field filters, quotes removed. */
  text: string;
  /** Quoted phrases, which must appear as written (after folding). */
  phrases: string[];
  filters: FieldFilter[];
}

/** Longest input read; a pasted essay is cut here rather than slowing every keystroke. */
export const MAX_QUERY_LENGTH = 1_000;

const FIELD = /([A-Za-z]+|\p{Script=Han}+):/uy;

/**
 * Full-width ASCII (what a Chinese input method types) as ASCII, the ideographic space as a space,
 * curly double quotes as straight ones. One code unit for one, so positions stay those of the input.
 */
const halfWidth = (text: string) =>
  text.replace(/[\uff01-\uff5e\u3000\u201c\u201d]/g, (c) =>
    c === '\u3000'
      ? ' '
      : c === '\u201c' || c === '\u201d'
        ? '"'
        : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

export function parseQuery(input: string): ParsedQuery {
  const source = halfWidth(input.slice(0, MAX_QUERY_LENGTH));
  const text: string[] = [];
  const phrases: string[] = [];
  const filters: FieldFilter[] = [];
  let i = 0;
  while (i < source.length) {
    if (/\s/u.test(source[i]!)) {
      i++;
      continue;
    }
    const start = i;
    FIELD.lastIndex = i;
    const field = FIELD.exec(source);
    const facet = field ? facetNamed(field[1]!) : undefined;
    if (field && facet) {
      const [raw, end] = readValue(source, FIELD.lastIndex);
      const values = raw
        .split(/[,、]/)
        .map((v) => v.trim())
        .filter(Boolean);
      filters.push({ facet, values, start, end });
      i = end;
    } else if (source[i] === '"') {
      const [phrase, end] = readValue(source, i);
      if (phrase.trim()) {
        phrases.push(phrase.trim());
        text.push(phrase.trim());
      }
      i = end;
    } else {
      const end = nextSpace(source, i);
      text.push(source.slice(i, end));
      i = end;
    }
  }
  return { text: text.join(' '), phrases, filters };
}

/** A value: "quoted, with spaces" (an unclosed quote runs to the end) or up to the next space. */
function readValue(source: string, from: number): [string, number] {
  if (source[from] === '"') {
    const close = source.indexOf('"', from + 1);
    return close === -1
      ? [source.slice(from + 1), source.length]
      : [source.slice(from + 1, close), close + 1];
  }
  const end = nextSpace(source, from);
  return [source.slice(from, end), end];
}

function nextSpace(source: string, from: number): number {
  let i = from;
  while (i < source.length && !/\s/u.test(source[i]!)) i++;
  return i;
}

/** The field filter the caret is in (to suggest values for it), if any. */
export function filterAt(query: ParsedQuery, caret: number): FieldFilter | undefined {
  return query.filters.find((f) => caret > f.start && caret <= f.end);
}
