/**
 * The drawing once it is live: Cytoscape with the build-time positions (no layout runs), edges
 * along the build-time routes (src/tree/routes.ts) and labels fitted the same way as the page's
 * first frame (src/tree/label.ts), opening on exactly that frame's view. It knows nothing of URLs
 * or forms; <model-tree> tells it what to show and listens for taps.
 *
 * A big tree is drawn in two steps so the reader sees it at once: the models in and around the
 * first view go in first, and the rest follow in batches between frames (`complete` resolves when
 * all are in). What is hidden and highlighted lives here as plain sets, so models added later
 * arrive already hidden, faded or highlighted.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { labelLines } from '../../tree/label';
import { route, segments } from '../../tree/routes';
import { extent } from '../../tree/svg';
import type { TreeData, TreeModel } from '../../tree/types';
import { HEADER_HEIGHT, openingView, READABLE_ZOOM, type View } from '../../tree/view';
import { h } from '../dom';
import { afterNextFrame } from '../tasks';
import { treeStyle, type Colours } from './style';
import { addTooltip } from './tooltip';
import type { TreeWords } from '../../i18n/client/tree';

/**
 * Above this many models the drawing trades finish for speed: straight "haystack" edges, one-line
 * labels (the name; the organisation is in the panel), a still image while the reader drags or
 * zooms, and one canvas pixel per CSS pixel.
 */
const LARGE = 2000;
const PADDING = 30;
/** Models added per batch after the first view is drawn. */
const BATCH = 1500;

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** What stands out: the chosen model(s), what stays bright (the rest fades), new models, the keyboard's place. */
export interface Highlight {
  chosen: ReadonlySet<string>;
  bright?: ReadonlySet<string>;
  /** Edges drawn as a path (compare), by "parent>child"; otherwise edges between bright models are lit. */
  path?: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
  cursor?: string;
}

const NONE: Highlight = { chosen: new Set(), fresh: new Set() };

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
  private highlight: Highlight = NONE;
  private readonly motion: () => boolean;
  private readonly separator: string;

  constructor(
    container: HTMLElement,
    data: TreeData,
    colours: Colours,
    signal: AbortSignal,
    say: TreeWords,
    separator: string,
  ) {
    preemptInjectedStylesheet();
    this.large = data.models.length > LARGE;
    this.models = new Map(data.models.map((m) => [m.slug, m]));
    for (const model of data.models)
      for (const parent of model.parents)
        this.children.set(parent, [...(this.children.get(parent) ?? []), model.slug]);
    this.organisations = new Map(data.organisations.map((o) => [o.slug, o.name]));
    this.separator = separator;
    this.bounds = extent(data);
    const reduced = matchMedia('(prefers-reduced-motion: reduce)');
    this.motion = () => !reduced.matches;

    const { width, height } = container.getBoundingClientRect();
    const view = openingView(data.focus, width);
    // Models in the first view, or within half a view of it, are drawn first.
    const [marginX, marginY] = [width / 2 / view.zoom, height / 2 / view.zoom];
    const seen = {
      x1: -view.pan.x / view.zoom - marginX,
      y1: -view.pan.y / view.zoom - marginY,
      x2: (width - view.pan.x) / view.zoom + marginX,
      y2: (height - view.pan.y) / view.zoom + marginY,
    };
    const first = data.models.filter(
      (m) => m.x >= seen.x1 && m.x <= seen.x2 && m.y >= seen.y1 && m.y <= seen.y2,
    );
    const firstSet = new Set(first.map((m) => m.slug));
    const rest = data.models.filter((m) => !firstSet.has(m.slug));

    const before = [...container.childNodes];
    this.cy = cytoscape({
      container,
      elements: [...bands(data), ...this.elementsFor(first)],
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
    container.addEventListener('mouseleave', () => container.classList.remove('pointing'), {
      signal,
    });
    addTooltip(
      this.cy,
      container,
      this.models,
      new Map(data.organisations.map((o) => [o.slug, o])),
      signal,
      say,
    );
    // Cytoscape's own listeners (window resize among them) go with it.
    // Cytoscape's destroy empties its container, which also holds the page's first frame (the SVG
    // the element needs again if it is re-inserted): put back what was there before Cytoscape came.
    signal.addEventListener(
      'abort',
      () => {
        this.cy.destroy();
        container.append(...before);
      },
      { once: true },
    );
    this.complete = this.addLater(rest);
  }

  onTap(handler: (slug: string | undefined) => void) {
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handler(undefined);
      else if ((event.target as NodeSingular).hasClass?.('model'))
        handler((event.target as NodeSingular).id());
    });
  }

  onViewport(handler: (view: View) => void) {
    this.cy.on('viewport resize', () => handler({ zoom: this.cy.zoom(), pan: this.cy.pan() }));
  }

  restyle(colours: Colours) {
    this.cy.style(treeStyle(colours, this.large));
  }

  /** Hides the models left out (their edges go with them); touches only those that change. */
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

  isShown = (slug: string) => this.models.has(slug) && !this.hidden.has(slug);

  /** Marks what stands out (see Highlight); every model and edge gets its classes anew. */
  mark(highlight: Highlight) {
    this.highlight = highlight;
    this.cy.batch(() => {
      this.cy
        .elements('.chosen, .faded, .lineage, .path, .fresh, .cursor')
        .removeClass('chosen faded lineage path fresh cursor');
      this.cy.nodes('.model').forEach((node) => {
        const classes = this.nodeState(node.id());
        if (classes) node.addClass(classes);
      });
      if (!highlight.bright) return;
      this.cy.edges().forEach((edge) => {
        edge.addClass(this.edgeState(edge.data('source') as string, edge.data('target') as string));
      });
    });
  }

  /** Brings a model into view, zoomed in far enough to read it; `at` is where, as fractions of the view. */
  centre(slug: string, animate: boolean, at = { x: 0.5, y: 0.5 }) {
    const model = this.models.get(slug);
    if (!model) return;
    this.settle();
    const zoom = Math.max(this.cy.zoom(), READABLE_ZOOM);
    const view = {
      zoom,
      pan: {
        x: this.cy.width() * at.x - model.x * zoom,
        y: this.cy.height() * at.y - model.y * zoom,
      },
    };
    this.move(view, animate ? 250 : 0);
  }

  /** Scrolls the drawing so that this height of it is at the top of the view (under the headings), zoom unchanged. */
  toTop(y: number) {
    this.settle();
    const view = {
      zoom: this.cy.zoom(),
      pan: { x: this.cy.pan().x, y: HEADER_HEIGHT - y * this.cy.zoom() },
    };
    this.move(view, 300);
  }

  /** Whether a model is inside the view. */
  inView(slug: string): boolean {
    const model = this.models.get(slug);
    if (!model) return false;
    const box = this.cy.extent();
    return model.x >= box.x1 && model.x <= box.x2 && model.y >= box.y1 && model.y <= box.y2;
  }

  zoomBy(factor: number) {
    this.settle();
    const [zoom, pan] = [this.cy.zoom(), this.cy.pan()];
    const level = Math.min(Math.max(zoom * factor, this.cy.minZoom()), this.cy.maxZoom());
    // Zoom about the middle of the view: the point there stays where it is.
    const [cx, cy] = [this.cy.width() / 2, this.cy.height() / 2];
    const ratio = level / zoom;
    this.move(
      { zoom: level, pan: { x: cx - (cx - pan.x) * ratio, y: cy - (cy - pan.y) * ratio } },
      150,
    );
  }

  panBy(dx: number, dy: number) {
    this.settle();
    const pan = this.cy.pan();
    const view = {
      zoom: this.cy.zoom(),
      pan: { x: pan.x + dx * this.cy.width(), y: pan.y + dy * this.cy.height() },
    };
    this.move(view, 150);
  }

  /** Shows this view at once, ending any move under way (Reset, a restored address). */
  jump(view: View) {
    this.move(view, 0);
  }

  /** Fits the models shown: the whole drawing when nothing is hidden, else their bounding box. */
  fit() {
    const shown = this.cy.nodes('.model').not('.hidden');
    const box = this.hidden.size === 0 || shown.empty() ? this.bounds : shown.boundingBox({});
    const view = fitting(box, this.cy.width(), this.cy.height());
    this.move(view, 200);
  }

  /**
   * Every change of view goes through here. A new move replaces the one under way rather than
   * queueing behind it: otherwise quick steps (a held arrow key on the year slider) could finish in
   * the wrong order and leave the view at a year the reader has already passed.
   */
  private move(view: View, duration: number) {
    this.cy.stop(true, false);
    if (duration > 0 && this.motion()) this.cy.animate(view, { duration, queue: false });
    else this.cy.viewport(view);
  }

  /** Ends a move under way at its destination, so that a move relative to the view starts from there. */
  private settle() {
    this.cy.stop(true, true);
  }

  /** The part of the drawing in view, in drawing units. */
  extent(): Box {
    const { x1, x2, y1, y2 } = this.cy.extent();
    return { x1, x2, y1, y2 };
  }

  /** After the first frame, adds the remaining models a batch at a time between frames, so the page stays responsive. */
  private async addLater(rest: TreeModel[]) {
    await new Promise((resolve) => this.cy.one('render', resolve));
    for (let i = 0; i < rest.length; i += BATCH) {
      await afterNextFrame();
      if (this.cy.destroyed()) return;
      this.cy.add(this.elementsFor(rest.slice(i, i + BATCH)));
    }
  }

  /** Nodes for these models and every edge that joins them to models already drawn, in their current state. */
  private elementsFor(models: readonly TreeModel[]): ElementDefinition[] {
    const result: ElementDefinition[] = [];
    for (const model of models) {
      this.added.add(model.slug);
      const orgs = model.organisations.map((slug) => this.organisations.get(slug) ?? slug);
      const classes = [
        'model',
        model.family,
        model.open ? 'open' : 'closed',
        model.inFigure1 ? '' : 'text-only',
        this.hidden.has(model.slug) ? 'hidden' : '',
        this.nodeState(model.slug),
      ];
      const lines = labelLines(model.name, this.large ? [] : orgs, this.separator);
      result.push({
        group: 'nodes',
        data: { id: model.slug, label: lines.join('\n') },
        position: { x: model.x, y: model.y },
        // A drag that starts on a model pans the view (at a readable zoom, models cover most of it).
        pannable: true,
        classes: classes.filter(Boolean).join(' '),
      });
      const edge = (source: string, target: string) => {
        const [parent, child] = [this.models.get(source)!, this.models.get(target)!];
        const bends = this.large ? undefined : segments(parent, child, route(parent, child));
        result.push({
          group: 'edges',
          data: {
            id: `${source}>${target}`,
            source,
            target,
            ...(bends && bends.weights.length > 0 ? bends : {}),
          },
          classes: [
            bends && bends.weights.length > 0 ? 'routed' : '',
            this.edgeState(source, target),
          ]
            .filter(Boolean)
            .join(' '),
        });
      };
      for (const parent of model.parents) if (this.added.has(parent)) edge(parent, model.slug);
      for (const child of this.children.get(model.slug) ?? [])
        if (this.added.has(child)) edge(model.slug, child);
    }
    return result;
  }

  private nodeState(slug: string): string {
    const { chosen, bright, fresh, cursor } = this.highlight;
    const classes: string[] = [];
    if (chosen.has(slug)) classes.push('chosen');
    else if (bright && !bright.has(slug)) classes.push('faded');
    if (bright && this.highlight.path && bright.has(slug)) classes.push('path');
    if (fresh.has(slug)) classes.push('fresh');
    if (cursor === slug) classes.push('cursor');
    return classes.join(' ');
  }

  private edgeState(source: string, target: string): string {
    const { bright, path } = this.highlight;
    if (!bright) return '';
    if (path) return path.has(`${source}>${target}`) ? 'path' : 'faded';
    return bright.has(source) && bright.has(target) ? 'lineage' : 'faded';
  }
}

function fitting(box: Box, width: number, height: number): View {
  const zoom = Math.min(
    (width - 2 * PADDING) / (box.x2 - box.x1),
    (height - 2 * PADDING) / (box.y2 - box.y1),
  );
  return {
    zoom,
    pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 },
  };
}

/**
 * Cytoscape adds a <style> element to the head unless one with its id exists; the CSP blocks
 * that (and logs a violation). Its one rule, `position: relative` on the container, is in our CSS.
 */
function preemptInjectedStylesheet() {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  document.head.append(h('meta', { id }));
}

/** The year bands: inert nodes behind the models (the year axis and branch headings are the page's, over the canvas). */
function bands(data: TreeData): ElementDefinition[] {
  const { x1, x2 } = extent(data);
  return data.bands.map((band, i) => ({
    group: 'nodes',
    data: { id: `band:${band.year}`, w: x2 - x1, h: band.bottom - band.top },
    position: { x: (x1 + x2) / 2, y: (band.top + band.bottom) / 2 },
    classes: i % 2 ? 'band alt' : 'band',
  }));
}
