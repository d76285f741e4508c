/**
 * How text becomes search terms — the one module used for documents, queries and highlighting,
 * so they always agree. Case and diacritics fold away; a hyphenated, dotted or camel-cased name
 * is indexed under its parts and every run of them ("GPT-3.5" → gpt, 3, 5, gpt3, 35, gpt35), so
 * "gpt 3", "GPT3" and "gpt-3" all find it.
 *
 * Chinese, Japanese and Korean runs are indexed under every character and every pair of
 * neighbouring characters (命名实体识别 → 命, 名, … 命名, 名实, 实体, 体识, 识别), never under
 * words: a query run then matches exactly the documents that contain it as written, whatever a
 * word segmenter would make of either side (cjk.ts). Intl.Segmenter cuts technical terms
 * differently in and out of context and into single characters (思维链 → 思维/链), so words at
 * index time could miss, and single characters alone would match everywhere.
 */
import { fold } from '../core/names';

export { fold };

/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK =
  '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u{20000}-\\u{2fa1f}';
/** A letter, digit or mark of a space-separated script. */
const WORD_CHAR = `[^\\s\\p{P}\\p{S}\\p{Z}\\p{C}${CJK}]`;
/** Joins the parts of one name: GPT-3, 86.5, text/code, Q&A, ST-MoE, model's. */
const JOINER = "[\\p{Pd}._/'’+&]";
const TOKEN = new RegExp(`([${CJK}]+)|(${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*)`, 'gu');
const JOINERS = new RegExp(JOINER, 'gu');
const CJK_ONLY = new RegExp(`^[${CJK}]+$`, 'u');
/** Camel case (BloombergGPT, DeBERTa) and letter–digit boundaries (T5, 175B, CoNLL03). */
const BOUNDARY =
  /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
/** Most words of any text: one plain word, nothing to split (the fast path). */
const PLAIN_WORD = /^[A-Z]?[a-z]+$/;
/** Longest run of parts indexed as one term; the whole word is always indexed too. */
const MAX_RUN = 4;

/** A word, or a whole run of CJK characters, of a text: where it is, and whether it is CJK. */
export interface Token {
  start: number;
  end: number;
  text: string;
  cjk: boolean;
}

/** Whether a term is CJK characters only (a query's CJK run, a character or a pair). */
export const isCjk = (term: string): boolean =>
  // Every CJK block starts at U+3040 or later: most terms are told apart by their first unit.
  term.charCodeAt(0) >= 0x3040 && CJK_ONLY.test(term);

/** A CJK run folded character by character, so its length and positions stay those of the run. */
export function foldCjk(run: string): string {
  let folded = '';
  for (const char of run) {
    const one = fold(char);
    folded += one.length === char.length ? one : char;
  }
  return folded;
}

/** Every word and CJK run of a text, with its position in the text as given. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length, text: match[0], cjk: !!match[1] });
  }
  return tokens;
}

/** The single term a query word stands for: the whole word (or CJK run), folded, without its joiners. */
export function queryTerm(token: Token): string {
  return token.cjk ? foldCjk(token.text) : fold(token.text).replace(JOINERS, '');
}

/**
 * The terms a CJK string is looked up by: its pairs of neighbouring characters, or the character
 * itself when it is one. A run holds a string exactly when it holds all of the string's pairs in
 * a row, which the engine checks on the few documents that hold them all.
 */
export function cjkGrams(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** The terms a word of a document is found under: its parts and every short run of them. */
export function indexTerms(token: Token): string[] {
  if (token.cjk) {
    const run = queryTerm(token);
    return [...new Set([...run, ...(run.length > 1 ? cjkGrams(run) : [])])];
  }
  if (PLAIN_WORD.test(token.text)) return [token.text.toLowerCase()];
  const whole = queryTerm(token);
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

/** The CJK runs of a text, folded, one string: what a CJK query term must be found in as written. */
export function cjkText(text: string): string {
  return tokenize(text)
    .filter((t) => t.cjk)
    .map(queryTerm)
    .join('|');
}

/** The terms of names (a task's, a model's): Latin words by their index terms, CJK runs whole. */
export function nameTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text))
    for (const term of token.cjk ? [queryTerm(token)] : indexTerms(token)) terms.add(term);
  return [...terms];
}
