/**
 * The drawing: Cytoscape with the build-time positions (no layout runs), plus the year bands and
 * branch names as inert nodes behind the models. It knows nothing of URLs or forms; <model-tree>
 * tells it what to show and listens for taps.
 *
 * A big tree is drawn in two steps so the reader sees it at once: the models in and around the
 * first view go in first, and the rest follow in batches between frames (`complete` resolves when
 * all are in). Filters and the selection live here as plain sets, so models added later arrive
 * already hidden, faded or highlighted.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { TreeData, TreeModel } from '../../tree/types';
import { FAMILY } from '../../site/labels';
import { treeStyle, type Colours } from './style';
import { addTooltip } from './tooltip';

/**
 * Above this many models the drawing trades finish for speed: straight "haystack" edges, one-line
 * labels (the name; the organisation is in the panel), a still image while the reader drags or
 * zooms, and one canvas pixel per CSS pixel.
 */
const LARGE = 2000;
const PADDING = 30;
/** The smallest zoom the first view uses: nodes about 35 px wide, labels hidden. */
const OVERVIEW_ZOOM = 0.25;
/** Zoom at which labels are comfortable to read; selecting from the list zooms in at least this far. */
const READABLE_ZOOM = 0.8;
/** Models added per batch after the first view is drawn. */
const BATCH = 1500;

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
type View = { zoom: number; pan: { x: number; y: number } };

export class TreeCanvas {
  readonly cy: Core;
  /** Resolves when every model is on the drawing. */
  readonly complete: Promise<void>;
  private readonly large: boolean;
  private readonly models: Map<string, TreeModel>;
  private readonly children = new Map<string, string[]>();
  private readonly organisations: Map<string, string>;
  /** The whole drawing's extent, known from the layout, so fitting never measures every element. */
  private readonly bounds: Box;
  private readonly added = new Set<string>();
  private hidden = new Set<string>();
  private chosen?: string;
  private lineage?: Set<string>;

  /** `focus`: a model to open on, centred and readable. */
  constructor(container: HTMLElement, data: TreeData, colours: Colours, focus?: string) {
    preemptInjectedStylesheet();
    this.large = data.models.length > LARGE;
    this.models = new Map(data.models.map((m) => [m.slug, m]));
    for (const model of data.models) for (const parent of model.parents) this.children.set(parent, [...(this.children.get(parent) ?? []), model.slug]);
    this.organisations = new Map(data.organisations.map((o) => [o.slug, o.name]));
    this.bounds = {
      x1: (data.branches[0]?.left ?? 0) - 120,
      x2: (data.branches.at(-1)?.right ?? 0) + 120,
      y1: (data.bands[0]?.top ?? 0) - 60,
      y2: data.bands.at(-1)?.bottom ?? 0,
    };

    const { width, height } = container.getBoundingClientRect();
    const focused = focus ? this.models.get(focus) : undefined;
    const view = focused ? centring(focused, width, height, Math.max(fitting(this.bounds, width, height).zoom, READABLE_ZOOM)) : this.firstView(width, height);
    // Models in the first view, or within half a view of it, are drawn first.
    const [marginX, marginY] = [width / 2 / view.zoom, height / 2 / view.zoom];
    const seen = {
      x1: -view.pan.x / view.zoom - marginX,
      y1: -view.pan.y / view.zoom - marginY,
      x2: (width - view.pan.x) / view.zoom + marginX,
      y2: (height - view.pan.y) / view.zoom + marginY,
    };
    const first = data.models.filter((m) => m.x >= seen.x1 && m.x <= seen.x2 && m.y >= seen.y1 && m.y <= seen.y2);
    const firstSet = new Set(first.map((m) => m.slug));
    const rest = data.models.filter((m) => !firstSet.has(m.slug));

    this.cy = cytoscape({
      container,
      elements: [...frame(data), ...this.elementsFor(first)],
      layout: { name: 'preset', fit: false },
      style: treeStyle(colours, this.large),
      autounselectify: true,
      boxSelectionEnabled: false,
      autoungrabify: true,
      minZoom: 0.02,
      maxZoom: 3,
      pixelRatio: this.large ? 1 : 'auto',
      textureOnViewport: this.large,
    });
    this.cy.viewport(view);
    this.cy.on('mouseover', 'node.model', () => container.classList.add('pointing'));
    this.cy.on('mouseout', 'node.model', () => container.classList.remove('pointing'));
    container.addEventListener('mouseleave', () => container.classList.remove('pointing'));
    addTooltip(this.cy, container, this.models, new Map(data.organisations.map((o) => [o.slug, o])));
    this.complete = this.addLater(rest);
  }

  onTap(handler: (slug: string | undefined) => void) {
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handler(undefined);
      else if ((event.target as NodeSingular).hasClass?.('model')) handler((event.target as NodeSingular).id());
    });
  }

  restyle(colours: Colours) {
    this.cy.style(treeStyle(colours, this.large));
  }

  /** Hides the models the filters leave out (their edges go with them); touches only those that change. */
  showOnly(visible: ReadonlySet<string>) {
    const hidden = new Set<string>();
    for (const slug of this.models.keys()) if (!visible.has(slug)) hidden.add(slug);
    this.cy.batch(() => {
      this.cy.nodes('.model').forEach((node) => {
        const isHidden = hidden.has(node.id());
        if (isHidden !== this.hidden.has(node.id())) node.toggleClass('hidden', isHidden);
      });
    });
    this.hidden = hidden;
  }

  /** Marks one model chosen, keeps its ancestors and descendants bright and fades the rest. */
  choose(slug: string | undefined) {
    this.chosen = slug && this.models.has(slug) ? slug : undefined;
    this.lineage = this.chosen ? this.lineageOf(this.chosen) : undefined;
    this.cy.batch(() => {
      this.cy.elements('.chosen, .faded, .lineage').removeClass('chosen faded lineage');
      if (!this.chosen) return;
      this.cy.nodes('.model').forEach((node) => {
        const classes = this.nodeState(node.id());
        if (classes) node.addClass(classes);
      });
      this.cy.edges().forEach((edge) => {
        edge.addClass(this.edgeState(edge.data('source') as string, edge.data('target') as string));
      });
    });
  }

  /** Brings a model to the middle of the view, zooming in far enough to read it. */
  centre(slug: string, animate: boolean) {
    const model = this.models.get(slug);
    if (!model) return;
    const view = centring(model, this.cy.width(), this.cy.height(), Math.max(this.cy.zoom(), READABLE_ZOOM));
    if (animate) this.cy.animate(view, { duration: 250 });
    else this.cy.viewport(view);
  }

  zoomBy(factor: number) {
    const zoom = this.cy.zoom() * factor;
    this.cy.animate({ zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } }, { duration: 150 });
  }

  panBy(dx: number, dy: number) {
    this.cy.animate({ panBy: { x: dx * this.cy.width(), y: dy * this.cy.height() } }, { duration: 150 });
  }

  /** Fits the models shown: the whole drawing when nothing is filtered out, else their bounding box. */
  fit() {
    const shown = this.cy.nodes('.model').not('.hidden');
    const box = this.hidden.size === 0 || shown.empty() ? this.bounds : shown.boundingBox({});
    this.cy.animate(fitting(box, this.cy.width(), this.cy.height()), { duration: 200 });
  }

  /** The current view as a PNG, twice the screen's resolution. */
  png(background: string): Blob {
    return this.cy.png({ output: 'blob', bg: background, full: false, scale: 2 });
  }

  /**
   * The whole tree when it fits at a zoom where boxes still read as boxes; a big tree opens on its
   * newest years at that zoom instead (16,000 specks would show nothing).
   */
  private firstView(width: number, height: number): View {
    const fit = fitting(this.bounds, width, height);
    if (fit.zoom >= OVERVIEW_ZOOM) return fit;
    return { zoom: OVERVIEW_ZOOM, pan: { x: (width - OVERVIEW_ZOOM * (this.bounds.x1 + this.bounds.x2)) / 2, y: PADDING - OVERVIEW_ZOOM * this.bounds.y1 } };
  }

  /** After the first frame, adds the remaining models a batch at a time between frames, so the page stays responsive. */
  private async addLater(rest: TreeModel[]) {
    await new Promise((resolve) => this.cy.one('render', resolve));
    for (let i = 0; i < rest.length; i += BATCH) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      this.cy.add(this.elementsFor(rest.slice(i, i + BATCH)));
    }
  }

  /** Nodes for these models and every edge that joins them to models already drawn, in their current state. */
  private elementsFor(models: readonly TreeModel[]): ElementDefinition[] {
    const result: ElementDefinition[] = [];
    for (const model of models) {
      this.added.add(model.slug);
      const by = model.organisations.map((slug) => this.organisations.get(slug) ?? slug).join(', ');
      const classes = ['model', model.family, model.open ? 'open' : 'closed', model.inFigure1 ? '' : 'text-only', this.hidden.has(model.slug) ? 'hidden' : '', this.nodeState(model.slug)];
      result.push({
        group: 'nodes',
        data: { id: model.slug, label: this.large ? clip(model.name, 20) : `${clip(model.name, 20)}\n${clip(by, 22)}` },
        position: { x: model.x, y: model.y },
        classes: classes.filter(Boolean).join(' '),
      });
      const edge = (source: string, target: string) =>
        result.push({ group: 'edges', data: { id: `${source}>${target}`, source, target }, classes: this.edgeState(source, target) });
      for (const parent of model.parents) if (this.added.has(parent)) edge(parent, model.slug);
      for (const child of this.children.get(model.slug) ?? []) if (this.added.has(child)) edge(model.slug, child);
    }
    return result;
  }

  private nodeState(slug: string): string {
    if (!this.lineage) return '';
    if (slug === this.chosen) return 'chosen';
    return this.lineage.has(slug) ? '' : 'faded';
  }

  private edgeState(source: string, target: string): string {
    if (!this.lineage) return '';
    return this.lineage.has(source) && this.lineage.has(target) ? 'lineage' : 'faded';
  }

  /** A model with every ancestor and descendant, from the data (models not yet drawn included). */
  private lineageOf(slug: string): Set<string> {
    const lineage = new Set([slug]);
    const walk = (next: (s: string) => readonly string[]) => {
      const stack = [slug];
      while (stack.length > 0) {
        for (const other of next(stack.pop()!)) {
          if (!lineage.has(other) && this.models.has(other)) {
            lineage.add(other);
            stack.push(other);
          }
        }
      }
    };
    walk((s) => this.models.get(s)?.parents ?? []);
    walk((s) => this.children.get(s) ?? []);
    return lineage;
  }
}

function fitting(box: Box, width: number, height: number): View {
  const zoom = Math.min((width - 2 * PADDING) / (box.x2 - box.x1), (height - 2 * PADDING) / (box.y2 - box.y1));
  return { zoom, pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 } };
}

function centring(model: TreeModel, width: number, height: number, zoom: number): View {
  return { zoom, pan: { x: width / 2 - model.x * zoom, y: height / 2 - model.y * zoom } };
}

/**
 * Cytoscape adds a <style> element to the head unless one with its id exists; the CSP blocks
 * that (and logs a violation). Its one rule, `position: relative` on the container, is in our CSS.
 */
function preemptInjectedStylesheet() {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

/** The year bands, year labels and branch names: inert nodes behind the models. */
function frame(data: TreeData): ElementDefinition[] {
  const left = (data.branches[0]?.left ?? 0) - 120;
  const right = (data.branches.at(-1)?.right ?? 0) + 120;
  const top = data.bands[0]?.top ?? 0;
  const result: ElementDefinition[] = [];
  data.bands.forEach((band, i) => {
    const middle = (band.top + band.bottom) / 2;
    result.push({
      group: 'nodes',
      data: { id: `band:${band.year}`, w: right - left, h: band.bottom - band.top },
      position: { x: (left + right) / 2, y: middle },
      classes: i % 2 ? 'band alt' : 'band',
    });
    // The year on both sides, so a reader zoomed into either edge still sees it.
    result.push({ group: 'nodes', data: { id: `year:${band.year}`, label: String(band.year) }, position: { x: left + 90, y: middle }, classes: 'axis year' });
    result.push({ group: 'nodes', data: { id: `year-end:${band.year}`, label: String(band.year) }, position: { x: right - 100, y: middle }, classes: 'axis year end' });
  });
  for (const branch of data.branches) {
    result.push({
      group: 'nodes',
      data: { id: `branch:${branch.family}`, label: FAMILY[branch.family] },
      position: { x: (branch.left + branch.right) / 2, y: top - 36 },
      classes: 'axis branch',
    });
  }
  return result;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
