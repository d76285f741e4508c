/**
 * <model-tree>: makes /tree/ interactive. The page arrives with its first frame already drawn
 * (an SVG from the build-time layout, src/tree/svg.ts); this element loads the tree's data and
 * Cytoscape (only on this page, as its own chunk) on the reader's first interaction with the tree
 * (or at once when the address names a view), and the canvas takes over at exactly the frame's view. From then on it keeps
 * the drawing, the HTML tree, the details panel, the filters, time travel, the organisation chart
 * and the address bar in step.
 *
 * The view is the URL (src/tree/state.ts): selecting, filtering, comparing and focusing push a
 * history entry (time travel replaces it), the back button restores the previous view, and
 * invalid parameters get a message, never an error.
 *
 * For tests and benchmarks: `element.cy` is the Cytoscape instance, `element.ready` resolves when
 * every model is drawn (asking for it starts the canvas), and the page records `tree:start` (data and library loaded), `tree:drawn`
 * (first canvas frame) and `tree:complete` (every model drawn) performance marks.
 */
import type { Core } from 'cytoscape';
import { pageWords, documentLocale } from '../../i18n/client';
import { treeWords } from '../../i18n/client/tree';
import { LOCALES } from '../../i18n/locales';
import { findModel, matchModel } from '../../tree/find';
import { labelLines } from '../../tree/label';
import {
  lineageIndex,
  pathOf,
  relate,
  step,
  within,
  type Direction,
  type Lineage,
} from '../../tree/lineage';
import {
  hasFilters,
  NO_FILTERS,
  passes,
  treeState,
  type Known,
  type TreeFilters,
  type TreeState,
} from '../../tree/state';
import { exportDocument, extent } from '../../tree/svg';
import type { TreeData, TreeModel } from '../../tree/types';
import { openingView, type Focus } from '../../tree/view';
import type { UrlState } from '../../core/url-state';
import { Address, showProblems } from '../address';
import { h } from '../dom';
import { SiteElement } from '../element';
import type { Highlight, TreeCanvas } from './canvas';
import { countedInFigureChart } from '../../tree/figure-chart';
import { recountChart } from './chart';
import { TreeListView } from './list';
import { DetailsPanel, compareText } from './panel';
import { readColours } from './style';
import { Axes } from './axes';

type Origin = 'url' | 'canvas' | 'list' | 'panel' | 'find' | 'filters' | 'time' | 'keys';

/** How long each year stays on screen while time travel plays. */
const PLAY_STEP = 1100;
/** Phones: the details open as a bottom sheet over the lower part of the drawing. */
const SHEET = '(max-width: 40rem)';

export class ModelTree extends SiteElement {
  private drawn!: Promise<void>;
  private takeOver!: () => void;

  /**
   * Resolves when every model is drawn (rejects if the data or the library could not load). Asking
   * for it hands the drawing to the canvas, as an interaction would (tests and benchmarks do).
   */
  get ready(): Promise<void> {
    this.takeOver?.();
    return this.drawn;
  }
  private canvas?: TreeCanvas;
  private data!: TreeData;
  private models = new Map<string, TreeModel>();
  private lineage!: Lineage<TreeModel>;
  private contract!: UrlState<TreeState>;
  private address!: Address<TreeState>;
  private state: TreeState = { ...NO_FILTERS };
  private list!: TreeListView;
  private panel!: DetailsPanel;
  private axes!: Axes;
  private readonly say = pageWords(treeWords);
  private readonly intl = LOCALES[documentLocale()].intl;
  private cursor?: string;
  /** Whether the canvas has taken over, and a model chosen before it had. */
  private live = false;
  private pending?: string;
  private playing?: ReturnType<typeof setInterval>;

  get cy(): Core | undefined {
    return this.canvas?.cy;
  }

  protected override connect() {
    const signal = this.signal;
    let begin!: () => void;
    const started = new Promise<void>((resolve) => (begin = resolve));
    this.takeOver = begin;
    this.drawn = started.then(() => this.start(signal));
    // The axes take their place for this width at once; the canvas moves them from when it takes over.
    const frame = this.ref('frame', SVGSVGElement);
    this.axes = new Axes(frame);
    const focus = JSON.parse(this.dataset.focus!) as Focus;
    this.axes.follow(openingView(focus, frame.getBoundingClientRect().width));
    this.drawn.catch((error: unknown) => {
      this.status(this.say.tree.loadFailed(error instanceof Error ? error.message : String(error)));
    });
    // The canvas takes over at the first sign of interest: a pointer over the drawing, a touch, a
    // key, a control. Until then the first frame is the drawing, and the page's main thread stays
    // free (Cytoscape costs a second of blocking time on Lighthouse's phone if it loads unasked).
    for (const type of ['pointerdown', 'wheel', 'touchstart', 'focusin', 'keydown'] as const)
      this.on(this, type, () => this.takeOver(), { once: true, passive: true });
    this.on(this.ref('canvas'), 'pointerover', () => this.takeOver(), { once: true });
    // A model chosen before the canvas is ready (a tap on the first frame, a name in the list) is
    // selected once it is, rather than leaving for the model's page.
    this.on(this, 'click', (event) => {
      if (this.live) return;
      const link = (event.target as Element).closest<HTMLElement>('a[data-slug]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.pending = link.dataset.slug;
      this.takeOver();
    });
    // A view in the address bar needs the canvas at once (a selection, a filter, a year).
    if (location.search) this.takeOver();
  }

  private async start(signal: AbortSignal) {
    const [response, { TreeCanvas }] = await Promise.all([
      fetch(this.dataset.src!),
      import('./canvas'),
    ]);
    if (!response.ok) throw new Error(`tree data: ${response.status}`);
    this.data = (await response.json()) as TreeData;
    if (signal.aborted) return;
    this.models = new Map(this.data.models.map((m) => [m.slug, m]));
    this.lineage = lineageIndex(this.data.models);
    this.contract = treeState(this.known(), this.say.url);
    this.address = new Address(this.contract);
    const children = new Map<string, TreeModel[]>();
    for (const [parent, slugs] of this.lineage.children)
      children.set(
        parent,
        slugs.map((s) => this.models.get(s)!),
      );

    this.ref('names').replaceChildren(...suggestions(this.data.models));
    this.list = new TreeListView(this.ref('list'), this.say);
    this.panel = new DetailsPanel(this.ref('panel-title'), this.ref('panel-body'), {
      models: this.models,
      children,
      organisations: new Map(this.data.organisations.map((o) => [o.slug, o])),
      claimsBase: this.dataset.claims!,
      searchBase: this.dataset.search!,
      say: this.say,
      intl: this.intl,
      branch: this.say.branch,
      verdict: this.say.verdict,
    });

    const opening = this.address.read();
    performance.mark('tree:start');
    const container = this.ref('canvas');
    this.canvas = new TreeCanvas(
      container,
      this.data,
      readColours(this),
      signal,
      this.say,
      this.say.format.separator,
    );
    this.canvas.onViewport((view) => this.axes.follow(view));
    this.canvas.cy.one('render', () => {
      performance.mark('tree:drawn');
      // The static first frame gives way only once the canvas has drawn the same view.
      container.classList.add('live');
    });
    this.canvas.onTap((slug) => this.show({ ...this.state, model: slug }, 'canvas'));
    this.followTheme();
    this.wireControls();
    this.wireKeys(container);
    this.wireTime();
    this.wireFullScreen();

    this.showAddress(opening.state, opening.problems, true);
    this.address.onChange(({ state, problems }) => this.showAddress(state, problems), signal);
    this.live = true;
    if (this.pending && this.models.has(this.pending))
      this.show({ ...this.state, model: this.pending, with: undefined }, 'list');
    this.onDisconnect(() => this.pause());
    await this.canvas.complete;
    performance.mark('tree:complete');
  }

  /** Shows the view in the address bar (on load, and when the back or forward button is used). */
  private showAddress(state: TreeState, problems: string[], initial = false) {
    showProblems(this.ref('status'), problems);
    this.show(state, 'url', initial);
    if (initial && hasFilters(this.state)) this.ref('filter-box', HTMLDetailsElement).open = true;
  }

  /** What the address bar may name: model and organisation ids, models by name or alias, the years. */
  private known(): Known {
    return {
      models: new Set(this.models.keys()),
      organisations: new Set(this.data.organisations.map((o) => o.slug)),
      find: (query) => {
        const match = matchModel(query, this.data.models);
        return match && { slug: match.model.slug, name: match.model.name, exact: match.exact };
      },
      years: { first: this.data.bands.at(-1)!.year, last: this.data.bands[0]!.year },
    };
  }

  /**
   * Moves to a new view. A selected model is always visible: selecting one the filters hide
   * clears the filters; filtering out the selected model clears the selection.
   */
  private show(next: TreeState, origin: Origin, initial = false) {
    let state: TreeState = { ...next, families: [...next.families] };
    if (!state.model) state = { ...state, with: undefined, focus: undefined };
    const notes: string[] = [];
    const chosen = state.model ? this.models.get(state.model) : undefined;
    if (chosen && !passes(chosen, state)) {
      if (origin === 'filters' || origin === 'time') {
        state = { ...state, model: undefined, with: undefined, focus: undefined };
        notes.push(this.say.tree.hiddenByFilters(chosen.name));
      } else {
        state = { ...NO_FILTERS, model: chosen.slug, with: state.with, focus: state.focus };
        notes.push(this.say.tree.filtersCleared(chosen.name));
      }
    }
    const previous = this.state;
    this.state = state;
    const visible = this.applyFilters(state);
    const selectionChanged =
      initial ||
      previous.model !== state.model ||
      previous.with !== state.with ||
      previous.focus !== state.focus;
    this.applyHighlight(state, visible);
    if (selectionChanged) notes.push(this.applySelection(state, origin, initial));
    // Time travel brings the year shown to the top of the view, unless a selected model holds it.
    if (state.year !== undefined && (initial || state.year !== previous.year) && !state.model) {
      const band = this.data.bands.find((b) => b.year === state.year);
      if (band) this.canvas!.toTop(band.top - 8);
    } else if (origin === 'filters' && !state.model && visible.size < this.models.size)
      // New filters frame what they show, unless a selected model holds the reader's attention.
      this.canvas!.fit();

    // A corrected address replaces the one typed, and time travel replaces as it plays; a new view adds an entry.
    this.address.write(state, origin === 'url' || origin === 'time' ? 'replace' : 'push');
    if (origin !== 'url' || notes.length > 1) this.announce(notes.filter(Boolean).join(' '));
  }

  /** Which models are shown: the filters, the year, and the focus on one lineage. */
  private visibleModels(state: TreeState): Set<string> {
    const focus =
      state.model && state.focus !== undefined
        ? within(this.lineage, state.model, state.focus)
        : undefined;
    const visible = new Set<string>();
    for (const m of this.data.models)
      if (passes(m, state) && (!focus || focus.has(m.slug))) visible.add(m.slug);
    return visible;
  }

  private applyFilters(state: TreeState): Set<string> {
    const visible = this.visibleModels(state);
    const shown = this.data.models.filter((m) => visible.has(m.slug));
    this.canvas!.showOnly(visible);
    this.list.showOnly(visible);
    recountChart(
      this.ref('org-chart'),
      shown,
      this.data.models.filter(countedInFigureChart).length,
      this.say,
    );
    this.writeForm(state);
    this.writeTime(state.year);
    const total = this.data.models.length;
    this.ref('summary').textContent =
      shown.length === 0
        ? this.say.tree.none
        : shown.length === total
          ? this.say.tree.all(total)
          : this.say.tree.some(shown.length, total);
    return visible;
  }

  /** What stands out in the drawing: the selection and its lineage, a compared path, the year's new models. */
  private applyHighlight(state: TreeState, visible: ReadonlySet<string>) {
    const fresh = new Set<string>();
    if (state.year !== undefined)
      for (const m of this.data.models)
        if (m.year === state.year && visible.has(m.slug)) fresh.add(m.slug);
    this.list.markFresh(fresh, state.year);
    const highlight: Highlight = { chosen: new Set(), fresh, cursor: this.cursor };
    if (state.model) {
      highlight.chosen = new Set([state.model]);
      const relation = state.with ? relate(this.lineage, state.model, state.with) : undefined;
      if (state.with) {
        highlight.chosen = new Set([state.model, state.with]);
        const path = relation ? pathOf(relation) : [state.model, state.with];
        highlight.bright = new Set(path);
        highlight.path = new Set(
          relation
            ? [
                ...pairs(relation.up).map(([child, parent]) => `${parent}>${child}`),
                ...pairs(relation.down).map(([parent, child]) => `${parent}>${child}`),
              ]
            : [],
        );
      } else highlight.bright = within(this.lineage, state.model, 'all');
    }
    this.canvas!.mark(highlight);
  }

  /** Shows the selection everywhere; returns what to announce. */
  private applySelection(state: TreeState, origin: Origin, initial: boolean): string {
    const model = state.model ? this.models.get(state.model) : undefined;
    const other = state.with ? this.models.get(state.with) : undefined;
    const relation = model && other ? relate(this.lineage, model.slug, other.slug) : undefined;
    this.list.choose(model?.slug);
    this.panel.show(model, other && { other, relation }, state.focus);
    const sheet = this.ref('panel');
    const asSheet = !!model && matchMedia(SHEET).matches;
    sheet.classList.toggle('sheet', asSheet);
    // The control that was used may have been replaced with the panel's content: focus its heading instead.
    if (origin === 'list' || origin === 'panel' || origin === 'keys')
      this.ref('panel-title').focus();
    if (!model) return this.say.tree.selectionCleared;
    if (asSheet) {
      // The sheet covers the lower part of the screen: the drawing moves up and the model sits above the sheet.
      this.ref('canvas').scrollIntoView({ block: 'start', behavior: 'instant' });
      this.canvas!.centre(model.slug, !initial, { x: 0.5, y: 0.28 });
    } else if (origin !== 'canvas') this.canvas!.centre(model.slug, !initial);
    if (other) {
      const text = compareText(model, other, relation, this.models, this.say).plain;
      return this.say.compare.announce(text);
    }
    return this.say.tree.selected(model.name, model.year);
  }

  private wireControls() {
    const filters = this.ref('filters', HTMLFormElement);
    // New filters keep the selection, the comparison, the focus and the year.
    const keep = () => {
      const { model, with: other, focus, year } = this.state;
      return { model, with: other, focus, year };
    };
    this.on(filters, 'change', () => this.show({ ...this.readForm(), ...keep() }, 'filters'));
    this.on(this.ref('clear-filters'), 'click', () =>
      this.show({ ...NO_FILTERS, ...keep() }, 'filters'),
    );

    const find = this.ref('find', HTMLFormElement);
    const box = this.ref('find-box', HTMLInputElement);
    this.on(find, 'submit', (event) => {
      event.preventDefault();
      const query = box.value;
      const model = findModel(query, this.data.models);
      if (model) this.show({ ...this.state, model: model.slug, with: undefined }, 'find');
      else
        this.announce(
          query.trim() ? this.say.tree.noMatch(query.trim().slice(0, 40)) : this.say.tree.typeName,
        );
    });
    // Picking a suggestion fills the box with an exact name or alias: show it straight away.
    this.on(box, 'input', (event) => {
      if (!(event instanceof InputEvent) || event.inputType === 'insertReplacementText') {
        const model = findModel(box.value, this.data.models);
        if (model && [model.name, ...model.aliases].includes(box.value))
          this.show({ ...this.state, model: model.slug, with: undefined }, 'find');
      }
    });

    // The panel's "Compare with…" box and focus depth.
    this.on(this.ref('panel'), 'submit', (event) => {
      const form = (event.target as Element).closest('form[data-compare]');
      if (!form) return;
      event.preventDefault();
      const query = (form.querySelector('input') as HTMLInputElement).value;
      const model = findModel(query, this.data.models);
      if (model && model.slug !== this.state.model)
        this.show({ ...this.state, with: model.slug }, 'panel');
      else this.announce(this.say.compare.notFound(query.trim().slice(0, 40)));
    });
    this.on(this.ref('panel'), 'change', (event) => {
      const select = (event.target as Element).closest<HTMLSelectElement>('select[data-focus]');
      if (!select) return;
      const value = select.value;
      const focus = value === '1' ? 1 : value === '2' ? 2 : value === 'all' ? 'all' : undefined;
      this.show({ ...this.state, focus }, 'panel');
    });

    // Every model link (the list's, the panel's and the first frame's) selects in place; modified clicks open new tabs as usual.
    this.on(this, 'click', (event) => {
      const target = event.target as Element;
      const link = target.closest<Element>('a[data-slug]');
      if (
        link &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.shiftKey &&
        !event.altKey &&
        event.button === 0
      ) {
        event.preventDefault();
        this.show(
          { ...this.state, model: (link as HTMLElement).dataset.slug, with: undefined },
          link.closest('[data-ref="panel"]') ? 'panel' : 'list',
        );
      }
      if (target.closest('[data-clear-selection]'))
        this.show({ ...this.state, model: undefined }, 'panel');
      if (target.closest('[data-end-compare]'))
        this.show({ ...this.state, with: undefined }, 'panel');
      if (target.closest('[data-close-sheet]')) this.ref('panel').classList.remove('sheet');
      const back = target.closest<HTMLElement>('[data-back-to-list]');
      if (back) this.list.link(back.dataset.backToList!)?.focus();
    });

    this.on(this.ref('toolbar'), 'click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset
        .action;
      const canvas = this.canvas!;
      if (action === 'zoom-in') canvas.zoomBy(1.4);
      else if (action === 'zoom-out') canvas.zoomBy(1 / 1.4);
      else if (action?.startsWith('pan-')) {
        const [dx, dy] = {
          'pan-left': [0.25, 0],
          'pan-right': [-0.25, 0],
          'pan-up': [0, 0.25],
          'pan-down': [0, -0.25],
        }[action] ?? [0, 0];
        canvas.panBy(dx!, dy!);
      } else if (action === 'fit') canvas.fit();
      else if (action === 'reset') {
        this.pause();
        this.show({ ...NO_FILTERS }, 'filters');
        this.canvas!.jump(openingView(this.data.focus, this.canvas!.cy.width()));
      } else if (action === 'export-png') void this.exportPng();
      else if (action === 'export-svg') this.exportSvg();
      else if (action === 'full-screen') void this.toggleFullScreen();
    });
  }

  /** Arrow keys in the drawing walk the lineage; Enter opens the model's details. */
  private wireKeys(container: HTMLElement) {
    const DIRECTIONS: Record<string, Direction> = {
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: 'left',
      ArrowRight: 'right',
    };
    this.on(container, 'keydown', (event) => {
      const direction = DIRECTIONS[event.key];
      if (direction) {
        event.preventDefault();
        const from = this.cursor ?? this.state.model;
        const next = from
          ? step(this.lineage, from, direction, this.canvas!.isShown)
          : this.nearestToCentre();
        if (!next) {
          this.announce(this.say.keys.nowhere(direction));
          return;
        }
        this.moveCursor(next);
      } else if (event.key === 'Enter' && this.cursor) {
        event.preventDefault();
        this.show({ ...this.state, model: this.cursor, with: undefined }, 'keys');
      }
    });
  }

  private moveCursor(slug: string) {
    this.cursor = slug;
    const model = this.models.get(slug)!;
    this.applyHighlight(this.state, this.visibleModels(this.state));
    this.list.follow(slug);
    if (!this.canvas!.inView(slug)) this.canvas!.centre(slug, true);
    this.announce(
      this.say.keys.at(
        model.name,
        model.year,
        this.say.branch[model.family],
        model.parents.filter((p) => this.models.has(p)).length,
        this.lineage.children.get(slug)?.length ?? 0,
      ),
    );
  }

  /** The shown model nearest the middle of the view: where the arrow keys start. */
  private nearestToCentre(): string | undefined {
    const box = this.canvas!.extent();
    const [cx, cy] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
    let best: string | undefined;
    let distance = Infinity;
    for (const m of this.data.models) {
      if (!this.canvas!.isShown(m.slug)) continue;
      const d = (m.x - cx) ** 2 + (m.y - cy) ** 2;
      if (d < distance) [best, distance] = [m.slug, d];
    }
    return best;
  }

  /** The year slider and its play button: the tree as it stood at the end of a year. */
  private wireTime() {
    const slider = this.ref('year', HTMLInputElement);
    this.on(slider, 'input', () => {
      this.pause();
      this.showYear(Number(slider.value));
    });
    this.on(this.ref('play'), 'click', () => {
      if (this.playing) return this.pause();
      const [first, last] = [this.data.bands.at(-1)!.year, this.data.bands[0]!.year];
      let year = this.state.year === undefined ? first : this.state.year + 1;
      if (year > last) year = first;
      this.setPlaying(true);
      this.showYear(year);
      this.playing = setInterval(() => {
        const next = (this.state.year ?? last) + 1;
        if (next > last || this.state.year === undefined) return this.pause();
        this.showYear(next);
      }, PLAY_STEP);
    });
  }

  private showYear(year: number) {
    const last = this.data.bands[0]!.year;
    this.show({ ...this.state, year: year >= last ? undefined : year }, 'time');
    this.announce(this.ref('year').getAttribute('aria-valuetext') ?? '');
  }

  private pause() {
    if (this.playing === undefined) return;
    clearInterval(this.playing);
    this.playing = undefined;
    this.setPlaying(false);
  }

  private setPlaying(on: boolean) {
    const button = this.ref('play');
    button.setAttribute('aria-pressed', String(on));
    this.ref('play-label').textContent = on ? this.say.time.pause : this.say.time.play;
  }

  /** The slider shows the year (the newest when none is chosen) and says it in words. */
  private writeTime(year: number | undefined) {
    const slider = this.ref('year', HTMLInputElement);
    const last = this.data.bands[0]!.year;
    slider.value = String(year ?? last);
    const upTo = this.data.models.filter((m) => m.year <= (year ?? last));
    const text =
      year === undefined
        ? this.say.time.all(this.data.models.length)
        : this.say.time.value(year, upTo.filter((m) => m.year === year).length, upTo.length);
    slider.setAttribute('aria-valuetext', text);
    this.ref('year-out').textContent = text;
  }

  private wireFullScreen() {
    const figure = this.ref('drawing');
    const button = this.ref('toolbar').querySelector<HTMLElement>('[data-action="full-screen"]')!;
    this.on(document, 'fullscreenchange', () => {
      const on = document.fullscreenElement === figure;
      figure.classList.toggle('full', on);
      button.setAttribute('aria-pressed', String(on));
      const label = on ? this.say.tree.exitFullScreen : this.say.tree.fullScreen;
      button.setAttribute('aria-label', label);
      button.title = label;
      this.canvas?.cy.resize();
    });
  }

  private async toggleFullScreen() {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await this.ref('drawing').requestFullscreen();
  }

  /** The filter form, read as the address is (its fields are the URL's parameters): one validator for both. */
  private readForm(): TreeFilters {
    const form = new FormData(this.ref('filters', HTMLFormElement));
    const params = new URLSearchParams();
    // Empty fields ("any year", "all") say nothing; the checked branches make one `family`, as in the address.
    for (const [name, value] of form)
      if (typeof value === 'string' && value && name !== 'family') params.set(name, value);
    params.set('family', form.getAll('family').join(','));
    // A reversed year range is swapped without a word: the reader can see the two boxes.
    const {
      model: _model,
      with: _with,
      focus: _focus,
      ...filters
    } = this.contract.read(params).state;
    return filters;
  }

  private writeForm(filters: TreeFilters) {
    const form = this.ref('filters', HTMLFormElement);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="family"]')) {
      box.checked =
        filters.families.length === 0 ||
        filters.families.includes(box.value as TreeFilters['families'][number]);
    }
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="weights"]'))
      radio.checked = radio.value === (filters.weights ?? '');
    (form.elements.namedItem('org') as HTMLSelectElement).value = filters.org ?? '';
    (form.elements.namedItem('from') as HTMLSelectElement).value =
      filters.from === undefined ? '' : String(filters.from);
    (form.elements.namedItem('to') as HTMLSelectElement).value =
      filters.to === undefined ? '' : String(filters.to);
    (form.elements.namedItem('figure') as HTMLInputElement).checked = filters.figure;
    this.ref('clear-filters').toggleAttribute('disabled', !hasFilters(filters));
    const active = [
      filters.families.length > 0,
      !!filters.weights,
      filters.from !== undefined || filters.to !== undefined,
      !!filters.org,
      filters.figure,
    ].filter(Boolean).length;
    this.ref('filter-count').textContent = active > 0 ? this.say.tree.filtersOn(active) : '';
  }

  /** The tree as an SVG document in its current state, with title, legend and source. */
  private exportDocument(region?: { x1: number; y1: number; x2: number; y2: number }) {
    const colours = readColours(this);
    const visible = this.visibleModels(this.state);
    const orgs = new Map(this.data.organisations.map((o) => [o.slug, o.name]));
    const cy = this.canvas!.cy;
    const classesOf = (slug: string) => {
      const node = cy.getElementById(slug);
      if (!visible.has(slug)) return 'hidden';
      return ['chosen', 'faded', 'fresh'].filter((c) => node.hasClass(c)).join(' ');
    };
    const edgeOf = (parent: string, child: string) => {
      const edge = cy.getElementById(`${parent}>${child}`);
      return ['lineage', 'path', 'faded'].filter((c) => edge.hasClass(c)).join(' ');
    };
    const shown = this.data.models.filter((m) => visible.has(m.slug));
    const years = shown.map((m) => m.year);
    const box = region ?? shownExtent(this.data, shown);
    return exportDocument(
      this.data,
      {
        lines: (slug) => {
          const m = this.models.get(slug)!;
          return labelLines(
            m.name,
            m.organisations.map((o) => orgs.get(o) ?? o),
            this.say.format.separator,
          );
        },
        state: classesOf,
        edgeState: edgeOf,
        paint: {
          bg: colours.bg,
          band: colours.bgRaised,
          fg: colours.fg,
          muted: colours.muted,
          highlight: colours.highlight,
          family: colours.family,
        },
      },
      box,
      {
        title: this.say.export.title,
        subtitle: this.say.export.subtitle(shown.length, Math.min(...years), Math.max(...years)),
        source: this.say.export.source(location.href),
        branch: (family) => this.say.branch[family],
        legend: this.say.legend,
      },
    );
  }

  private fileName(extension: string) {
    return this.state.model
      ? `model-evolution-tree-${this.state.model}.${extension}`
      : `model-evolution-tree.${extension}`;
  }

  private exportSvg() {
    const { svg } = this.exportDocument();
    download(new Blob([svg], { type: 'image/svg+xml' }), this.fileName('svg'));
    this.announce(this.say.tree.savedSvg);
  }

  /** The current view as a PNG at twice the screen's resolution, drawn from the same SVG (title, legend, source). */
  private async exportPng() {
    const { svg, width, height } = this.exportDocument(this.canvas!.extent());
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const scale = 2;
    const canvas = h('canvas', { width: String(width * scale), height: String(height * scale) });
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return;
    download(blob, this.fileName('png'));
    this.announce(this.say.tree.savedPng);
  }

  /** Redraws in the new colours when the reader switches theme or the system does. */
  private followTheme() {
    const restyle = () => this.canvas?.restyle(readColours(this));
    const observer = new MutationObserver(restyle);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    this.onDisconnect(() => observer.disconnect());
    this.on(matchMedia('(prefers-color-scheme: dark)'), 'change', restyle);
  }

  private status(message: string) {
    showProblems(this.ref('status'), [message]);
  }

  private announce(message: string) {
    this.ref('announce').textContent = message;
  }
}

/** The find and compare boxes' suggestions: every name, then every alias with whose it is. */
function suggestions(models: readonly TreeModel[]): HTMLOptionElement[] {
  return [
    ...models.map((m) =>
      h('option', { value: m.name, label: [String(m.year), ...m.aliases].join(' · ') }),
    ),
    ...models.flatMap((m) =>
      m.aliases.map((alias) => h('option', { value: alias, label: `${m.name} (${m.year})` })),
    ),
  ];
}

function pairs(slugs: readonly string[]): [string, string][] {
  return slugs.slice(1).map((slug, i) => [slugs[i]!, slug]);
}

function shownExtent(data: TreeData, shown: readonly TreeModel[]) {
  if (shown.length === 0) return extent(data);
  const full = extent(data);
  let [y1, y2] = [Infinity, -Infinity];
  for (const m of shown) [y1, y2] = [Math.min(y1, m.y - 40), Math.max(y2, m.y + 40)];
  return { x1: full.x1, x2: full.x2, y1: Math.max(full.y1, y1), y2: Math.min(full.y2, y2) };
}

function download(blob: Blob, name: string) {
  const link = h('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
