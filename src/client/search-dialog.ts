/**
 * The search dialog's behaviour, loaded on first use: results as you type, completions for
 * `field:` filters, ↑/↓/Enter through the options, and a way on to the full search page.
 */
import { completeFilter, withText } from '../search/edit';
import type { SearchEngine, SearchResult } from '../search/engine';
import type { Facet } from '../search/fields';
import { excerpt, highlight } from '../search/highlight';
import { filterAt, parseQuery } from '../search/parse';
import { emptyFilters, searchQueryString } from '../search/link';
import { Combobox } from './combobox';
import { loadEngine } from './search-index';
import { h } from './dom';
import { ref } from './element';
import { chipsOf, marked, metaLine, resultTitle, verdictBadge, words } from './search-render';

const MAX_RESULTS = 8;
const say = words.dialog;

export class SearchDialog {
  private engine?: SearchEngine;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly more: HTMLAnchorElement;
  private readonly combobox: Combobox;

  /** `signal`: the connection of the <site-search> that owns the dialog; its end removes every listener. */
  constructor(
    private readonly dialog: HTMLDialogElement,
    indexUrl: string,
    private readonly pageUrl: string,
    signal: AbortSignal,
    artefact?: Promise<Response>,
  ) {
    this.input = ref(dialog, 'query', HTMLInputElement);
    this.status = ref(dialog, 'status');
    this.more = ref(dialog, 'more', HTMLAnchorElement);
    this.combobox = new Combobox(
      this.input,
      ref(dialog, 'options'),
      (option, inNewTab) => this.choose(option, inNewTab),
      signal,
    );
    const options = { signal };
    this.input.addEventListener('input', () => this.update(), options);
    this.input.addEventListener(
      'keydown',
      (event) => {
        // A search box would clear itself on Esc; here Esc closes, as it does anywhere in the dialog.
        if (event.key === 'Escape') {
          event.preventDefault();
          dialog.close();
        }
      },
      options,
    );
    ref(dialog, 'close').addEventListener('click', () => dialog.close(), options);
    // A click on the backdrop (the dialog element itself, outside its box) closes it.
    dialog.addEventListener(
      'click',
      (event) => {
        if (event.target === dialog) dialog.close();
      },
      options,
    );
    this.status.textContent = words.loading;
    loadEngine(indexUrl, artefact).then(
      (engine) => {
        this.engine = engine;
        if (dialog.open && !signal.aborted) this.update();
      },
      () => {
        this.status.textContent = words.failed;
      },
    );
  }

  opened() {
    this.update();
  }

  private update() {
    const query = this.input.value;
    this.more.href = `${this.pageUrl}${searchQueryString({ q: query, filters: emptyFilters(), page: 1 })}`;
    if (!this.engine) return;
    const engine = this.engine;
    const filter = filterAt(parseQuery(query), this.input.selectionEnd ?? query.length);
    const completions = filter
      ? this.completions(engine, filter.facet, filter.values.at(-1) ?? '')
      : [];
    if (!query.trim()) {
      this.status.textContent = say.empty;
      this.combobox.show(
        say.examples.map((example) =>
          h(
            'li',
            { role: 'option', class: 'search-option example', 'data-query': example },
            h('span', { class: 'option-meta' }, say.try),
            h('code', {}, example),
          ),
        ),
      );
      return;
    }
    let result = engine.search({ query, limit: MAX_RESULTS, counts: false });
    let respelt = '';
    if (result.total === 0 && result.didYouMean) {
      // Words that match nothing: show what their nearest spelling finds, and say so.
      const corrected = withText(query, result.didYouMean);
      const second = engine.search({ query: corrected, limit: MAX_RESULTS, counts: false });
      if (second.total > 0) {
        respelt = say.respelt(result.parsed.text.trim(), result.didYouMean);
        result = second;
      }
    }
    this.status.textContent = respelt + summary(result, query);
    const options = [
      ...completions,
      ...result.hits.map((doc) => this.resultOption(engine, doc, result)),
    ];
    if (result.total > MAX_RESULTS) {
      options.push(
        h(
          'li',
          {
            role: 'option',
            class: 'search-option all',
            'data-url': this.more.href,
          },
          say.showAll(result.total),
        ),
      );
    }
    if (result.total === 0) options.push(...this.alternatives(engine, result));
    this.combobox.show(options);
  }

  private completions(engine: SearchEngine, facet: Facet, typed: string): HTMLElement[] {
    return engine.complete(facet, typed, 6).map(({ position, documents }) => {
      const value = engine.data.values[facet][position]!;
      return h(
        'li',
        {
          role: 'option',
          class: 'search-option completion',
          'data-complete': value.slug,
          'data-facet': facet,
        },
        h('span', { class: 'option-meta' }, say.filterBy(facet)),
        h(
          'span',
          { class: 'option-title' },
          h('code', {}, `${facet}:${value.slug}`),
          ` ${value.label}`,
        ),
        h('span', { class: 'option-count' }, words.results(documents)),
      );
    });
  }

  /** One result, one option: its title line, then its text with the matches marked. */
  private resultOption(
    engine: SearchEngine,
    doc: SearchResult['hits'][number],
    result: SearchResult,
  ): HTMLElement {
    const isClaim = doc.type === 'claim';
    const meta = metaLine(engine.data, doc);
    return h(
      'li',
      {
        role: 'option',
        class: 'search-option result',
        'data-type': doc.type,
        'data-url': doc.url,
        'data-external': doc.external ? 'true' : undefined,
      },
      meta ? h('span', { class: 'option-meta' }, meta) : null,
      h('span', { class: 'option-title' }, ...resultTitle(doc, result.terms)),
      doc.text
        ? h(
            'span',
            { class: 'option-text' },
            ...marked(excerpt(doc.text, result.terms, isClaim ? 200 : 140)),
          )
        : null,
      isClaim
        ? h(
            'span',
            { class: 'option-facts' },
            doc.verdict ? verdictBadge(doc.verdict) : null,
            ...chipsOf(engine.data, doc).map((chip) =>
              h('span', { class: 'search-chip' }, ...marked(highlight(chip.label, result.terms))),
            ),
          )
        : null,
    );
  }

  /** What to try when nothing matched: a respelling, the nearest real filter values. */
  private alternatives(engine: SearchEngine, result: SearchResult): HTMLElement[] {
    const tries: string[] = [];
    if (result.didYouMean) tries.push(result.didYouMean);
    for (const { facet, nearest } of result.unknown)
      for (const p of nearest) tries.push(`${facet}:${engine.data.values[facet][p]!.slug}`);
    return tries.map((query) =>
      h(
        'li',
        { role: 'option', class: 'search-option example', 'data-query': query },
        h('span', { class: 'option-meta' }, say.tryInstead),
        h('code', {}, query),
      ),
    );
  }

  private choose(option: HTMLElement, inNewTab: boolean) {
    const { complete, facet, query, url } = option.dataset;
    if (complete !== undefined && facet) {
      const filter = filterAt(
        parseQuery(this.input.value),
        this.input.selectionEnd ?? this.input.value.length,
      );
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
    return say.unknown(facet, value);
  }
  if (result.total === 0) return say.none(query.trim(), Boolean(result.didYouMean));
  return say.summary(result.total, Math.min(result.total, MAX_RESULTS), result.mode === 'partial');
}
