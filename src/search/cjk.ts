/**
 * What a Chinese (or Japanese, Korean) query asks for. The index holds every CJK character and
 * pair (text.ts), so any string of characters is found exactly where it is written; this module
 * decides which strings a query run stands for. Intl.Segmenter cuts the run into words only to
 * drop the words that say nothing about which claim is meant (的, 什么时候, 吗 …): what is left
 * stays in runs as typed (什么时候用微调模型 → 微调模型), so 标 and 注 never match on their own.
 * Dropping words only ever widens a query: a document holding the whole run holds every piece.
 */

/** Particles: never part of a term a reader looks for. */
const PARTICLES = new Set('的 地 得 了 吗 呢 吧 啊 呀 么'.split(' '));
/** Words of a query that ask rather than name: particles, question words, "the paper says". */
const STOP_WORDS = new Set(
  '的 地 得 了 吗 呢 吧 啊 呀 么 是 在 和 与 及 或 或者 还是 对 对于 把 被 给 让 从 有 有没有 什么 什么样 啥 怎么 怎样 怎么样 如何 为什么 为何 哪些 哪个 哪种 哪 时 时候 什么时候 何时 用 使用 做 能 能否 能不能 可以 会 要 应该 该 关于 论文 综述 说 讲 中 上 里 这 那 这个 那个 这些 那些 一个 我 我们 你 你们 它 它们'.split(
    ' ',
  ),
);
const single = (word: string) => Array.from(word).length === 1;

/**
 * Words readers type for what the guide's Chinese writes otherwise (docs/glossary-zh.md rules
 * them out of our text: 精调 for 微调, 小样本 for 少样本, 大模型 for LLM …). The engine reads
 * a query's word as the guide's when no document holds the reader's word itself.
 */
export const READER_WORDS: ReadonlyArray<readonly [reader: string, guide: string]> = [
  ['大型语言模型', 'LLM'],
  ['大模型', 'LLM'],
  ['精调', '微调'],
  ['小样本', '少样本'],
  ['零次', '零样本'],
  ['链式思考', '思维链'],
  ['思想链', '思维链'],
  ['稳健性', '鲁棒性'],
  ['健壮性', '鲁棒性'],
  ['提示词', '提示'],
];
/** Every character a stop word starts with: a run holding none of them has no stop word to drop. */
const STARTS = new Set([...STOP_WORDS].map((word) => Array.from(word)[0]!));

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Makes the segmenter ready. Its first use loads ICU's Chinese dictionary (about 40 ms here), so
 * a page that will search Chinese can pay it while the index downloads rather than on the first query.
 */
export function prepareCjk(): void {
  if (segmenter !== undefined) return;
  segmenter =
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (segmenter) Array.from(segmenter.segment('语言模型'));
}

/** The words of a CJK run; the whole run when Intl.Segmenter is missing. */
export function segmentCjk(run: string): string[] {
  prepareCjk();
  if (!segmenter) return [run];
  return Array.from(segmenter.segment(run), (s) => s.segment);
}

/** The strings a query run must be found as: its runs of meaningful words. Empty when every word is a stop word. */
export function cjkChunks(run: string): string[] {
  if (!Array.from(run).some((char) => STARTS.has(char))) return [run];
  const words = segmentCjk(run);
  // A one-character stop word beside a one-character word is more likely half of a term the
  // segmenter cut (模型对齐 → 模型/对/齐) than a particle: it stays.
  const loneBeside = (i: number) =>
    [words[i - 1], words[i + 1]].some((w) => w !== undefined && single(w) && !STOP_WORDS.has(w));
  const chunks: string[] = [];
  let current = '';
  for (const [i, word] of words.entries()) {
    if (PARTICLES.has(word) || (STOP_WORDS.has(word) && !(single(word) && loneBeside(i)))) {
      if (current) chunks.push(current);
      current = '';
    } else current += word;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * A chunk's words, for when no document holds the chunk whole (代码能力 → 代码, 能力): each
 * piece is still found as written, and a single character stays with its neighbour
 * (少样本翻译 → 少样本, 翻译; 思维链 stays whole), so no piece is a lone character.
 */
export function cjkWords(chunk: string): string[] {
  const pieces: string[] = [];
  let lastLength = 0;
  for (const word of segmentCjk(chunk)) {
    const length = Array.from(word).length;
    if (pieces.length > 0 && (length === 1 || lastLength === 1)) {
      pieces[pieces.length - 1] += word;
      lastLength += length;
    } else {
      pieces.push(word);
      lastLength = length;
    }
  }
  return pieces;
}
