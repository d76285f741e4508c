/**
 * The search dialog's behaviour, loaded on first use: results as you type, completions for
 * `field:` filters, ↑/↓/Enter through the options, and a way on to the full search page.
 */
import { completeFilter } from '../search/edit';
import type { SearchEngine, SearchResult } from '../search/engine';
import { FACET_LABELS, type Facet } from '../search/fields';
import { excerpt, highlight } from '../search/highlight';
import { filterAt, parseQuery } from '../search/parse';
import { emptyFilters, searchQueryString } from '../search/state';
import { Combobox } from './combobox';
import { loadEngine } from './search-index';
import { h } from './dom';
import { chipsOf, marked, metaLine, verdictBadge } from './search-render';

const MAX_RESULTS = 8;
const EXAMPLES = ['ner', 'gpt 3', 'task:summarization verdict:llm', 'model:codex', 'type:dataset reasoning'];

export class SearchDialog {
  private engine?: SearchEngine;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly more: HTMLAnchorElement | null;
  private readonly combobox: Combobox;

  constructor(
    private readonly dialog: HTMLDialogElement,
    indexUrl: string,
    private readonly pageUrl: string,
    artefact?: Promise<Response>,
  ) {
    this.input = dialog.querySelector('input')!;
    this.status = dialog.querySelector('[role="status"]')!;
    this.more = dialog.querySelector('a.search-page-link');
    this.combobox = new Combobox(this.input, dialog.querySelector('[role="listbox"]')!, (option, inNewTab) => this.choose(option, inNewTab));
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => {
      // A search box would clear itself on Esc; here Esc closes, as it does anywhere in the dialog.
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    dialog.querySelector('button.close')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (the dialog element itself, outside its box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    this.status.textContent = 'Loading search…';
    loadEngine(indexUrl, artefact).then(
      (engine) => {
        this.engine = engine;
        if (dialog.open) this.update();
      },
      () => {
        this.status.textContent = 'Search could not load. Check your connection, then reload the page.';
      },
    );
  }

  opened() {
    this.update();
  }

  private update() {
    const query = this.input.value;
    if (this.more) this.more.href = `${this.pageUrl}${searchQueryString({ q: query, filters: emptyFilters(), page: 1 })}`;
    if (!this.engine) return;
    const engine = this.engine;
    const filter = filterAt(parseQuery(query), this.input.selectionEnd ?? query.length);
    const completions = filter ? this.completions(engine, filter.facet, filter.values.at(-1) ?? '') : [];
    if (!query.trim()) {
      this.status.textContent = 'Type to search claims, tasks, models, datasets, sections and references.';
      this.combobox.show(EXAMPLES.map((example) => h('li', { role: 'option', class: 'search-option example', 'data-query': example }, h('span', { class: 'option-meta' }, 'Try'), h('code', {}, example))));
      return;
    }
    const result = engine.search({ query, limit: MAX_RESULTS, counts: false });
    this.status.textContent = summary(result, query);
    const options = [...completions, ...result.hits.map((doc) => this.resultOption(engine, doc, result))];
    if (result.total > MAX_RESULTS) {
      options.push(h('li', { role: 'option', class: 'search-option all', 'data-url': this.more?.href ?? this.pageUrl }, `Show all ${result.total} results, with filters`));
    }
    if (result.total === 0) options.push(...this.alternatives(engine, result));
    this.combobox.show(options);
  }

  private completions(engine: SearchEngine, facet: Facet, typed: string): HTMLElement[] {
    return engine.complete(facet, typed, 6).map(({ position, documents }) => {
      const value = engine.data.values[facet][position]!;
      return h(
        'li',
        { role: 'option', class: 'search-option completion', 'data-complete': value.slug, 'data-facet': facet },
        h('span', { class: 'option-meta' }, `Filter by ${FACET_LABELS[facet].singular.toLowerCase()}`),
        h('span', { class: 'option-title' }, h('code', {}, `${facet}:${value.slug}`), ` ${value.label}`),
        h('span', { class: 'option-count' }, `${documents} ${documents === 1 ? 'result' : 'results'}`),
      );
    });
  }

  private resultOption(engine: SearchEngine, doc: SearchResult['hits'][number], result: SearchResult): HTMLElement {
    const isClaim = doc.type === 'claim';
    const chips = chipsOf(engine.data, doc);
    return h(
      'li',
      { role: 'option', class: 'search-option result', 'data-type': doc.type, 'data-url': doc.url, 'data-external': doc.external ? 'true' : undefined },
      h('span', { class: 'option-meta' }, metaLine(engine.data, doc)),
      h('span', { class: 'option-title' }, ...marked(isClaim ? excerpt(doc.text, result.terms, 200) : highlight(doc.title, result.terms))),
      !isClaim && doc.text ? h('span', { class: 'option-text' }, ...marked(excerpt(doc.text, result.terms, 140))) : null,
      isClaim
        ? h('span', { class: 'option-facts' }, doc.verdict ? verdictBadge(doc.verdict) : null, ...chips.map((chip) => h('span', { class: 'search-chip' }, ...marked(highlight(chip.label, result.terms)))))
        : null,
    );
  }

  /** What to try when nothing matched: a respelling, the nearest real filter values. */
  private alternatives(engine: SearchEngine, result: SearchResult): HTMLElement[] {
    const tries: string[] = [];
    if (result.didYouMean) tries.push(result.didYouMean);
    for (const { facet, nearest } of result.unknown) for (const p of nearest) tries.push(`${facet}:${engine.data.values[facet][p]!.slug}`);
    return tries.map((query) => h('li', { role: 'option', class: 'search-option example', 'data-query': query }, h('span', { class: 'option-meta' }, 'Try instead'), h('code', {}, query)));
  }

  private choose(option: HTMLElement, inNewTab: boolean) {
    const { complete, facet, query, url } = option.dataset;
    if (complete !== undefined && facet) {
      const filter = filterAt(parseQuery(this.input.value), this.input.selectionEnd ?? this.input.value.length);
      if (filter) this.setQuery(completeFilter(this.input.value, filter, complete));
    } else if (query !== undefined) {
      this.setQuery(query);
    } else if (url) {
      if (inNewTab) {
        window.open(url, '_blank', 'noopener');
        return;
      }
      this.dialog.close();
      window.location.assign(url);
    }
  }

  private setQuery(query: string) {
    this.input.value = query;
    this.input.setSelectionRange(query.length, query.length);
    this.update();
  }
}

/** The status line, read out by screen readers as results change. */
function summary(result: SearchResult, query: string): string {
  if (result.unknown.length > 0) {
    const { facet, value } = result.unknown[0]!;
    return `No ${FACET_LABELS[facet].singular.toLowerCase()} is called “${value}”. Pick one of the suggestions below, or see them all on the search page.`;
  }
  if (result.total === 0) return `No results for “${query.trim()}”.${result.didYouMean ? ' Did you mean the suggestion below?' : ' Try fewer or other words.'}`;
  const shown = Math.min(result.total, MAX_RESULTS);
  const partial = result.mode === 'partial' ? ' No result has every word; these have some of them.' : '';
  return `${result.total} ${result.total === 1 ? 'result' : 'results'}${result.total > shown ? `, ${shown} shown` : ''}.${partial}`;
}
