/**
 * How the drawing looks, from the page's theme colours. Each branch has a colour and a shape;
 * open weights are filled and closed ones hollow (as in Figure 1); models named only in the text
 * have a dashed border. The legend (src/components/tree/TreeLegend.astro) shows the same shapes.
 */
import type { StylesheetJson } from 'cytoscape';
import { FAMILIES, type Family } from '../../core/vocabulary';
import { LABEL_FONT } from '../../tree/label';
import { NODE_HEIGHT, NODE_WIDTH } from '../../tree/layout';
import { h } from '../dom';

export const SHAPE: Record<Family, 'rectangle' | 'barrel' | 'cut-rectangle' | 'round-rectangle'> = {
  'pre-transformer': 'rectangle',
  'encoder-only': 'barrel',
  'encoder-decoder': 'cut-rectangle',
  'decoder-only': 'round-rectangle',
};

export interface Colours {
  bg: string;
  bgRaised: string;
  fg: string;
  muted: string;
  highlight: string;
  /** The focus ring's colour (the accent), for where the arrow keys are. */
  focus: string;
  family: Record<Family, string>;
}

/** Theme colours resolved to real values: custom properties hold `light-dark()`, which only a property can resolve. */
export function readColours(host: HTMLElement): Colours {
  const names = [
    '--bg',
    '--bg-raised',
    '--fg',
    '--fg-muted',
    '--highlight',
    '--focus',
    ...FAMILIES.map((f) => `--family-${f}`),
  ];
  // One probe per colour, all read after a single style recalculation.
  const probes = names.map((name) => {
    const probe = h('span', { hidden: true });
    probe.style.color = `var(${name})`;
    return probe;
  });
  host.append(...probes);
  const [bg, bgRaised, fg, muted, highlight, focus, ...family] = probes.map(
    (probe) => getComputedStyle(probe).color,
  );
  for (const probe of probes) probe.remove();
  return {
    bg: bg!,
    bgRaised: bgRaised!,
    fg: fg!,
    muted: muted!,
    highlight: highlight!,
    focus: focus!,
    family: Object.fromEntries(FAMILIES.map((f, i) => [f, family[i]!])) as Record<Family, string>,
  };
}

export function treeStyle(c: Colours, large: boolean): StylesheetJson {
  return [
    {
      selector: 'node.model',
      style: {
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        label: 'data(label)',
        // Labels arrive fitted to the box, line by line (src/tree/label.ts): wrap only at those breaks.
        'text-wrap': large ? 'none' : 'wrap',
        'text-max-width': `${NODE_WIDTH}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': LABEL_FONT.size,
        'line-height': LABEL_FONT.lineHeight,
        'font-family': LABEL_FONT.family,
        'font-weight': LABEL_FONT.weight,
        'border-width': 2.5,
        'background-color': c.bg,
        color: c.fg,
        // Labels vanish when too small to read; at 16,000 models that also saves most of the drawing time.
        'min-zoomed-font-size': large ? 8 : 5,
        'z-index': 3,
      },
    },
    ...FAMILIES.map((f) => ({
      selector: `node.${f}`,
      style: { shape: SHAPE[f], 'border-color': c.family[f] },
    })),
    ...FAMILIES.map((f) => ({
      selector: `node.open.${f}`,
      style: { 'background-color': c.family[f], color: c.bg },
    })),
    { selector: 'node.text-only', style: { 'border-style': 'dashed', 'border-color': c.fg } },
    // New in the year time travel shows: a thick outline in the text colour.
    {
      selector: 'node.fresh',
      style: { 'border-width': 5, 'border-style': 'solid', 'border-color': c.fg },
    },
    {
      selector: 'node.chosen',
      style: { 'border-width': 5, 'border-color': c.highlight, 'z-index': 4 },
    },
    // Where the arrow keys are, in the drawing: a dashed ring outside the box.
    {
      selector: 'node.cursor',
      style: {
        'outline-width': 3,
        'outline-color': c.focus,
        'outline-offset': 5,
        'outline-style': 'dashed',
        'z-index': 4,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': c.muted,
        'curve-style': large ? 'haystack' : 'straight',
        'z-index': 2,
      },
    },
    // Edges along the build-time routes, through the clear lanes between models (src/tree/routes.ts).
    {
      selector: 'edge.routed',
      style: {
        'curve-style': 'segments',
        'edge-distances': 'node-position',
        'segment-weights': 'data(weights)',
        'segment-distances': 'data(distances)',
      },
    },
    { selector: 'edge.lineage, edge.path', style: { width: 3.5, 'line-color': c.highlight } },
    { selector: '.faded', style: { opacity: 0.16 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'node.band',
      style: {
        shape: 'rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': c.bgRaised,
        'border-width': 0,
        events: 'no',
        'z-index': 0,
      },
    },
    { selector: 'node.band.alt', style: { 'background-color': c.bg } },
    // Bands behind edges behind models: z-index must compare across nodes and edges.
    { selector: 'node, edge', style: { 'z-index-compare': 'manual' } },
  ] as StylesheetJson;
}
