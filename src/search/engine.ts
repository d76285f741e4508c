/**
 * The search engine: FlexSearch stores which documents hold each term; this module decides what
 * a query means (terms, prefixes, phrases, facet filters), intersects, counts facets and ranks.
 * Pure and synchronous: the same code runs in unit tests, benchmarks and the browser.
 */
import { Index } from 'flexsearch';
import type { SearchData, SearchDoc } from './documents';
import { FacetIndex } from './facets';
import { DOC_TYPES, FACETS, LINKED_FACETS, type Facet } from './fields';
import type { MatchTerms } from './highlight';
import { NameIndex, normaliseName } from '../core/names';
import { parseQuery, type ParsedQuery } from './parse';
import { cjkChunks, cjkWords, READER_WORDS } from './cjk';
import { cjkGrams, cjkText, isCjk, nameTerms, queryTerm, textTerms, tokenize } from './text';
import { Vocabulary } from './terms';
import { nearestTerm } from './spelling';

/** FlexSearch sees our terms already made, joined by spaces; it must not cut them again. */
const INDEX_OPTIONS = { tokenize: 'strict', encode: (text: string) => text.split(' ') } as const;

/** Words that say nothing about which claim is meant, dropped from queries that have other words. */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does did for from how in is it its of on or paper say says tell that the their them these this those to was what when where which who why will with about'.split(
    ' ',
  ),
);

/** At most this many query words are used; the rest of a pasted essay is ignored. */
const MAX_TERMS = 32;
/** Longest CJK string looked up as a name of a task, model or dataset inside a query run. */
const MAX_NAME_LENGTH = 16;

export interface SearchRequest {
  /** What was typed, field syntax included. */
  query: string;
  /** Facet values chosen outside the query (checkboxes, URL parameters), by slug or name. */
  filters?: Partial<Record<Facet, readonly string[]>>;
  offset?: number;
  limit?: number;
  /** Whether to count facet values (the search page shows them; the dialog does not). Default true. */
  counts?: boolean;
}

export interface UnknownValue {
  facet: Facet;
  value: string;
  /** Positions of the nearest real values. */
  nearest: number[];
}

export interface SearchResult {
  parsed: ParsedQuery;
  /** `browse` when there is no text (facets alone), `partial` when no result had every word. */
  mode: 'search' | 'browse' | 'partial';
  /** The requested page of results, best first. */
  hits: SearchDoc[];
  total: number;
  /** Per facet, how many results each value would give (see facets.ts); empty when not asked for. */
  counts: Record<Facet, Uint32Array>;
  /** Per facet, the positions of the values in force. */
  selected: Record<Facet, number[]>;
  unknown: UnknownValue[];
  /** The words searched for, for highlighting. */
  terms: MatchTerms;
  /** A respelt query when words matched nothing ("sumarization" → "summarization"). */
  didYouMean?: string;
}

/** The index in exported form: FlexSearch's own export plus our vocabulary (see artefact.ts). */
export interface IndexExport {
  flex: Record<string, string>;
  vocabulary: { terms: string[]; frequencies: number[] };
}

/** An exported index read back, before the engine is made around it. */
export interface ImportedIndex {
  index: Index;
  vocabulary: Vocabulary;
}

export class SearchEngine {
  readonly lookups: Record<Facet, NameIndex<number>>;
  private readonly facets: FacetIndex;
  /** Terms of each entity's name and aliases, to rank name matches above mentions. */
  private readonly nameTerms: Array<Set<string> | undefined>;
  /** The CJK runs of each entity's names, to rank a CJK query inside a name like a word of it. */
  private readonly nameCjk: Array<string | undefined>;
  /** Each document's CJK runs (cjkText), made on first use, where CJK query strings are checked. */
  private readonly cjkTexts: Array<string | undefined>;
  /** Traditional characters the index does not hold → the Simplified ones it does (see variants.ts). */
  private readonly variants: Map<string, string>;
  /** Every entity name and alias, compacted, to put an exact name match first. */
  private readonly exactNames = new Map<string, number[]>();
  /** Documents per facet value over the whole index, computed on first use. */
  private totals?: Record<Facet, Uint32Array>;
  /** Each document's place in DOC_TYPES, for ordering results of equal rank. */
  private readonly typeRank: Uint8Array;
  /** 1 for the claims that are takeaways of the paper. */
  private readonly takeaways: Uint8Array;
  /** Every document, in browsing order. */
  private readonly everything: number[];
  private readonly stamp: Uint32Array;
  private generation = 0;

  private constructor(
    readonly data: SearchData,
    private readonly index: Index,
    readonly vocabulary: Vocabulary,
  ) {
    const docs = data.docs;
    this.lookups = Object.fromEntries(
      FACETS.map((f) => [
        f,
        new NameIndex(
          data.values[f].map((v, position) => [position, [v.slug, v.label, ...(v.aliases ?? [])]]),
        ),
      ]),
    ) as Record<Facet, NameIndex<number>>;
    const sizes = Object.fromEntries(FACETS.map((f) => [f, data.values[f].length])) as Record<
      Facet,
      number
    >;
    const typePosition = new Map(data.values.type.map((v, i) => [v.slug, i]));
    const verdictPosition = new Map(data.values.verdict.map((v, i) => [v.slug, i]));
    this.facets = new FacetIndex(docs.length, sizes, (d, facet) => {
      const doc = docs[d]!;
      if (facet === 'type') return [typePosition.get(doc.type)!];
      if (facet === 'verdict') return doc.verdict ? [verdictPosition.get(doc.verdict)!] : [];
      if (facet === 'paper') return doc.paper ?? [];
      return doc.links[facet] ?? [];
    });
    this.nameTerms = docs.map((doc, d) => {
      if (doc.type === 'claim' || doc.type === 'reference') return undefined;
      for (const name of [doc.title, ...(doc.aliases ?? [])]) {
        const key = normaliseName(name);
        if (key) this.exactNames.set(key, [...(this.exactNames.get(key) ?? []), d]);
      }
      return new Set(textTerms([doc.title, ...(doc.aliases ?? [])].join(' ')));
    });
    this.nameCjk = docs.map((doc, d) =>
      this.nameTerms[d] ? cjkText([doc.title, ...(doc.aliases ?? [])].join(' ')) : undefined,
    );
    this.cjkTexts = new Array(docs.length);
    const pairs = Array.from(data.variants ?? '');
    this.variants = new Map();
    for (let i = 0; i + 1 < pairs.length; i += 2) this.variants.set(pairs[i]!, pairs[i + 1]!);
    this.typeRank = Uint8Array.from(docs, (doc) => DOC_TYPES.indexOf(doc.type));
    this.takeaways = Uint8Array.from(docs, (doc) => (doc.takeaway ? 1 : 0));
    this.everything = docs.map((_, d) => d);
    this.stamp = new Uint32Array(docs.length);
  }

  /** Indexes the documents here and now (fast at the guide's real size). */
  static build(data: SearchData): SearchEngine {
    const index = new Index(INDEX_OPTIONS);
    const frequencies = new Map<string, number>();
    data.docs.forEach((doc, d) => {
      const terms = textTerms(searchableText(data, doc));
      // CJK characters and pairs are never completed or respelt: the vocabulary would only carry them.
      for (const term of terms)
        if (!isCjk(term)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      index.add(d, terms.join(' '));
    });
    return new SearchEngine(data, index, Vocabulary.fromCounts(frequencies));
  }

  /**
   * Reads an index exported by `exportIndex` (fast at 100,000 claims: no tokenizing); `load` makes
   * the engine from it. Two steps, so that a browser can run them as two tasks.
   */
  static importIndex(exported: IndexExport): ImportedIndex {
    const index = new Index(INDEX_OPTIONS);
    for (const [key, value] of Object.entries(exported.flex)) index.import(key, value);
    return { index, vocabulary: Vocabulary.fromJSON(exported.vocabulary) };
  }

  static load(data: SearchData, { index, vocabulary }: ImportedIndex): SearchEngine {
    return new SearchEngine(data, index, vocabulary);
  }

  exportIndex(): IndexExport {
    const flex: Record<string, string> = {};
    this.index.export((key, value) => {
      flex[String(key)] = value as string;
    });
    return { flex, vocabulary: this.vocabulary.toJSON() };
  }

  search(request: SearchRequest): SearchResult {
    const parsed = parseQuery(request.query);
    const { selected, unknown } = this.select(parsed, request.filters ?? {});
    const text = this.guideWords(this.toIndexScript(parsed.text));
    const query = queryWords(text);
    let words = query.words;
    // The last word is still being typed unless a space follows it: it matches as a prefix.
    // A CJK string needs no prefix: it is found wherever it is written, inside longer words too.
    const last = words.at(-1);
    const typing =
      last !== undefined && !isCjk(last) && prefixable(last) && !/\s$/u.test(request.query);
    const named = this.named(text, words);

    let mode: SearchResult['mode'] = words.length === 0 ? 'browse' : 'search';
    let candidates: number[];
    if (unknown.length > 0) candidates = [];
    else if (words.length === 0) candidates = this.everything;
    else {
      candidates = this.matchAll(words, typing);
      // A CJK string no document holds whole is looked for by its words, each still as written.
      if (candidates.length === 0 && query.looser.length > words.length) {
        candidates = this.matchAll(query.looser, typing);
        if (candidates.length > 0) words = query.looser;
      }
      if (candidates.length === 0 && query.looser.length > 1) {
        candidates = this.matchAny(query.looser, typing);
        if (candidates.length > 0) {
          mode = 'partial';
          words = query.looser;
        }
      }
    }
    if (parsed.phrases.length > 0)
      candidates = candidates.filter((d) => this.hasPhrases(d, parsed.phrases));

    const terms: MatchTerms = {
      exact: new Set([...(typing ? words.slice(0, -1) : words), ...this.synonyms(named)]),
      prefix: typing ? words.at(-1)! : null,
    };
    const withCounts = request.counts !== false;
    const { matched, counts } = this.filter(candidates, selected, withCounts);
    const ranked =
      mode === 'browse'
        ? this.browseOrder(matched, selected)
        : this.rank(matched, text, words, typing, named, mode === 'search');
    const offset = Math.max(0, request.offset ?? 0);
    const limit = Math.max(0, request.limit ?? 20);
    const result: SearchResult = {
      parsed,
      mode,
      hits: ranked.slice(offset, offset + limit).map((d) => this.data.docs[d]!),
      total: ranked.length,
      counts,
      selected,
      unknown,
      terms,
    };
    if (ranked.length === 0 && words.length > 0) {
      const respelt = this.respell(parsed.text);
      if (respelt) result.didYouMean = respelt;
    }
    return result;
  }

  /** A query's Traditional characters in the Simplified forms the index holds (機器翻譯 → 机器翻译). */
  private toIndexScript(text: string): string {
    if (this.variants.size === 0) return text;
    let out = '';
    for (const char of text) out += this.variants.get(char) ?? char;
    return out;
  }

  /** A query's words in the guide's own terms (小样本 → 少样本), where the index lacks the reader's word. */
  private guideWords(text: string): string {
    let out = text;
    for (const [reader, guide] of READER_WORDS)
      if (out.includes(reader) && this.cjkPostings(reader).length === 0)
        out = out.replaceAll(reader, isCjk(guide) ? guide : ` ${guide} `);
    return out;
  }

  /**
   * The tasks, models and datasets a query names — by its whole text, a run of up to four of its
   * words ("code generation"), or a name written inside a CJK run (命名实体识别任务 → 命名实体识别)
   * — as positions per facet.
   */
  private named(text: string, words: string[]): Record<NamedFacet, Set<number>> {
    const names = new Set([text, ...words]);
    const tokens = tokenize(text).slice(0, MAX_TERMS);
    for (let i = 0; i < tokens.length; i++) {
      let run = '';
      for (let j = i; j < Math.min(tokens.length, i + 4); j++) names.add((run += tokens[j]!.text));
    }
    for (const word of words) {
      if (!isCjk(word)) continue;
      const chars = Array.from(word).slice(0, 4 * MAX_NAME_LENGTH);
      for (let i = 0; i < chars.length; i++)
        for (let j = i + 2; j <= Math.min(chars.length, i + MAX_NAME_LENGTH); j++)
          names.add(chars.slice(i, j).join(''));
    }
    const found = { task: new Set<number>(), model: new Set<number>(), dataset: new Set<number>() };
    for (const facet of NAMED_FACETS)
      for (const name of names) {
        const position = this.lookups[facet].exact(name);
        if (position !== undefined) found[facet].add(position);
      }
    return found;
  }

  /** The names of what the query names, to mark them too: "ner" also marks "named entity recognition". */
  private synonyms(named: Record<NamedFacet, Set<number>>): string[] {
    const terms: string[] = [];
    for (const facet of NAMED_FACETS)
      for (const position of named[facet]) {
        const value = this.data.values[facet][position]!;
        terms.push(
          ...nameTerms([value.label, ...(value.aliases ?? [])].join(' ')).filter(
            (t) => !STOP_WORDS.has(t),
          ),
        );
      }
    return terms;
  }

  /** Facet values for completing `facet:typed`, each with the number of documents that have it. */
  complete(facet: Facet, typed: string, limit = 8): Array<{ position: number; documents: number }> {
    const totals = this.totalCounts()[facet];
    return this.lookups[facet]
      .complete(typed, limit)
      .map((position) => ({ position, documents: totals[position]! }));
  }

  /** The candidates that pass the facets, and the counts; browsing works from the facets' own lists. */
  private filter(candidates: number[], selected: Record<Facet, number[]>, withCounts: boolean) {
    if (candidates !== this.everything)
      return this.facets.filterAndCount(candidates, selected, withCounts);
    if (FACETS.every((f) => selected[f].length === 0))
      return { matched: this.everything, counts: this.totalCounts() };
    return this.facets.browse(selected, this.totalCounts(), withCounts);
  }

  private totalCounts(): Record<Facet, Uint32Array> {
    this.totals ??= this.facets.filterAndCount(this.everything, {}).counts;
    return this.totals;
  }

  /** The facet selection: URL/checkbox filters and `field:value` words together, each value once. */
  private select(parsed: ParsedQuery, filters: SearchRequest['filters'] & object) {
    const selected = Object.fromEntries(FACETS.map((f) => [f, [] as number[]])) as Record<
      Facet,
      number[]
    >;
    const unknown: UnknownValue[] = [];
    const wanted = (facet: Facet) => [
      ...(filters[facet] ?? []),
      ...parsed.filters.filter((f) => f.facet === facet).flatMap((f) => f.values),
    ];
    for (const facet of FACETS) {
      for (const value of wanted(facet)) {
        const position = this.lookups[facet].resolve(value);
        if (position === undefined)
          unknown.push({ facet, value, nearest: this.lookups[facet].nearest(value) });
        else if (!selected[facet].includes(position)) selected[facet].push(position);
      }
    }
    return { selected, unknown };
  }

  /** Documents holding `term`, or — for the word being typed — any term it begins. */
  private postings(term: string, prefix: boolean): number[] {
    const limit = this.data.docs.length;
    if (isCjk(term)) return this.cjkPostings(term);
    if (!prefix) return this.index.search(term, { limit }) as number[];
    const expansions = this.vocabulary.expand(term);
    if (expansions.length === 1) return this.index.search(expansions[0]!, { limit }) as number[];
    const generation = this.nextGeneration();
    const union: number[] = [];
    for (const expansion of expansions) {
      for (const d of this.index.search(expansion, { limit }) as number[]) {
        if (this.stamp[d] === generation) continue;
        this.stamp[d] = generation;
        union.push(d);
      }
    }
    return union;
  }

  /**
   * Documents holding a CJK string as written: those with all its character pairs, checked
   * against their text when the string is longer than a pair. The pairs cannot miss a document
   * that holds the string, and the check drops those that hold the pairs apart.
   */
  private cjkPostings(term: string): number[] {
    const limit = this.data.docs.length;
    const lists = cjkGrams(term).map((g) => this.index.search(g, { limit }) as number[]);
    lists.sort((a, b) => a.length - b.length);
    let result = lists[0]!;
    for (const list of lists.slice(1)) {
      if (result.length === 0) break;
      const generation = this.nextGeneration();
      for (const d of list) this.stamp[d] = generation;
      result = result.filter((d) => this.stamp[d] === generation);
    }
    if (Array.from(term).length <= 2) return result;
    return result.filter((d) => this.cjkTextOf(d).includes(term));
  }

  private cjkTextOf(d: number): string {
    return (this.cjkTexts[d] ??= cjkText(searchableText(this.data, this.data.docs[d]!)));
  }

  /** Documents with every word, in the order of the rarest word's matches. */
  private matchAll(words: string[], lastIsPrefix: boolean): number[] {
    const lists = words.map((w, i) => this.postings(w, lastIsPrefix && i === words.length - 1));
    if (lists.some((list) => list.length === 0)) return [];
    lists.sort((a, b) => a.length - b.length);
    let result = lists[0]!;
    for (const list of lists.slice(1)) {
      const generation = this.nextGeneration();
      for (const d of list) this.stamp[d] = generation;
      result = result.filter((d) => this.stamp[d] === generation);
      if (result.length === 0) break;
    }
    return result;
  }

  /**
   * Documents with some of the words, best first: each word found weighs its inverse document
   * frequency, so a document with the rare words of the query beats one with the common ones.
   */
  private matchAny(words: string[], lastIsPrefix: boolean): number[] {
    const scores = new Map<number, number>();
    const total = this.data.docs.length;
    words.forEach((w, i) => {
      const list = this.postings(w, lastIsPrefix && i === words.length - 1);
      const weight = Math.log(1 + total / Math.max(1, list.length));
      for (const d of list) scores.set(d, (scores.get(d) ?? 0) + weight);
    });
    return [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)!);
  }

  /**
   * Exact names first ("ner" → the NER task), then entities whose name holds every word (shorter
   * names first), then claims about what the query names — its task, model or dataset; those
   * about more of them first, then those about fewer other things (a claim about translation
   * alone before one about four kinds of generation) — above claims that only mention it, the
   * paper's takeaways first among those, then everything else by type; within a tier, in the
   * order matching gave. When only some words matched (`allWords` false), claims keep the order
   * of their words' rarity: a name found inside a longer word (语言模型 in 大语言模型) must not
   * outrank the rare word the reader meant (幻觉).
   */
  private rank(
    matched: number[],
    text: string,
    words: string[],
    lastIsPrefix: boolean,
    named: Record<NamedFacet, Set<number>>,
    allWords: boolean,
  ): number[] {
    const exact = new Set(this.exactNames.get(normaliseName(text)) ?? []);
    const naming = allWords && NAMED_FACETS.some((f) => named[f].size > 0);
    const first: number[] = [];
    const nameHolders: number[] = [];
    const rest: number[][] = DOC_TYPES.map(() => []);
    const takeaways: number[] = [];
    // Claims about what the query names, by how strongly (see FacetIndex.aboutness), then in matching order.
    const about = new Map<number, number[]>();
    const keys = naming ? this.facets.aboutness(matched, named) : undefined;
    matched.forEach((d, i) => {
      if (this.nameTerms[d] === undefined) {
        const key = this.typeRank[d] === 0 ? (keys?.[i] ?? 0) : 0;
        if (key > 0) {
          const tier = about.get(key);
          if (tier) tier.push(d);
          else about.set(key, [d]);
        } else if (allWords && this.takeaways[d]) takeaways.push(d);
        else rest[this.typeRank[d]!]!.push(d);
      } else if (exact.has(d)) first.push(d);
      else if (this.nameHolds(d, words, lastIsPrefix)) nameHolders.push(d);
      else rest[this.typeRank[d]!]!.push(d);
    });
    nameHolders.sort((a, b) => this.data.docs[a]!.title.length - this.data.docs[b]!.title.length);
    const aboutRanked = [...about.keys()].sort((a, b) => b - a).flatMap((key) => about.get(key)!);
    return first.concat(nameHolders, aboutRanked, takeaways, ...rest);
  }

  /** Browsing `task:ner` lists the NER task's own page first, then everything else in guide order. */
  private browseOrder(matched: number[], selected: Record<Facet, number[]>): number[] {
    const chosen = new Set(
      LINKED_FACETS.flatMap((f) => selected[f].map((p) => `${f}:${this.data.values[f][p]!.slug}`)),
    );
    if (chosen.size === 0) return matched;
    const own = matched.filter((d) => chosen.has(this.data.docs[d]!.id));
    return [...own, ...matched.filter((d) => !chosen.has(this.data.docs[d]!.id))];
  }

  private nameHolds(d: number, words: string[], lastIsPrefix: boolean): boolean {
    const names = this.nameTerms[d];
    if (!names) return false;
    return words.every(
      (w, i) =>
        names.has(w) ||
        (isCjk(w) && Array.from(w).length > 1 && this.nameCjk[d]!.includes(w)) ||
        (lastIsPrefix && i === words.length - 1 && [...names].some((n) => n.startsWith(w))),
    );
  }

  /** Whether a document holds the quoted phrases as written: whole Latin words, CJK strings anywhere in a run. */
  private hasPhrases(d: number, phrases: string[]): boolean {
    const doc = this.data.docs[d]!;
    const words = ` ${tokenize(searchableText(this.data, doc)).map(queryTerm).join(' ')} `;
    return phrases.every((phrase) => {
      const tokens = tokenize(this.toIndexScript(phrase));
      if (tokens.length === 0) return true;
      let pattern = tokens[0]!.cjk ? '' : ' ';
      tokens.forEach((token, i) => {
        if (i > 0 && !(token.cjk && tokens[i - 1]!.cjk)) pattern += ' ';
        pattern += queryTerm(token);
      });
      return words.includes(pattern + (tokens.at(-1)!.cjk ? '' : ' '));
    });
  }

  /** The query with each unknown word replaced by the nearest known term, if any changed. */
  private respell(text: string): string | undefined {
    let changed = false;
    const respelt = tokenize(text).map((token) => {
      const term = queryTerm(token);
      if (this.vocabulary.has(term) || token.cjk) return token.text;
      const nearest = nearestTerm(this.vocabulary, term);
      if (nearest) changed = true;
      return nearest ?? token.text;
    });
    return changed ? respelt.join(' ') : undefined;
  }

  private nextGeneration(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

/** Everything a document is found by: its own words and the names of what it links to. */
function searchableText(data: SearchData, doc: SearchDoc): string {
  const parts = [doc.title, ...(doc.aliases ?? []), doc.text, doc.meta ?? ''];
  if (doc.type === 'claim') {
    for (const facet of LINKED_FACETS) {
      if (facet === 'section') continue;
      for (const position of doc.links[facet] ?? []) {
        const value = data.values[facet][position]!;
        parts.push(value.label, ...(value.aliases ?? []));
      }
    }
  }
  return parts.join(' ');
}

/**
 * The terms of a query's free text, each once: stop words dropped when other words remain; CJK
 * runs as the strings they must be found as (cjk.ts). `looser` has each CJK string cut into its
 * words, for when no document holds a string whole.
 */
function queryWords(text: string): { words: string[]; looser: string[] } {
  const tokens = tokenize(text);
  const all = tokens.map(queryTerm).filter(Boolean);
  const meaningful = tokens.flatMap((token) => {
    const term = queryTerm(token);
    if (token.cjk) return cjkChunks(term);
    return term && !STOP_WORDS.has(term) ? [term] : [];
  });
  const words = [...new Set(meaningful.length > 0 ? meaningful : all)].slice(0, MAX_TERMS);
  const looser = [...new Set(words.flatMap((w) => (isCjk(w) ? cjkWords(w) : [w])))].slice(
    0,
    MAX_TERMS,
  );
  return { words, looser };
}

/** One Latin letter is too little to expand; a letter of another alphabet (Greek, Cyrillic) may be a word. */
function prefixable(term: string): boolean {
  return term.length >= 2 || /[^\p{Script=Latin}\p{N}]/u.test(term);
}

const NAMED_FACETS = ['task', 'model', 'dataset'] as const;
type NamedFacet = (typeof NAMED_FACETS)[number];
