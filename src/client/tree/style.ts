/**
 * How the drawing looks, from the page's theme colours. Each branch has a colour and a shape;
 * open weights are filled and closed ones hollow (as in Figure 1); models named only in the text
 * have a dashed border. The legend (src/components/tree/TreeLegend.astro) shows the same shapes.
 */
import type { StylesheetJson } from 'cytoscape';
import { FAMILIES, type Family } from '../../graph/vocabulary';
import { NODE_HEIGHT, NODE_WIDTH } from '../../tree/layout';

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
  focus: string;
  family: Record<Family, string>;
}

/** Theme colours resolved to real values: custom properties hold `light-dark()`, which only a property can resolve. */
export function readColours(host: HTMLElement): Colours {
  const names = ['--bg', '--bg-raised', '--fg', '--fg-muted', '--focus', ...FAMILIES.map((f) => `--family-${f}`)];
  // One probe per colour, all read after a single style recalculation.
  const probes = names.map((name) => {
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.style.color = `var(${name})`;
    return probe;
  });
  host.append(...probes);
  const [bg, bgRaised, fg, muted, focus, ...family] = probes.map((probe) => getComputedStyle(probe).color);
  for (const probe of probes) probe.remove();
  return {
    bg: bg!,
    bgRaised: bgRaised!,
    fg: fg!,
    muted: muted!,
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
        'text-wrap': large ? 'none' : 'wrap',
        'text-max-width': `${NODE_WIDTH - 12}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': 12,
        'line-height': 1.2,
        'font-family': 'system-ui, sans-serif',
        'font-weight': 600,
        'border-width': 2.5,
        'background-color': c.bg,
        color: c.fg,
        // Labels vanish when too small to read; at 16,000 models that also saves most of the drawing time.
        'min-zoomed-font-size': large ? 8 : 5,
        'z-index': 3,
      },
    },
    ...FAMILIES.map((f) => ({ selector: `node.${f}`, style: { shape: SHAPE[f], 'border-color': c.family[f] } })),
    ...FAMILIES.map((f) => ({ selector: `node.open.${f}`, style: { 'background-color': c.family[f], color: c.bg } })),
    { selector: 'node.text-only', style: { 'border-style': 'dashed', 'border-color': c.fg } },
    { selector: 'node.chosen', style: { 'border-width': 5, 'border-color': c.focus, 'z-index': 4 } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': c.muted,
        'curve-style': large ? 'haystack' : 'taxi',
        'taxi-direction': 'upward',
        'taxi-turn': '40%',
        'z-index': 2,
      },
    },
    { selector: 'edge.lineage', style: { width: 3.5, 'line-color': c.focus } },
    { selector: '.faded', style: { opacity: 0.16 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'node.band',
      style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)', 'background-color': c.bgRaised, 'border-width': 0, events: 'no', 'z-index': 0 },
    },
    { selector: 'node.band.alt', style: { 'background-color': c.bg } },
    {
      selector: 'node.axis',
      style: {
        label: 'data(label)',
        'background-opacity': 0,
        'border-width': 0,
        width: 1,
        height: 1,
        color: c.muted,
        'font-weight': 700,
        'text-valign': 'center',
        events: 'no',
        'z-index': 1,
      },
    },
    { selector: 'node.axis.year', style: { 'font-size': 24, 'text-halign': 'left' } },
    { selector: 'node.axis.year.end', style: { 'text-halign': 'right' } },
    { selector: 'node.axis.branch', style: { 'font-size': 22, 'text-halign': 'center' } },
    // Bands behind edges behind models: z-index must compare across nodes and edges.
    { selector: 'node, edge', style: { 'z-index-compare': 'manual' } },
  ] as StylesheetJson;
}
