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
import { ValueLookup } from './lookup';
import { parseQuery, type ParsedQuery } from './parse';
import { compact, queryTerm, textTerms, tokenize } from './text';
import { Vocabulary } from './terms';
import { nearestTerm } from './spelling';

/** FlexSearch sees our terms already made, joined by spaces; it must not cut them again. */
const INDEX_OPTIONS = { tokenize: 'strict', encode: (text: string) => text.split(' ') } as const;

/** Words that say nothing about which claim is meant, dropped from queries that have other words. */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does did for from how in is it its of on or paper say says tell that the their them these this those to was what when where which who why will with about'.split(' '),
);

/** At most this many query words are used; the rest of a pasted essay is ignored. */
const MAX_TERMS = 32;

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

export class SearchEngine {
  readonly lookups: Record<Facet, ValueLookup>;
  private readonly facets: FacetIndex;
  /** Terms of each entity's name and aliases, to rank name matches above mentions. */
  private readonly nameTerms: Array<Set<string> | undefined>;
  /** Every entity name and alias, compacted, to put an exact name match first. */
  private readonly exactNames = new Map<string, number[]>();
  /** Documents per facet value over the whole index, computed on first use. */
  private totals?: Record<Facet, Uint32Array>;
  /** Each document's place in DOC_TYPES, for ordering results of equal rank. */
  private readonly typeRank: Uint8Array;
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
    this.lookups = Object.fromEntries(FACETS.map((f) => [f, new ValueLookup(data.values[f])])) as Record<Facet, ValueLookup>;
    const sizes = Object.fromEntries(FACETS.map((f) => [f, data.values[f].length])) as Record<Facet, number>;
    const typePosition = new Map(data.values.type.map((v, i) => [v.slug, i]));
    const verdictPosition = new Map(data.values.verdict.map((v, i) => [v.slug, i]));
    this.facets = new FacetIndex(docs.length, sizes, (d, facet) => {
      const doc = docs[d]!;
      if (facet === 'type') return [typePosition.get(doc.type)!];
      if (facet === 'verdict') return doc.verdict ? [verdictPosition.get(doc.verdict)!] : [];
      return doc.links[facet] ?? [];
    });
    this.nameTerms = docs.map((doc, d) => {
      if (doc.type === 'claim' || doc.type === 'reference') return undefined;
      for (const name of [doc.title, ...(doc.aliases ?? [])]) {
        const key = compact(name);
        if (key) this.exactNames.set(key, [...(this.exactNames.get(key) ?? []), d]);
      }
      return new Set(textTerms([doc.title, ...(doc.aliases ?? [])].join(' ')));
    });
    this.typeRank = Uint8Array.from(docs, (doc) => DOC_TYPES.indexOf(doc.type));
    this.everything = docs.map((_, d) => d);
    this.stamp = new Uint32Array(docs.length);
  }

  /** Indexes the documents here and now (fast at the guide's real size). */
  static build(data: SearchData): SearchEngine {
    const index = new Index(INDEX_OPTIONS);
    const frequencies = new Map<string, number>();
    data.docs.forEach((doc, d) => {
      const terms = textTerms(searchableText(data, doc));
      for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      index.add(d, terms.join(' '));
    });
    return new SearchEngine(data, index, Vocabulary.fromCounts(frequencies));
  }

  /** Loads an index exported by `exportIndex` (fast at 100,000 claims: no tokenizing). */
  static load(data: SearchData, exported: IndexExport): SearchEngine {
    const index = new Index(INDEX_OPTIONS);
    for (const [key, value] of Object.entries(exported.flex)) index.import(key, value);
    return new SearchEngine(data, index, Vocabulary.fromJSON(exported.vocabulary));
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
    const words = queryWords(parsed.text);
    // The last word is still being typed unless a space follows it: it matches as a prefix.
    const last = words.at(-1);
    const typing = last !== undefined && prefixable(last) && !/\s$/u.test(request.query);
    const terms: MatchTerms = { exact: new Set([...(typing ? words.slice(0, -1) : words), ...this.synonyms(parsed.text, words)]), prefix: typing ? last : null };

    let mode: SearchResult['mode'] = words.length === 0 ? 'browse' : 'search';
    let candidates: number[];
    if (unknown.length > 0) candidates = [];
    else if (words.length === 0) candidates = this.everything;
    else {
      candidates = this.matchAll(words, terms.prefix !== null);
      if (candidates.length === 0 && words.length > 1) {
        candidates = this.matchAny(words, terms.prefix !== null);
        if (candidates.length > 0) mode = 'partial';
      }
    }
    if (parsed.phrases.length > 0) candidates = candidates.filter((d) => this.hasPhrases(d, parsed.phrases));

    const withCounts = request.counts !== false;
    const { matched, counts } = this.filter(candidates, selected, withCounts);
    const ranked = mode === 'browse' ? this.browseOrder(matched, selected) : this.rank(matched, parsed.text, words, terms.prefix !== null);
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

  /** The names of tasks, models and datasets the query names by an alias, so "ner" also marks "named entity recognition". */
  private synonyms(text: string, words: string[]): string[] {
    const names = new Set([text, ...words]);
    const terms: string[] = [];
    for (const facet of ['task', 'model', 'dataset'] as const) {
      for (const name of names) {
        const position = this.lookups[facet].named(name);
        if (position === undefined) continue;
        const value = this.data.values[facet][position]!;
        terms.push(...textTerms([value.label, ...(value.aliases ?? [])].join(' ')).filter((t) => !STOP_WORDS.has(t)));
      }
    }
    return terms;
  }

  /** Facet values for completing `facet:typed`, each with the number of documents that have it. */
  complete(facet: Facet, typed: string, limit = 8): Array<{ position: number; documents: number }> {
    const totals = this.totalCounts()[facet];
    return this.lookups[facet].complete(typed, limit).map((position) => ({ position, documents: totals[position]! }));
  }

  /** The candidates that pass the facets, and the counts; browsing works from the facets' own lists. */
  private filter(candidates: number[], selected: Record<Facet, number[]>, withCounts: boolean) {
    if (candidates !== this.everything) return this.facets.filterAndCount(candidates, selected, withCounts);
    if (FACETS.every((f) => selected[f].length === 0)) return { matched: this.everything, counts: this.totalCounts() };
    return this.facets.browse(selected, this.totalCounts(), withCounts);
  }

  private totalCounts(): Record<Facet, Uint32Array> {
    this.totals ??= this.facets.filterAndCount(this.everything, {}).counts;
    return this.totals;
  }

  /** The facet selection: URL/checkbox filters and `field:value` words together, each value once. */
  private select(parsed: ParsedQuery, filters: SearchRequest['filters'] & object) {
    const selected = Object.fromEntries(FACETS.map((f) => [f, [] as number[]])) as Record<Facet, number[]>;
    const unknown: UnknownValue[] = [];
    const wanted = (facet: Facet) => [...(filters[facet] ?? []), ...parsed.filters.filter((f) => f.facet === facet).flatMap((f) => f.values)];
    for (const facet of FACETS) {
      for (const value of wanted(facet)) {
        const position = this.lookups[facet].resolve(value);
        if (position === undefined) unknown.push({ facet, value, nearest: this.lookups[facet].nearest(value) });
        else if (!selected[facet].includes(position)) selected[facet].push(position);
      }
    }
    return { selected, unknown };
  }

  /** Documents holding `term`, or — for the word being typed — any term it begins. */
  private postings(term: string, prefix: boolean): number[] {
    const limit = this.data.docs.length;
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

  /** Documents with some of the words, those with more of them first. */
  private matchAny(words: string[], lastIsPrefix: boolean): number[] {
    const hits = new Map<number, number>();
    words.forEach((w, i) => {
      for (const d of this.postings(w, lastIsPrefix && i === words.length - 1)) hits.set(d, (hits.get(d) ?? 0) + 1);
    });
    return [...hits.keys()].sort((a, b) => hits.get(b)! - hits.get(a)!);
  }

  /**
   * Exact names first ("ner" → the NER task), then entities whose name holds every word (shorter
   * names first), then everything else by type (claims first), each tier in the index's order.
   */
  private rank(matched: number[], text: string, words: string[], lastIsPrefix: boolean): number[] {
    const exact = new Set(this.exactNames.get(compact(text)) ?? []);
    const first: number[] = [];
    const named: number[] = [];
    const rest: number[][] = DOC_TYPES.map(() => []);
    for (const d of matched) {
      if (this.nameTerms[d] === undefined) rest[this.typeRank[d]!]!.push(d);
      else if (exact.has(d)) first.push(d);
      else if (this.nameHolds(d, words, lastIsPrefix)) named.push(d);
      else rest[this.typeRank[d]!]!.push(d);
    }
    named.sort((a, b) => this.data.docs[a]!.title.length - this.data.docs[b]!.title.length);
    return first.concat(named, ...rest);
  }

  /** Browsing `task:ner` lists the NER task's own page first, then everything else in guide order. */
  private browseOrder(matched: number[], selected: Record<Facet, number[]>): number[] {
    const chosen = new Set(LINKED_FACETS.flatMap((f) => selected[f].map((p) => `${f}:${this.data.values[f][p]!.slug}`)));
    if (chosen.size === 0) return matched;
    const own = matched.filter((d) => chosen.has(this.data.docs[d]!.id));
    return [...own, ...matched.filter((d) => !chosen.has(this.data.docs[d]!.id))];
  }

  private nameHolds(d: number, words: string[], lastIsPrefix: boolean): boolean {
    const names = this.nameTerms[d];
    if (!names) return false;
    return words.every((w, i) => names.has(w) || (lastIsPrefix && i === words.length - 1 && [...names].some((n) => n.startsWith(w))));
  }

  private hasPhrases(d: number, phrases: string[]): boolean {
    const doc = this.data.docs[d]!;
    const words = ` ${tokenize(searchableText(this.data, doc)).map(queryTerm).join(' ')} `;
    return phrases.every((phrase) => words.includes(` ${tokenize(phrase).map(queryTerm).join(' ')} `));
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

/** The terms of a query's free text: stop words dropped when other words remain, each once. */
function queryWords(text: string): string[] {
  const all = [...new Set(tokenize(text).map(queryTerm).filter(Boolean))];
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_TERMS);
}

/** One Latin letter is too little to expand; one Chinese character is a syllable with meaning. */
function prefixable(term: string): boolean {
  return term.length >= 2 || /[^\p{Script=Latin}\p{N}]/u.test(term);
}
