/**
 * <search-page>: the full search. The URL is the state — read on load and on back/forward,
 * written as the search changes (typing replaces the current history entry; a new search, a
 * filter or a page adds one) — so every view can be shared and the back button walks through.
 */
import { completeFilter, removeFilterValues } from '../search/edit';
import type { SearchEngine, SearchResult } from '../search/engine';
import { FACETS, FACET_LABELS, type Facet } from '../search/fields';
import { excerpt, highlight } from '../search/highlight';
import { filterAt, parseQuery } from '../search/parse';
import { PAGE_SIZE, emptyFilters, readState, searchQueryString, type SearchState } from '../search/state';
import { Combobox } from './combobox';
import { FacetPanel } from './search-facets';
import { loadEngine } from './search-index';
import { h } from './dom';
import { chipsOf, marked, metaLine, verdictBadge } from './search-render';

const SITE_TITLE = document.title;

export class SearchPage extends HTMLElement {
  private engine?: SearchEngine;
  private facets?: FacetPanel;
  private state: SearchState = readState(new URLSearchParams(window.location.search));
  /** True while the current history entry belongs to what is being typed. */
  private typing = false;
  private input!: HTMLInputElement;
  private completions!: Combobox;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    const listbox = this.querySelector<HTMLElement>('#search-completions')!;
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-controls', listbox.id);
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.completions = new Combobox(this.input, listbox, (option) => this.complete(option));
    this.input.value = this.state.q;
    this.querySelector<HTMLElement>('.search-layout')!.hidden = false;
    this.summary('Loading search…');

    this.input.addEventListener('input', () => {
      this.state = { ...this.state, q: this.input.value, page: 1 };
      this.commit(this.typing ? 'replace' : 'push');
      this.typing = true;
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !listbox.hidden) {
        event.preventDefault();
        this.completions.show([]);
      }
    });
    this.input.addEventListener('blur', () => this.completions.show([]));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.state = { ...this.state, q: this.input.value, page: 1 };
      this.commit(this.typing ? 'replace' : 'push');
      this.typing = false;
      this.completions.show([]);
    });
    // Links to other views of this page (pages, suggestions) change the state without a reload.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-view]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      this.state = readState(new URL(link.href).searchParams);
      this.input.value = this.state.q;
      this.commit('push');
      this.querySelector<HTMLElement>('#results-heading')?.focus();
    });
    window.addEventListener('popstate', () => {
      this.state = readState(new URLSearchParams(window.location.search));
      this.input.value = this.state.q;
      this.typing = false;
      this.render();
    });

    loadEngine(this.dataset.index!).then(
      (engine) => {
        this.engine = engine;
        this.facets = new FacetPanel(this.querySelector('.facets')!, engine, (facet, position, chosen) => this.toggle(facet, position, chosen));
        this.render();
      },
      () => this.summary('Search could not load. Check your connection, then reload the page.'),
    );
  }

  /** Writes the state to the URL (a new history entry or the current one) and shows it. */
  private commit(how: 'push' | 'replace') {
    const url = `${window.location.pathname}${searchQueryString(this.state)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (how === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.render();
  }

  private toggle(facet: Facet, position: number, chosen: boolean) {
    const engine = this.engine!;
    const value = engine.data.values[facet][position]!;
    const filters = { ...this.state.filters };
    let q = this.state.q;
    if (chosen) filters[facet] = [...filters[facet], value.slug];
    else {
      // The value may be chosen by a parameter, by `facet:value` in the box, or both: remove it everywhere.
      const isIt = (typed: string) => engine.lookups[facet].resolve(typed) === position;
      filters[facet] = filters[facet].filter((typed) => !isIt(typed));
      q = removeFilterValues(q, facet, isIt);
      this.input.value = q;
    }
    this.state = { q, filters, page: 1 };
    this.typing = false;
    this.commit('push');
  }

  private render() {
    const engine = this.engine;
    if (!engine) return;
    let result = this.run(engine);
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    if (this.state.page > pages) {
      // A page past the end (an old link, a hand-edited URL) shows the last one.
      this.state = { ...this.state, page: pages };
      window.history.replaceState(null, '', `${window.location.pathname}${searchQueryString(this.state)}`);
      result = this.run(engine);
    }
    this.facets!.update(result);
    this.renderActiveFilters(engine, result);
    this.summary(describe(engine, result, this.state));
    this.renderSuggestions(engine, result);
    this.querySelector('.results-list')!.replaceChildren(...result.hits.map((doc) => resultItem(engine, doc, result)));
    this.renderPager(result.total, pages);
    this.renderCompletions(engine);
    const active = FACETS.reduce((n, f) => n + result.selected[f].length, 0);
    this.querySelector('.facets-panel > summary')!.textContent = active > 0 ? `Filters (${active} chosen)` : 'Filters';
    document.title = this.state.q.trim() ? `“${this.state.q.trim()}” · ${SITE_TITLE}` : SITE_TITLE;
  }

  private run(engine: SearchEngine): SearchResult {
    return engine.search({ query: this.state.q, filters: this.state.filters, offset: (this.state.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  }

  private summary(text: string) {
    this.querySelector('.search-summary')!.textContent = text;
  }

  /** Every value in force, from the box or the URL, with a button to remove it; unknown ones marked. */
  private renderActiveFilters(engine: SearchEngine, result: SearchResult) {
    const chips: HTMLElement[] = [];
    for (const facet of FACETS) {
      for (const position of result.selected[facet]) {
        const label = `${FACET_LABELS[facet].singular}: ${engine.data.values[facet][position]!.label}`;
        const remove = h('button', { type: 'button', 'aria-label': `Remove ${label}` }, '×');
        remove.addEventListener('click', () => this.toggle(facet, position, false));
        chips.push(h('span', { class: 'filter-chip' }, label, remove));
      }
    }
    for (const { facet, value } of result.unknown) {
      const label = `${FACET_LABELS[facet].singular}: ${value} (unknown)`;
      const remove = h('button', { type: 'button', 'aria-label': `Remove ${label}` }, '×');
      remove.addEventListener('click', () => {
        this.state = { q: removeFilterValues(this.state.q, facet, (v) => v === value), filters: { ...this.state.filters, [facet]: this.state.filters[facet].filter((v) => v !== value) }, page: 1 };
        this.input.value = this.state.q;
        this.commit('push');
      });
      chips.push(h('span', { class: 'filter-chip', 'data-unknown': '' }, label, remove));
    }
    if (chips.length > 1) {
      const clear = h('button', { type: 'button', class: 'clear' }, 'Clear all filters');
      clear.addEventListener('click', () => {
        this.state = { q: parseQuery(this.state.q).filters.reduce((q, f) => removeFilterValues(q, f.facet, () => true), this.state.q), filters: emptyFilters(), page: 1 };
        this.input.value = this.state.q;
        this.commit('push');
      });
      chips.push(clear);
    }
    this.querySelector('.active-filters')!.replaceChildren(...chips);
  }

  /** When nothing matched: ways out, as links to other views of this page. */
  private renderSuggestions(engine: SearchEngine, result: SearchResult) {
    const box = this.querySelector('.search-suggestions')!;
    if (result.total > 0) {
      box.replaceChildren();
      return;
    }
    const links: Array<[string, SearchState]> = [];
    const base = this.state;
    if (result.didYouMean) links.push([`Search for “${result.didYouMean}”`, { ...base, q: result.didYouMean, page: 1 }]);
    for (const { facet, value, nearest } of result.unknown) {
      for (const p of nearest) {
        const replacement = engine.data.values[facet][p]!;
        links.push([
          `${FACET_LABELS[facet].singular}: ${replacement.label} instead of “${value}”`,
          {
            q: removeFilterValues(base.q, facet, (v) => v === value),
            filters: { ...base.filters, [facet]: [...base.filters[facet].filter((v) => v !== value), replacement.slug] },
            page: 1,
          },
        ]);
      }
    }
    const anyFilter = FACETS.some((f) => base.filters[f].length > 0) || parseQuery(base.q).filters.length > 0;
    if (anyFilter && parseQuery(base.q).text.trim()) links.push([`Search for “${parseQuery(base.q).text.trim()}” without filters`, { q: parseQuery(base.q).text.trim(), filters: emptyFilters(), page: 1 }]);
    links.push(['Browse every claim', { q: '', filters: { ...emptyFilters(), type: ['claim'] }, page: 1 }]);
    box.replaceChildren(
      h('p', {}, 'Try one of these:'),
      h('ul', {}, ...links.map(([text, state]) => h('li', {}, this.viewLink(state, text)))),
    );
  }

  private renderPager(total: number, pages: number) {
    const nav = this.querySelector('.pager')!;
    if (pages <= 1) {
      nav.replaceChildren();
      return;
    }
    const page = this.state.page;
    const link = (to: number, text: string, rel: string) => {
      const a = this.viewLink({ ...this.state, page: to }, text);
      a.rel = rel;
      return a;
    };
    nav.replaceChildren(
      page > 1 ? link(page - 1, '← Previous page', 'prev') : '',
      h('span', {}, `Page ${page} of ${pages} (${total} results)`),
      page < pages ? link(page + 1, 'Next page →', 'next') : '',
    );
  }

  /** Completions for the `field:value` under the caret. */
  private renderCompletions(engine: SearchEngine) {
    if (document.activeElement !== this.input) return this.completions.show([]);
    const filter = filterAt(parseQuery(this.input.value), this.input.selectionEnd ?? this.input.value.length);
    if (!filter) return this.completions.show([]);
    const options = engine.complete(filter.facet, filter.values.at(-1) ?? '', 8).map(({ position, documents }) => {
      const value = engine.data.values[filter.facet][position]!;
      return h(
        'li',
        { role: 'option', class: 'search-option completion', 'data-complete': value.slug },
        h('span', { class: 'option-title' }, h('code', {}, `${filter.facet}:${value.slug}`), ` ${value.label}`),
        h('span', { class: 'option-count' }, `${documents} ${documents === 1 ? 'result' : 'results'}`),
      );
    });
    this.completions.show(options, -1);
  }

  private complete(option: HTMLElement) {
    const filter = filterAt(parseQuery(this.input.value), this.input.selectionEnd ?? this.input.value.length);
    if (!filter || !option.dataset.complete) return;
    const q = completeFilter(this.input.value, filter, option.dataset.complete);
    this.input.value = q;
    this.input.setSelectionRange(q.length, q.length);
    this.state = { ...this.state, q, page: 1 };
    this.commit(this.typing ? 'replace' : 'push');
    this.typing = false;
  }

  private viewLink(state: SearchState, text: string): HTMLAnchorElement {
    return h('a', { href: `${window.location.pathname}${searchQueryString(state)}`, 'data-view': '' }, text);
  }
}

function resultItem(engine: SearchEngine, doc: SearchResult['hits'][number], result: SearchResult): HTMLElement {
  const isClaim = doc.type === 'claim';
  const title = isClaim ? excerpt(doc.text, result.terms, 400) : highlight(doc.title, result.terms);
  const link = h('a', { href: doc.url }, ...marked(title));
  if (doc.external) link.append(h('span', { 'aria-hidden': 'true' }, ' ↗'), h('span', { class: 'visually-hidden' }, ' (external link)'));
  const chips = chipsOf(engine.data, doc).map((chip) => {
    const label = marked(highlight(chip.label, result.terms));
    return chip.url ? h('a', { class: 'search-chip', href: chip.url }, ...label) : h('span', { class: 'search-chip' }, ...label);
  });
  return h(
    'li',
    { class: 'search-result', 'data-type': doc.type, 'data-verdict': doc.verdict },
    h('p', { class: 'result-meta' }, metaLine(engine.data, doc)),
    h('h3', { class: 'result-title' }, link),
    !isClaim && doc.text ? h('p', { class: 'result-text' }, ...marked(excerpt(doc.text, result.terms, 260))) : null,
    isClaim ? h('p', { class: 'result-facts' }, doc.verdict ? verdictBadge(doc.verdict) : null, ...chips) : null,
  );
}

/** One sentence on what is shown, for the status line (read out as it changes). */
function describe(engine: SearchEngine, result: SearchResult, state: SearchState): string {
  const text = result.parsed.text.trim();
  const chosen = FACETS.flatMap((f) => result.selected[f].map((p) => engine.data.values[f][p]!.label));
  const where = chosen.length > 0 ? ` matching ${chosen.join(', ')}` : '';
  const count = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;
  if (result.unknown.length > 0) {
    return result.unknown.map(({ facet, value }) => `No ${FACET_LABELS[facet].singular.toLowerCase()} is called “${value}”.`).join(' ');
  }
  if (result.total === 0) return text ? `No results for “${text}”${where}.` : `No results${where}.`;
  const range = result.total > PAGE_SIZE ? ` (${(state.page - 1) * PAGE_SIZE + 1}–${(state.page - 1) * PAGE_SIZE + result.hits.length} shown)` : '';
  if (result.mode === 'browse') return `${count(result.total)}${where || ' in the whole guide'}${range}.`;
  if (result.mode === 'partial') return `No result has every word of “${text}”; ${count(result.total)} have some of them${where}${range}.`;
  return `${count(result.total)} for “${text}”${where}${range}.`;
}
