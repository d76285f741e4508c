/**
 * Which words of a text a query matched, as plain ranges and segments. Never HTML: the page turns
 * matched segments into <mark> elements with textContent, so nothing in the content or the query
 * is ever parsed as markup.
 */
import { indexTerms, tokenize } from './text';

/** The words searched for: whole terms, and the word still being typed as a prefix. */
export interface MatchTerms {
  exact: ReadonlySet<string>;
  prefix: string | null;
}

export interface Segment {
  text: string;
  match: boolean;
}

/** [start, end) of every word of `text` that a query term matches. */
export function matchRanges(text: string, terms: MatchTerms): Array<[number, number]> {
  if (terms.exact.size === 0 && !terms.prefix) return [];
  const ranges: Array<[number, number]> = [];
  for (const token of tokenize(text)) {
    const found = indexTerms(token).some((term) => terms.exact.has(term) || (terms.prefix !== null && term.startsWith(terms.prefix)));
    if (found) ranges.push([token.start, token.end]);
  }
  return ranges;
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
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const segments = highlight(text.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return segments;
}
