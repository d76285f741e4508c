/**
 * <search-page>: the full search. The URL is the state — read on load and on back/forward,
 * written as the search changes (typing replaces the current history entry; a new search, a
 * filter or a page adds one) — so every view can be shared and the back button walks through.
 */
import { completeFilter, removeFilterValues, withText } from '../search/edit';
import type { SearchEngine, SearchResult } from '../search/engine';
import { FACETS, type Facet } from '../search/fields';
import { excerpt, highlight } from '../search/highlight';
import { filterAt, parseQuery } from '../search/parse';
import { emptyFilters, type SearchState } from '../search/link';
import { PAGE_SIZE, searchStateIn } from '../search/state';
import { Address, type HistoryMode } from './address';
import { Combobox } from './combobox';
import { h } from './dom';
import { SiteElement } from './element';
import { FacetPanel } from './search-facets';
import { loadEngine } from './search-index';
import { chipsOf, marked, metaLine, resultTitle, verdictBadge, words } from './search-render';

const SITE_TITLE = document.title;
const say = words.page;
/** The search as a URL, its problems said in the page's language. */
const searchState = searchStateIn(words);

export class SearchPage extends SiteElement {
  private engine?: SearchEngine;
  /** Built when the facet column first comes into view (see buildFacetsWhenSeen). */
  private facets?: FacetPanel;
  /** The result shown, for the facet panel to count once it is built. */
  private shown?: SearchResult;
  private readonly address = new Address(searchState);
  private state!: SearchState;
  /** What the address asked for that could not be used; said until the reader moves on. */
  private problems: string[] = [];
  /** True while the current history entry belongs to what is being typed. */
  private typing = false;
  private input!: HTMLInputElement;
  private completions!: Combobox;

  protected override connect() {
    ({ state: this.state, problems: this.problems } = this.address.read());
    this.engine = this.facets = this.shown = undefined;
    this.typing = false;
    const listbox = this.ref('completions');
    this.input = this.ref('query', HTMLInputElement);
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-controls', listbox.id);
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.completions = new Combobox(
      this.input,
      listbox,
      (option) => this.complete(option),
      this.signal,
    );
    this.input.value = this.state.q;
    this.ref('layout').hidden = false;
    this.summary(words.loading);

    this.on(this.input, 'input', () => {
      this.state = { q: this.input.value, filters: this.state.filters, page: 1 };
      this.commit(this.typing ? 'replace' : 'push');
      this.typing = true;
    });
    this.on(this.input, 'keydown', (event) => {
      if (event.key === 'Escape' && !listbox.hidden) {
        event.preventDefault();
        this.completions.show([]);
      }
    });
    this.on(this.input, 'blur', () => this.completions.show([]));
    this.on(this.ref('form', HTMLFormElement), 'submit', (event) => {
      event.preventDefault();
      this.state = { q: this.input.value, filters: this.state.filters, page: 1 };
      this.commit(this.typing ? 'replace' : 'push');
      this.typing = false;
      this.completions.show([]);
    });
    // Links to other views of this page (pages, suggestions) change the state without a reload.
    this.on(this, 'click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-view]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      this.state = searchState.read(new URL(link.href).searchParams).state;
      this.input.value = this.state.q;
      this.commit('push');
      this.ref('results-heading').focus();
    });
    this.on(this.ref('active-filters'), 'click', (event) => this.removeFilter(event));
    this.address.onChange(({ state, problems }) => {
      this.state = state;
      this.problems = problems;
      this.input.value = this.state.q;
      this.typing = false;
      this.render();
    }, this.signal);

    const signal = this.signal;
    loadEngine(this.dataset.index!).then(
      (engine) => {
        if (signal.aborted) return;
        this.engine = engine;
        this.render();
        this.buildFacetsWhenSeen(engine);
      },
      () => this.summary(words.failed),
    );
  }

  /**
   * The facet column is most of the page's elements. It is built when it first comes into view: at
   * once beside the results on a wide screen, on a phone only when its disclosure is opened (a
   * closed one gives it no box, so it cannot be seen). Built after the first results, never in
   * the same long task as them on a slow phone.
   */
  private buildFacetsWhenSeen(engine: SearchEngine) {
    const container = this.ref('facets');
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      this.facets = new FacetPanel(
        container,
        engine,
        (facet, position, chosen) => this.toggle(facet, position, chosen),
        this.signal,
      );
      if (this.shown) this.facets.update(this.shown);
    });
    seen.observe(container);
    this.onDisconnect(() => seen.disconnect());
  }

  /** Writes the state to the URL (a new history entry or the current one) and shows it. */
  private commit(how: HistoryMode) {
    this.problems = [];
    this.address.write(this.state, how);
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
    let { result, typed } = this.run(engine);
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    if (this.state.page > pages) {
      // A page past the end (an old link, a hand-edited URL) shows the last one.
      this.state = { ...this.state, page: pages };
      this.address.write(this.state, 'replace');
      ({ result, typed } = this.run(engine));
    }
    this.shown = result;
    this.facets?.update(result);
    this.renderActiveFilters(engine, result);
    const respelt = typed ? say.respelt(typed.parsed.text.trim()) : '';
    this.summary(
      words.sentences([...this.problems, respelt, describe(engine, result, this.state)]),
    );
    this.renderSuggestions(engine, result, typed);
    this.ref('results').replaceChildren(
      ...result.hits.map((doc, i) => resultItem(engine, doc, result, `result-${i}`)),
    );
    this.renderPager(result.total, pages);
    this.renderCompletions(engine);
    const active = FACETS.reduce((n, f) => n + result.selected[f].length, 0);
    this.ref('facets-summary').textContent = active > 0 ? say.filtersChosen(active) : say.filters;
    document.title = this.state.q.trim() ? `“${this.state.q.trim()}” · ${SITE_TITLE}` : SITE_TITLE;
  }

  /**
   * The search the state asks for. When its words match nothing and a respelling of them does,
   * the respelling's results are shown instead (`typed` is then the search as typed), unless the
   * state asks for the words verbatim.
   */
  private run(engine: SearchEngine): { result: SearchResult; typed?: SearchResult } {
    const search = (query: string) =>
      engine.search({
        query,
        filters: this.state.filters,
        offset: (this.state.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
    const typed = search(this.state.q);
    if (typed.total > 0 || !typed.didYouMean || this.state.verbatim) return { result: typed };
    const respelt = search(withText(this.state.q, typed.didYouMean));
    return respelt.total > 0 ? { result: respelt, typed } : { result: typed };
  }

  private summary(text: string) {
    this.ref('summary').textContent = text;
  }

  /** Every value in force, from the box or the URL, with a button to remove it; unknown ones marked. */
  private renderActiveFilters(engine: SearchEngine, result: SearchResult) {
    const chips: HTMLElement[] = [];
    const chip = (label: string, remove: Record<string, string>, unknown = false) =>
      h(
        'span',
        { class: 'filter-chip', 'data-unknown': unknown },
        label,
        h('button', { type: 'button', 'aria-label': say.remove(label), ...remove }, '×'),
      );
    for (const facet of FACETS) {
      for (const position of result.selected[facet]) {
        const label = say.chip(facet, engine.data.values[facet][position]!.label);
        chips.push(chip(label, { 'data-facet': facet, 'data-position': String(position) }));
      }
    }
    for (const { facet, value } of result.unknown) {
      const label = say.unknownChip(facet, value);
      chips.push(chip(label, { 'data-facet': facet, 'data-value': value }, true));
    }
    if (chips.length > 1) chips.push(h('button', { type: 'button', class: 'clear' }, say.clearAll));
    this.ref('active-filters').replaceChildren(...chips);
  }

  /** A click on a chip's × (a known value, an unknown one) or on "Clear all filters". */
  private removeFilter(event: MouseEvent) {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const { facet, position, value } = button.dataset as {
      facet?: Facet;
      position?: string;
      value?: string;
    };
    if (facet && position !== undefined) return this.toggle(facet, Number(position), false);
    if (facet && value !== undefined) {
      this.state = {
        q: removeFilterValues(this.state.q, facet, (v) => v === value),
        filters: {
          ...this.state.filters,
          [facet]: this.state.filters[facet].filter((v) => v !== value),
        },
        page: 1,
      };
    } else if (button.classList.contains('clear')) {
      this.state = {
        q: parseQuery(this.state.q).filters.reduce(
          (q, f) => removeFilterValues(q, f.facet, () => true),
          this.state.q,
        ),
        filters: emptyFilters(),
        page: 1,
      };
    } else return;
    this.input.value = this.state.q;
    this.commit('push');
  }

  /**
   * Under the results of a respelt search (`typed` is the search as typed): what they are for, and
   * a way to search the words as typed. When nothing matched at all: ways out. All of them links
   * to other views of this page.
   */
  private renderSuggestions(engine: SearchEngine, result: SearchResult, typed?: SearchResult) {
    const box = this.ref('suggestions');
    const base = this.state;
    if (typed?.didYouMean) {
      box.replaceChildren(
        h(
          'p',
          { class: 'respelt' },
          say.showingBefore,
          this.viewLink(
            { q: withText(base.q, typed.didYouMean), filters: base.filters, page: 1 },
            h('em', {}, typed.didYouMean),
          ),
          say.showingAfter,
          say.dash,
          this.viewLink(
            { q: base.q, filters: base.filters, page: 1, verbatim: true },
            say.verbatimBefore,
            h('em', {}, typed.parsed.text.trim()),
            say.verbatimAfter,
          ),
        ),
      );
      return;
    }
    if (result.total > 0) {
      box.replaceChildren();
      return;
    }
    const links: Array<[string, SearchState]> = [];
    if (result.didYouMean)
      links.push([
        say.searchFor(result.didYouMean),
        { q: withText(base.q, result.didYouMean), filters: base.filters, page: 1 },
      ]);
    for (const { facet, value, nearest } of result.unknown) {
      for (const p of nearest) {
        const replacement = engine.data.values[facet][p]!;
        links.push([
          say.insteadOf(facet, replacement.label, value),
          {
            q: removeFilterValues(base.q, facet, (v) => v === value),
            filters: {
              ...base.filters,
              [facet]: [...base.filters[facet].filter((v) => v !== value), replacement.slug],
            },
            page: 1,
          },
        ]);
      }
    }
    const anyFilter =
      FACETS.some((f) => base.filters[f].length > 0) || parseQuery(base.q).filters.length > 0;
    if (anyFilter && parseQuery(base.q).text.trim())
      links.push([
        say.withoutFilters(parseQuery(base.q).text.trim()),
        { q: parseQuery(base.q).text.trim(), filters: emptyFilters(), page: 1 },
      ]);
    links.push([
      say.browseClaims,
      { q: '', filters: { ...emptyFilters(), type: ['claim'] }, page: 1 },
    ]);
    box.replaceChildren(
      h('p', {}, say.tryThese),
      h('ul', {}, ...links.map(([text, state]) => h('li', {}, this.viewLink(state, text)))),
    );
  }

  private renderPager(total: number, pages: number) {
    const nav = this.ref('pager');
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
      page > 1 ? link(page - 1, say.previous, 'prev') : '',
      h('span', {}, say.position(page, pages, total)),
      page < pages ? link(page + 1, say.next, 'next') : '',
    );
  }

  /** Completions for the `field:value` under the caret. */
  private renderCompletions(engine: SearchEngine) {
    if (document.activeElement !== this.input) return this.completions.show([]);
    const filter = filterAt(
      parseQuery(this.input.value),
      this.input.selectionEnd ?? this.input.value.length,
    );
    if (!filter) return this.completions.show([]);
    const options = engine
      .complete(filter.facet, filter.values.at(-1) ?? '', 8)
      .map(({ position, documents }) => {
        const value = engine.data.values[filter.facet][position]!;
        return h(
          'li',
          { role: 'option', class: 'search-option completion', 'data-complete': value.slug },
          h(
            'span',
            { class: 'option-title' },
            h('code', {}, `${filter.facet}:${value.slug}`),
            ` ${value.label}`,
          ),
          h('span', { class: 'option-count' }, words.results(documents)),
        );
      });
    this.completions.show(options, -1);
  }

  private complete(option: HTMLElement) {
    const filter = filterAt(
      parseQuery(this.input.value),
      this.input.selectionEnd ?? this.input.value.length,
    );
    if (!filter || !option.dataset.complete) return;
    const q = completeFilter(this.input.value, filter, option.dataset.complete);
    this.input.value = q;
    this.input.setSelectionRange(q.length, q.length);
    this.state = { q, filters: this.state.filters, page: 1 };
    this.commit(this.typing ? 'replace' : 'push');
    this.typing = false;
  }

  private viewLink(state: SearchState, ...content: Array<Node | string>): HTMLAnchorElement {
    return h('a', { href: this.address.href(state), 'data-view': '' }, ...content);
  }
}

/**
 * One result: a card with one link, its title — stretched over the whole card by CSS, so the card
 * is one target — and the rest as text (a claim's text with its matches marked); the chips of a
 * claim stay links of their own, above the stretched one.
 */
function resultItem(
  engine: SearchEngine,
  doc: SearchResult['hits'][number],
  result: SearchResult,
  id: string,
): HTMLElement {
  const isClaim = doc.type === 'claim';
  const meta = metaLine(engine.data, doc);
  const text = doc.text
    ? h(
        'p',
        { class: 'result-text', id },
        ...marked(excerpt(doc.text, result.terms, isClaim ? 400 : 260)),
      )
    : null;
  const link = h(
    'a',
    { href: doc.url, 'aria-describedby': text ? id : undefined },
    ...resultTitle(doc, result.terms),
  );
  if (doc.external)
    link.append(
      h('span', { 'aria-hidden': 'true' }, ' ↗'),
      h('span', { class: 'visually-hidden' }, say.external),
    );
  const chips = chipsOf(engine.data, doc).map((chip) => {
    const label = marked(highlight(chip.label, result.terms));
    return chip.url
      ? h('a', { class: 'search-chip', href: chip.url }, ...label)
      : h('span', { class: 'search-chip' }, ...label);
  });
  return h(
    'li',
    { class: 'search-result', 'data-type': doc.type, 'data-verdict': doc.verdict },
    meta ? h('p', { class: 'result-meta' }, meta) : null,
    h('h3', { class: 'result-title' }, link),
    text,
    isClaim
      ? h('p', { class: 'result-facts' }, doc.verdict ? verdictBadge(doc.verdict) : null, ...chips)
      : null,
  );
}

/** One sentence on what is shown, for the status line (read out as it changes). */
function describe(engine: SearchEngine, result: SearchResult, state: SearchState): string {
  const said = words.describe;
  const text = result.parsed.text.trim();
  const chosen = FACETS.flatMap((f) =>
    result.selected[f].map((p) => engine.data.values[f][p]!.label),
  );
  if (result.unknown.length > 0)
    return words.sentences(result.unknown.map(({ facet, value }) => said.unknown(facet, value)));
  if (result.total === 0) return said.none(text, chosen);
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const range: [number, number] | undefined =
    result.total > PAGE_SIZE ? [first, first + result.hits.length - 1] : undefined;
  if (result.mode === 'browse') return said.browse(result.total, chosen, range);
  if (result.mode === 'partial') return said.partial(text, result.total, chosen, range);
  return said.found(text, result.total, chosen, range);
}
