/** Search data for the tests: the real guide's, and small hand-made sets for exact expectations. */
import { realSite } from '../site';
import { buildSearchData, type SearchData, type SearchDoc } from '../../../src/search/documents';
import { DOC_TYPES } from '../../../src/search/fields';

let real: Promise<SearchData> | undefined;
let realZh: Promise<SearchData> | undefined;

/** The guide's own content, as the site builds it. */
export function realData(): Promise<SearchData> {
  real ??= realSite().then((site) => buildSearchData(site.graph, 'en'));
  return real;
}

/** The guide's own content in Chinese, as the site builds /api/zh/search.json. */
export function realZhData(): Promise<SearchData> {
  realZh ??= realSite().then((site) => buildSearchData(site.graph, 'zh'));
  return realZh;
}

export { seeded } from '../../../bench/random';

const value = (slug: string, label = slug, aliases?: string[]) => ({
  slug,
  label,
  ...(aliases ? { aliases } : {}),
});

/** A small search data set; docs default to claims with the given text. */
export function tinyData(docs: Array<Partial<SearchDoc> & { text: string }>): SearchData {
  return {
    version: 1,
    values: {
      type: DOC_TYPES.map((t) => value(t, t[0]!.toUpperCase() + t.slice(1))),
      task: [
        value('ner', 'Named entity recognition', ['NER']),
        value('summarization', 'Summarization'),
        value('qa', 'Question answering'),
      ],
      model: [
        value('gpt-3', 'GPT-3', ['GPT3', 'davinci']),
        value('codex', 'Codex'),
        value('t5', 'T5'),
      ],
      dataset: [value('conll03', 'CoNLL-2003', ['CoNLL03'])],
      verdict: ['llm', 'fine-tuned', 'comparable', 'depends'].map((v) => value(v)),
      section: [value('nlu', 'Traditional NLU tasks'), value('generation', 'Generation tasks')],
      paper: [
        value('4', '§4 Practical guide for NLP tasks'),
        value('4.1', '§4.1 Traditional NLU tasks'),
      ],
    },
    docs: docs.map((doc, i) => ({
      id: `claim:c${i}`,
      type: 'claim',
      title: 'Claim',
      url: `/c${i}/`,
      links: {},
      ...doc,
    })),
  };
}
