/**
 * How text becomes search terms — the one function used for documents, queries and highlighting,
 * so they always agree. Case and diacritics fold away; a hyphenated, dotted or camel-cased name
 * is indexed under its parts and every run of them ("GPT-3.5" → gpt, 3, 5, gpt3, 35, gpt35), so
 * "gpt 3", "GPT3" and "gpt-3" all find it. Chinese, Japanese and Korean runs are cut into words
 * with Intl.Segmenter, since they have no spaces between words.
 */

/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u{20000}-\\u{2fa1f}';
/** A letter, digit or mark of a space-separated script. */
const WORD_CHAR = `[^\\s\\p{P}\\p{S}\\p{Z}\\p{C}${CJK}]`;
/** Joins the parts of one name: GPT-3, 86.5, text/code, Q&A, ST-MoE, model's. */
const JOINER = "[\\p{Pd}._/'’+&]";
const TOKEN = new RegExp(`([${CJK}]+)|(${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*)`, 'gu');
const JOINERS = new RegExp(JOINER, 'gu');
/** Camel case (BloombergGPT, DeBERTa) and letter–digit boundaries (T5, 175B, CoNLL03). */
const BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
/** Most words of any text: one plain word, nothing to split (the fast path). */
const PLAIN_WORD = /^[A-Z]?[a-z]+$/;
/** Longest run of parts indexed as one term; the whole word is always indexed too. */
const MAX_RUN = 4;

/** A word or CJK segment of a text, where it is, and whether it is CJK. */
export interface Token {
  start: number;
  end: number;
  text: string;
  cjk: boolean;
}

/** Lower case without diacritics, compatibility forms unified (ＧＰＴ → gpt, ﬁ → fi). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC').toLowerCase();
}

/** A name reduced to its letters and digits, for exact-name and alias lookups: "GPT 3" → "gpt3". */
export function compact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

let segmenter: Intl.Segmenter | null | undefined;
function cjkSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** Words of a CJK run. Without Intl.Segmenter, each character stands alone (still searchable). */
export function segmentCjk(run: string, offset = 0): Token[] {
  const seg = cjkSegmenter();
  if (!seg) return Array.from(run, (char, i) => ({ start: offset + i, end: offset + i + char.length, text: char, cjk: true }));
  const tokens: Token[] = [];
  for (const { segment, index, isWordLike } of seg.segment(run)) {
    if (isWordLike) tokens.push({ start: offset + index, end: offset + index + segment.length, text: segment, cjk: true });
  }
  return tokens;
}

/** Every word and CJK word of a text, with its position in the text as given. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    if (match[1]) tokens.push(...segmentCjk(match[1], start));
    else tokens.push({ start, end: start + match[0].length, text: match[0], cjk: false });
  }
  return tokens;
}

/** The single term a query word stands for: the whole word, folded, without its joiners. */
export function queryTerm(token: Token): string {
  return token.cjk ? fold(token.text) : fold(token.text).replace(JOINERS, '');
}

/** The terms a word of a document is found under: its parts and every short run of them. */
export function indexTerms(token: Token): string[] {
  if (PLAIN_WORD.test(token.text)) return [token.text.toLowerCase()];
  const whole = queryTerm(token);
  if (token.cjk) return [whole];
  const parts = token.text
    .split(JOINERS)
    .flatMap((piece) => piece.split(BOUNDARY))
    .map(fold)
    .filter(Boolean);
  if (parts.length <= 1) return [whole];
  const terms = new Set([whole]);
  for (let i = 0; i < parts.length; i++) {
    let run = '';
    for (let j = i; j < Math.min(parts.length, i + MAX_RUN); j++) {
      run += parts[j];
      terms.add(run);
    }
  }
  return [...terms];
}

/** All terms of a text, each once: what the index stores for a document. */
export function textTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) for (const term of indexTerms(token)) terms.add(term);
  return [...terms];
}
