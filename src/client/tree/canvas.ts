/**
 * The drawing: Cytoscape with the build-time positions (`preset` layout, canvas renderer), plus
 * the year bands and branch names as inert nodes behind the models. It knows nothing of URLs or
 * forms; <model-tree> tells it what to show and listens for taps.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { TreeData } from '../../tree/types';
import { FAMILY } from '../../site/labels';
import { treeStyle, type Colours } from './style';

/** Above this many models, edges are drawn as straight "haystack" lines: much cheaper than routed ones. */
const LARGE = 2000;
const PADDING = 30;
/** Zoom at which labels are comfortable to read; selecting from the list zooms in at least this far. */
const READABLE_ZOOM = 0.8;

export class TreeCanvas {
  readonly cy: Core;
  private chosen?: NodeSingular;
  private readonly large: boolean;

  constructor(container: HTMLElement, data: TreeData, colours: Colours, names: ReadonlyMap<string, string>) {
    preemptInjectedStylesheet();
    this.large = data.models.length > LARGE;
    this.cy = cytoscape({
      container,
      elements: elements(data, names),
      layout: { name: 'preset', fit: true, padding: PADDING },
      style: treeStyle(colours, this.large),
      autounselectify: true,
      boxSelectionEnabled: false,
      autoungrabify: true,
      minZoom: 0.02,
      maxZoom: 3,
      pixelRatio: 'auto',
    });
    this.cy.on('mouseover', 'node.model', () => container.classList.add('pointing'));
    this.cy.on('mouseout', 'node.model', () => container.classList.remove('pointing'));
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

  /** Hides the models the filters leave out (their edges go with them). */
  showOnly(visible: ReadonlySet<string>) {
    this.cy.batch(() => {
      this.cy.nodes('.model').forEach((node) => {
        if (visible.has(node.id())) node.removeClass('hidden');
        else node.addClass('hidden');
      });
    });
  }

  /** Marks one model chosen, keeps its ancestors and descendants bright and fades the rest. */
  choose(slug: string | undefined) {
    const node = slug ? this.cy.getElementById(slug) : undefined;
    this.cy.batch(() => {
      this.chosen?.removeClass('chosen');
      this.cy.elements('.faded, .lineage').removeClass('faded lineage');
      this.chosen = node && node.nonempty() ? node : undefined;
      if (!this.chosen) return;
      this.chosen.addClass('chosen');
      const lineage = this.chosen.predecessors().union(this.chosen.successors()).union(this.chosen);
      lineage.edges().addClass('lineage');
      this.cy.elements('node.model, edge').difference(lineage).addClass('faded');
    });
  }

  /** Brings a model to the middle of the view, zooming in far enough to read it. */
  centre(slug: string, animate: boolean) {
    const node = this.cy.getElementById(slug);
    if (node.empty()) return;
    const zoom = Math.max(this.cy.zoom(), READABLE_ZOOM);
    const { width, height } = { width: this.cy.width(), height: this.cy.height() };
    const { x, y } = node.position();
    const pan = { x: width / 2 - x * zoom, y: height / 2 - y * zoom };
    if (animate) this.cy.animate({ zoom, pan }, { duration: 250 });
    else this.cy.viewport({ zoom, pan });
  }

  zoomBy(factor: number) {
    const zoom = this.cy.zoom() * factor;
    this.cy.animate({ zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } }, { duration: 150 });
  }

  panBy(dx: number, dy: number) {
    this.cy.animate({ panBy: { x: dx * this.cy.width(), y: dy * this.cy.height() } }, { duration: 150 });
  }

  fit() {
    const shown = this.cy.nodes('.model').not('.hidden');
    this.cy.animate({ fit: { eles: shown.nonempty() ? shown : this.cy.nodes('.model'), padding: PADDING } }, { duration: 200 });
  }

  /** The current view as a PNG, twice the screen's resolution. */
  png(background: string): Blob {
    return this.cy.png({ output: 'blob', bg: background, full: false, scale: 2 });
  }
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

function elements(data: TreeData, names: ReadonlyMap<string, string>): ElementDefinition[] {
  const organisations = new Map(data.organisations.map((o) => [o.slug, o.name]));
  const left = (data.branches[0]?.left ?? 0) - 120;
  const right = (data.branches.at(-1)?.right ?? 0) + 40;
  const top = data.bands[0]?.top ?? 0;
  const result: ElementDefinition[] = [];
  data.bands.forEach((band, i) => {
    const middle = (band.top + band.bottom) / 2;
    result.push({
      group: 'nodes',
      data: { id: `band:${band.year}`, w: right - left, h: band.bottom - band.top },
      position: { x: (left + right) / 2, y: middle },
      classes: i % 2 ? 'band alt' : 'band',
      selectable: false,
    });
    result.push({ group: 'nodes', data: { id: `year:${band.year}`, label: String(band.year) }, position: { x: left + 90, y: middle }, classes: 'axis year' });
  });
  for (const branch of data.branches) {
    result.push({
      group: 'nodes',
      data: { id: `branch:${branch.family}`, label: FAMILY[branch.family] },
      position: { x: (branch.left + branch.right) / 2, y: top - 36 },
      classes: 'axis branch',
    });
  }
  for (const model of data.models) {
    const by = model.organisations.map((slug) => organisations.get(slug) ?? slug).join(', ');
    result.push({
      group: 'nodes',
      data: { id: model.slug, label: `${clip(model.name, 20)}\n${clip(by, 22)}` },
      position: { x: model.x, y: model.y },
      classes: ['model', model.family, model.open ? 'open' : 'closed', model.inFigure1 ? '' : 'text-only'].join(' '),
    });
  }
  for (const model of data.models) {
    for (const parent of model.parents) {
      if (names.has(parent)) result.push({ group: 'edges', data: { id: `${parent}>${model.slug}`, source: parent, target: model.slug } });
    }
  }
  return result;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
