/**
 * The engine in Node: index build, artefact size and load time in both forms (documents only,
 * indexed on load; or with FlexSearch's export, imported on load), and query latency as the
 * dialog runs queries (no facet counts) and as the search page does (with counts).
 */
import { gzipSync } from 'node:zlib';
import { engineFromArtefact } from '../../src/search/artefact';
import type { SearchData } from '../../src/search/documents';
import { SearchEngine, type SearchRequest } from '../../src/search/engine';
import { now, summarise } from './stats';

/** Plain queries: names, aliases, numbers, phrases, words. */
export const PLAIN = [
  'ner',
  'gpt 3',
  'GPT3',
  'CodeX',
  'Flan-T5',
  '175B',
  'CoNLL03',
  'summarization',
  'fine-tuned models',
  'few-shot prompting',
  'reasoning',
  'hallucination',
  'out of distribution',
  'instruction tuning',
  'toxicity detection',
];
/** Chinese plain queries: words, a word inside longer ones, a question, mixed with names. */
export const ZH_PLAIN = [
  '命名实体识别',
  '实体识别',
  '思维链',
  '幻觉',
  '翻译',
  '少样本 翻译',
  '什么时候用微调模型',
  'ChatGPT 的鲁棒性',
  'GPT-4 的代码能力',
  'BLOOM 翻译',
  '分布外 泛化',
  '機器翻譯',
  'NER',
  '人',
  '涌现能力',
];
/** Chinese faceted queries: values in Chinese and in English. */
export const ZH_FACETED = [
  'task:命名实体识别',
  'task:摘要 结论:LLM更优',
  'model:gpt-3 少样本',
  'type:claim verdict:微调更优',
  'task:翻译 verdict:llm,comparable',
  'section:nlu 推理',
];
/** Faceted queries: field filters alone and with words. */
export const FACETED = [
  'task:ner',
  'verdict:llm task:summarization',
  'model:gpt-3 few-shot',
  'type:claim verdict:fine-tuned',
  'dataset:conll03 verdict:fine-tuned',
  'task:question-answering,summarization verdict:llm,comparable',
  'section:nlu reasoning',
  'type:model decoder',
];

type Stats = ReturnType<typeof summarise>;

export interface NodeResults {
  docs: number;
  build: number;
  bytes: { documents: number; documentsGzip: number; withIndex: number; withIndexGzip: number };
  load: { documents: number; withIndex: number };
  dialog: Stats;
  page: Stats;
  faceted: Stats;
  typing: Stats;
}

function latencies(
  engine: SearchEngine,
  queries: string[],
  rounds: number,
  options: Partial<SearchRequest>,
): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = now();
      engine.search({ query, limit: 20, ...options });
      samples.push(now() - start);
    }
  }
  return samples;
}

/** Every prefix of every plain query, as typed one key at a time. */
const keystrokes = (queries: string[]) =>
  queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

function timed<T>(fn: () => T): [T, number] {
  const start = now();
  const value = fn();
  return [value, now() - start];
}

/** Median of `runs` timings (each a fresh call). */
function median(runs: number, fn: () => unknown): number {
  return summarise(Array.from({ length: runs }, () => timed(fn)[1])).p50;
}

export function measureNode(
  data: SearchData,
  runs: number,
  plain = PLAIN,
  faceted = FACETED,
): NodeResults {
  const [built, firstBuild] = timed(() => SearchEngine.build(data));
  const build = runs > 1 ? median(runs, () => SearchEngine.build(data)) : firstBuild;
  const documents = JSON.stringify(data);
  const withIndex = JSON.stringify({ ...data, index: built.exportIndex() });
  const loadDocuments =
    runs > 1
      ? median(runs, () => engineFromArtefact(JSON.parse(documents)))
      : timed(() => engineFromArtefact(JSON.parse(documents)))[1];
  const loadWithIndex = median(Math.max(runs, 3), () => engineFromArtefact(JSON.parse(withIndex)));
  const engine = engineFromArtefact(JSON.parse(withIndex));
  latencies(engine, [...plain, ...faceted], 2, {}); // warm-up
  return {
    docs: data.docs.length,
    build,
    bytes: {
      documents: Buffer.byteLength(documents),
      documentsGzip: gzipSync(documents).length,
      withIndex: Buffer.byteLength(withIndex),
      withIndexGzip: gzipSync(withIndex).length,
    },
    load: { documents: loadDocuments, withIndex: loadWithIndex },
    dialog: summarise(latencies(engine, plain, 20, { counts: false })),
    page: summarise(latencies(engine, plain, 20, {})),
    faceted: summarise(latencies(engine, faceted, 20, {})),
    typing: summarise(latencies(engine, keystrokes(plain), 5, { counts: false })),
  };
}
