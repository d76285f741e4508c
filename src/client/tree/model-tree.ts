/**
 * <model-tree>: makes /tree/ interactive. It loads the tree's data (positions computed at build
 * time), then Cytoscape (only on this page, as its own chunk), and keeps the drawing, the HTML
 * tree, the details panel, the filters, the organisation chart and the address bar in step.
 *
 * The view is the URL (src/tree/state.ts): selecting or filtering pushes a history entry, the
 * back button restores the previous view, and invalid parameters get a message, never an error.
 *
 * For tests and benchmarks: `element.cy` is the Cytoscape instance, `element.ready` resolves when
 * every model is drawn, and the page records `tree:start` (data and library loaded) and
 * `tree:drawn` (first frame drawn) and `tree:complete` (every model drawn) performance marks.
 */
import type { Core } from 'cytoscape';
import { FAMILIES } from '../../graph/vocabulary';
import { findModel, matchModel } from '../../tree/find';
import { hasFilters, NO_FILTERS, passes, readState, writeState, type Known, type TreeFilters, type TreeState } from '../../tree/state';
import type { TreeData, TreeModel } from '../../tree/types';
import type { TreeCanvas } from './canvas';
import { recountChart } from './chart';
import { TreeListView } from './list';
import { DetailsPanel } from './panel';
import { readColours } from './style';

type Origin = 'url' | 'canvas' | 'list' | 'panel' | 'find' | 'filters';

export class ModelTree extends HTMLElement {
  /** Resolves when every model is drawn (rejects if the data or the library could not load). */
  ready!: Promise<void>;
  private canvas?: TreeCanvas;
  private data!: TreeData;
  private models = new Map<string, TreeModel>();
  private state: TreeState = { ...NO_FILTERS };
  private list!: TreeListView;
  private panel!: DetailsPanel;

  get cy(): Core | undefined {
    return this.canvas?.cy;
  }

  connectedCallback() {
    this.ready = this.start();
    this.ready.catch((error: unknown) => {
      this.status(`The interactive tree could not be loaded (${error instanceof Error ? error.message : String(error)}); every model is still listed below.`);
    });
  }

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  private async start() {
    const [response, { TreeCanvas }] = await Promise.all([fetch(this.dataset.src!), import('./canvas')]);
    if (!response.ok) throw new Error(`tree data: ${response.status}`);
    this.data = (await response.json()) as TreeData;
    this.models = new Map(this.data.models.map((m) => [m.slug, m]));
    const children = new Map<string, TreeModel[]>();
    for (const model of this.data.models) for (const parent of model.parents) children.set(parent, [...(children.get(parent) ?? []), model]);

    this.list = new TreeListView(this.querySelector('.tree-list')!);
    this.panel = new DetailsPanel(this.piece('panel-title'), this.piece('panel-body'), {
      models: this.models,
      children,
      organisations: new Map(this.data.organisations.map((o) => [o.slug, o])),
      claimsBase: this.dataset.claims!,
      searchBase: this.dataset.search!,
    });

    for (const name of ['controls', 'drawing', 'panel']) this.piece(name).hidden = false;
    this.piece('no-drawing').hidden = true;
    for (const hint of this.querySelectorAll<HTMLElement>('.js-only')) hint.hidden = false;

    const opening = readState(new URLSearchParams(location.search), this.known()).state.model;
    performance.mark('tree:start');
    this.canvas = new TreeCanvas(this.piece('canvas'), this.data, readColours(this), opening);
    this.canvas.cy.one('render', () => performance.mark('tree:drawn'));
    this.canvas.onTap((slug) => this.show({ ...this.state, model: slug }, 'canvas'));
    this.followTheme();
    this.wireControls();

    this.showUrl(true);
    window.addEventListener('popstate', () => this.showUrl(false));
    await this.canvas.complete;
    performance.mark('tree:complete');
  }

  /** Shows the view in the address bar (on load, and when the back or forward button is used). */
  private showUrl(initial: boolean) {
    const { state, problems } = readState(new URLSearchParams(location.search), this.known());
    this.status(problems.join(' '));
    this.show(state, 'url', initial);
    if (initial && hasFilters(this.state)) this.piece<HTMLDetailsElement>('filter-box').open = true;
  }

  /** What the address bar may name: model and organisation ids, and models by name or alias. */
  private known(): Known {
    return {
      models: new Set(this.models.keys()),
      organisations: new Set(this.data.organisations.map((o) => o.slug)),
      find: (query) => {
        const match = matchModel(query, this.data.models);
        return match && { slug: match.model.slug, name: match.model.name, exact: match.exact };
      },
    };
  }

  /**
   * Moves to a new view. A selected model is always visible: selecting one the filters hide
   * clears the filters; filtering out the selected model clears the selection.
   */
  private show(next: TreeState, origin: Origin, initial = false) {
    let state = { ...next, families: [...next.families] };
    const notes: string[] = [];
    const chosen = state.model ? this.models.get(state.model) : undefined;
    if (chosen && !passes(chosen, state)) {
      if (origin === 'filters') {
        state.model = undefined;
        notes.push(`${chosen.name} is hidden by these filters, so it is no longer selected.`);
      } else {
        state = { ...NO_FILTERS, model: chosen.slug };
        notes.push(`Filters cleared to show ${chosen.name}.`);
      }
    }
    const previous = this.state;
    this.state = state;
    const filtersOf = (s: TreeState) => writeState({ ...s, model: undefined }).toString();
    const filtered = initial || filtersOf(previous) !== filtersOf(state);
    if (filtered) this.applyFilters(state);
    if (initial || previous.model !== state.model) notes.push(this.applySelection(state.model, origin, initial));
    // New filters frame what they show, unless a selected model holds the reader's attention.
    else if (filtered && origin === 'filters' && !state.model) this.canvas!.fit();

    const query = writeState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    // A corrected address (unknown values dropped, filters cleared) replaces the one typed; a new view adds a history entry.
    if (origin === 'url') history.replaceState(null, '', `${url}${location.hash}`);
    else if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    if (origin !== 'url' || notes.length > 1) this.announce(notes.filter(Boolean).join(' '));
  }

  private applyFilters(filters: TreeFilters) {
    const shown = this.data.models.filter((m) => passes(m, filters));
    const visible = new Set(shown.map((m) => m.slug));
    this.canvas!.showOnly(visible);
    this.list.showOnly(visible);
    recountChart(this.querySelector('.org-chart')!, shown, this.data.models.length);
    this.writeForm(filters);
    const total = this.data.models.length;
    this.piece('summary').textContent =
      shown.length === 0 ? 'No model matches these filters.' : shown.length === total ? `Showing all ${total} models.` : `Showing ${shown.length} of ${total} models.`;
  }

  /** Shows the selection everywhere; returns what to announce. */
  private applySelection(slug: string | undefined, origin: Origin, initial: boolean): string {
    const model = slug ? this.models.get(slug) : undefined;
    this.canvas!.choose(slug);
    this.list.choose(slug);
    this.panel.show(model);
    // The control that was used may have been replaced with the panel's content: focus its heading instead.
    if (origin === 'list' || origin === 'panel') this.piece('panel-title').focus();
    if (!model) return 'Selection cleared.';
    if (origin !== 'canvas') this.canvas!.centre(model.slug, !initial);
    return `Selected ${model.name}, ${model.year}. Its details are in the panel.`;
  }

  private wireControls() {
    const filters = this.piece<HTMLFormElement>('filters');
    filters.addEventListener('change', () => this.show({ ...this.readForm(), model: this.state.model }, 'filters'));
    this.piece('clear-filters').addEventListener('click', () => this.show({ ...NO_FILTERS, model: this.state.model }, 'filters'));

    const find = this.piece<HTMLFormElement>('find');
    const box = find.querySelector('input')!;
    find.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = box.value;
      const model = findModel(query, this.data.models);
      if (model) this.show({ ...this.state, model: model.slug }, 'find');
      else this.announce(query.trim() ? `No model matches “${query.trim().slice(0, 40)}”.` : 'Type a model name or alias.');
    });
    // Picking a suggestion fills the box with an exact name or alias: show it straight away.
    box.addEventListener('input', (event) => {
      if (!(event instanceof InputEvent) || event.inputType === 'insertReplacementText') {
        const model = findModel(box.value, this.data.models);
        if (model && [model.name, ...model.aliases].includes(box.value)) this.show({ ...this.state, model: model.slug }, 'find');
      }
    });

    // Every model link (the list's and the panel's) selects in place; modified clicks open new tabs as usual.
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const link = target.closest<HTMLAnchorElement>('a[data-slug]');
      if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey && event.button === 0) {
        event.preventDefault();
        this.show({ ...this.state, model: link.dataset.slug }, link.closest('[data-panel]') ? 'panel' : 'list');
      }
      if (target.closest('[data-clear-selection]')) this.show({ ...this.state, model: undefined }, 'panel');
      const back = target.closest<HTMLElement>('[data-back-to-list]');
      if (back) this.list.link(back.dataset.backToList!)?.focus();
    });

    this.piece('toolbar').addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
      const canvas = this.canvas!;
      if (action === 'zoom-in') canvas.zoomBy(1.4);
      else if (action === 'zoom-out') canvas.zoomBy(1 / 1.4);
      else if (action?.startsWith('pan-')) {
        const [dx, dy] = { 'pan-left': [0.25, 0], 'pan-right': [-0.25, 0], 'pan-up': [0, 0.25], 'pan-down': [0, -0.25] }[action] ?? [0, 0];
        canvas.panBy(dx!, dy!);
      } else if (action === 'fit') canvas.fit();
      else if (action === 'reset') {
        if (this.state.model || hasFilters(this.state)) this.show({ ...NO_FILTERS }, 'filters');
        canvas.fit();
      } else if (action === 'export') this.exportPng();
    });
  }

  private readForm(): TreeFilters {
    const form = new FormData(this.piece<HTMLFormElement>('filters'));
    const families = form.getAll('family').map(String).filter((f): f is (typeof FAMILIES)[number] => (FAMILIES as readonly string[]).includes(f));
    const year = (name: string) => (form.get(name) ? Number(form.get(name)) : undefined);
    let [from, to] = [year('from'), year('to')];
    if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
    return {
      families: families.length === FAMILIES.length ? [] : families,
      weights: form.get('weights') === 'open' || form.get('weights') === 'closed' ? (form.get('weights') as 'open' | 'closed') : undefined,
      org: form.get('org')?.toString() || undefined,
      from,
      to,
      figure: form.get('figure') === '1',
    };
  }

  private writeForm(filters: TreeFilters) {
    const form = this.piece<HTMLFormElement>('filters');
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="family"]')) {
      box.checked = filters.families.length === 0 || filters.families.includes(box.value as (typeof FAMILIES)[number]);
    }
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="weights"]')) radio.checked = radio.value === (filters.weights ?? '');
    (form.elements.namedItem('org') as HTMLSelectElement).value = filters.org ?? '';
    (form.elements.namedItem('from') as HTMLSelectElement).value = filters.from === undefined ? '' : String(filters.from);
    (form.elements.namedItem('to') as HTMLSelectElement).value = filters.to === undefined ? '' : String(filters.to);
    (form.elements.namedItem('figure') as HTMLInputElement).checked = filters.figure;
    this.piece('clear-filters').toggleAttribute('disabled', !hasFilters(filters));
    const active = [filters.families.length > 0, !!filters.weights, filters.from !== undefined || filters.to !== undefined, !!filters.org, filters.figure].filter(Boolean).length;
    this.piece('filter-count').textContent = active > 0 ? `(${active} on)` : '';
  }

  private exportPng() {
    const blob = this.canvas!.png(readColours(this).bg);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = this.state.model ? `model-evolution-tree-${this.state.model}.png` : 'model-evolution-tree.png';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.announce('The current view was saved as a PNG image.');
  }

  /** Redraws in the new colours when the reader switches theme or the system does. */
  private followTheme() {
    const restyle = () => this.canvas?.restyle(readColours(this));
    new MutationObserver(restyle).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', restyle);
  }

  private status(message: string) {
    this.piece('status').textContent = message;
  }

  private announce(message: string) {
    this.piece('announce').textContent = message;
  }
}
