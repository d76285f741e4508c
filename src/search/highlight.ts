/**
 * Which words of a text a query matched, as plain ranges and segments. Never HTML: the page turns
 * matched segments into <mark> elements with textContent, so nothing in the content or the query
 * is ever parsed as markup.
 */
import { indexTerms, isCjk, queryTerm, tokenize } from './text';

/** The words searched for: whole terms (CJK strings among them), and the word still being typed as a prefix. */
export interface MatchTerms {
  exact: ReadonlySet<string>;
  prefix: string | null;
}

export interface Segment {
  text: string;
  match: boolean;
}

/** [start, end) of every word of `text` that a query term matches, and of every CJK string searched for, in order. */
export function matchRanges(text: string, terms: MatchTerms): Array<[number, number]> {
  if (terms.exact.size === 0 && !terms.prefix) return [];
  const strings = [...terms.exact].filter(isCjk);
  const ranges: Array<[number, number]> = [];
  for (const token of tokenize(text)) {
    if (token.cjk) {
      ranges.push(...cjkRanges(token.start, queryTerm(token), strings));
      continue;
    }
    const found = indexTerms(token).some(
      (term) => terms.exact.has(term) || (terms.prefix !== null && term.startsWith(terms.prefix)),
    );
    if (found) ranges.push([token.start, token.end]);
  }
  return ranges;
}

/** Where the CJK strings occur in a run (folded, so of the run's length), overlapping ones merged. */
function cjkRanges(offset: number, run: string, strings: string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const string of strings)
    for (let at = run.indexOf(string); at !== -1; at = run.indexOf(string, at + 1))
      found.push([offset + at, offset + at + string.length]);
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** The text cut into matched and unmatched segments; neighbouring matches separated by a space or joiner merge. */
export function highlight(text: string, terms: MatchTerms): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    const previous = segments.at(-1);
    if (previous?.match && /^[\s\p{Pd}]?$/u.test(text.slice(at, start))) {
      previous.text += text.slice(at, end);
    } else {
      if (start > at) segments.push({ text: text.slice(at, start), match: false });
      segments.push({ text: text.slice(start, end), match: true });
    }
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** Where an excerpt may be cut: a space, or after CJK punctuation (Chinese has no spaces). */
const BREAK = /[\s，。；：、！？]/u;

/**
 * A window of about `length` characters around the first match, for long texts; cut at word
 * boundaries and marked with ellipses. Short texts come back whole.
 */
export function excerpt(text: string, terms: MatchTerms, length = 240): Segment[] {
  if (text.length <= length) return highlight(text, terms);
  const first = matchRanges(text, terms)[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) start = nextBreak(text, start, first) ?? start;
  if (end < text.length) end = previousBreak(text, end, start) ?? end;
  const segments = highlight(text.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return segments;
}

/** Just after the first break at or after `from`, if it comes before `limit`. */
function nextBreak(text: string, from: number, limit: number): number | undefined {
  for (let i = from; i < limit; i++) if (BREAK.test(text[i]!)) return i + 1;
  return undefined;
}

/** The last break at or before `to`, after `from`; the cut keeps CJK punctuation, drops a space. */
function previousBreak(text: string, to: number, from: number): number | undefined {
  for (let i = Math.min(to, text.length - 1); i > from; i--)
    if (BREAK.test(text[i]!)) return /\s/u.test(text[i]!) ? i : i + 1;
  return undefined;
}
