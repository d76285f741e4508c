/**
 * The tree as SVG markup, from the build-time layout: the same boxes, labels, routes and bands
 * the canvas draws. Pure string building, used twice:
 *
 * - on the page, rendered at build time (TreeDrawing.astro): the first frame, drawn before any
 *   script, at the canvas's opening view, with every model a link. Colours come from the page's
 *   CSS through classes (no inline styles: the page's CSP forbids them);
 * - in the browser, for the SVG and PNG exports: a standalone document with its colours written
 *   in, a title, the legend and the source line, in the tree's state (filters, selection, year).
 */
import { FAMILIES, type Family } from '../core/vocabulary';
import { NODE_HEIGHT, NODE_WIDTH, type Branch, type YearBand } from './layout';
import { LABEL_FONT, textWidth } from './label';
import { pathData, route } from './routes';
import type { TreeModel } from './types';
import { AXIS_WIDTH, HEADER_HEIGHT, type Focus } from './view';

const [W, H] = [NODE_WIDTH / 2, NODE_HEIGHT / 2];
const BARREL = { w: Math.min(100, 0.25 * NODE_WIDTH), h: Math.min(15, 0.05 * NODE_HEIGHT) };
const CUT = 8;
const ROUND = Math.min(NODE_WIDTH / 4, NODE_HEIGHT / 4, 8);

/** Each branch's box outline, centred on 0,0, as Cytoscape draws its node shapes (style.ts). */
export const SHAPE_PATH: Record<Family, string> = {
  'pre-transformer': `M${-W} ${-H}H${W}V${H}H${-W}Z`,
  'encoder-only': `M${-W} ${-H + BARREL.h}V${H - BARREL.h}Q${-W + 0.05 * BARREL.w} ${H} ${-W + BARREL.w} ${H}H${W - BARREL.w}Q${W - 0.05 * BARREL.w} ${H} ${W} ${H - BARREL.h}V${-H + BARREL.h}Q${W - 0.05 * BARREL.w} ${-H} ${W - BARREL.w} ${-H}H${-W + BARREL.w}Q${-W + 0.05 * BARREL.w} ${-H} ${-W} ${-H + BARREL.h}Z`,
  'encoder-decoder': `M${-W + CUT} ${-H}H${W - CUT}L${W} ${-H + CUT}V${H - CUT}L${W - CUT} ${H}H${-W + CUT}L${-W} ${H - CUT}V${-H + CUT}Z`,
  'decoder-only': `M${-W + ROUND} ${-H}H${W - ROUND}Q${W} ${-H} ${W} ${-H + ROUND}V${H - ROUND}Q${W} ${H} ${W - ROUND} ${H}H${-W + ROUND}Q${-W} ${H} ${-W} ${H - ROUND}V${-H + ROUND}Q${-W} ${-H} ${-W + ROUND} ${-H}Z`,
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (value: number) => String(Math.round(value * 10) / 10);

/** What the drawing needs of the tree. */
export interface Drawable {
  models: readonly Pick<
    TreeModel,
    'slug' | 'family' | 'open' | 'inFigure1' | 'parents' | 'x' | 'y' | 'url' | 'year'
  >[];
  bands: readonly YearBand[];
  branches: readonly Branch[];
}

/** The drawing's full extent (bands included), in drawing units. */
export function extent(tree: Pick<Drawable, 'bands' | 'branches'>) {
  return {
    x1: (tree.branches[0]?.left ?? 0) - 120,
    x2: (tree.branches.at(-1)?.right ?? 0) + 120,
    y1: (tree.bands[0]?.top ?? 0) - 60,
    y2: tree.bands.at(-1)?.bottom ?? 0,
  };
}

export interface Look {
  /** A model's label lines. */
  lines: (slug: string) => readonly string[];
  /** Extra classes of a model's box and its edges ('hidden' leaves it out). */
  state?: (slug: string) => string;
  edgeState?: (parent: string, child: string) => string;
  /** Export only: colours written into the drawing, since it travels without the page's CSS. */
  paint?: Paint;
  /** Page only: each model is a link to its page. */
  links?: boolean;
}

export interface Paint {
  bg: string;
  band: string;
  fg: string;
  muted: string;
  highlight: string;
  family: Record<Family, string>;
}

function label(lines: readonly string[], fill?: string): string {
  const colour = fill ? ` fill="${fill}"` : '';
  const step = LABEL_FONT.size * LABEL_FONT.lineHeight;
  return lines
    .map(
      (line, i) =>
        `<text y="${n((i - (lines.length - 1) / 2) * step)}"${colour}>${escape(line)}</text>`,
    )
    .join('');
}

/** Bands, edges and boxes, in drawing units (the caller places and scales them). */
export function drawingMarkup(tree: Drawable, look: Look): string {
  const { x1, x2 } = extent(tree);
  const paint = look.paint;
  const state = look.state ?? (() => '');
  const edgeState = look.edgeState ?? (() => '');
  const bySlug = new Map(tree.models.map((m) => [m.slug, m]));
  const out: string[] = [];
  out.push('<g class="bands">');
  tree.bands.forEach((band, i) => {
    const fill = paint ? ` fill="${i % 2 ? paint.bg : paint.band}"` : '';
    out.push(
      `<rect class="band${i % 2 ? ' alt' : ''}" x="${n(x1)}" y="${n(band.top)}" width="${n(x2 - x1)}" height="${n(band.bottom - band.top)}"${fill}/>`,
    );
  });
  out.push('</g>');

  const edges: string[] = [];
  const highlighted: string[] = [];
  for (const child of tree.models) {
    if (state(child.slug).includes('hidden')) continue;
    for (const slug of child.parents) {
      const parent = bySlug.get(slug);
      if (!parent || state(slug).includes('hidden')) continue;
      const extra = edgeState(slug, child.slug);
      const lit = /lineage|path/.test(extra);
      const stroke = paint
        ? ` fill="none" stroke="${lit ? paint.highlight : paint.muted}" stroke-width="${lit ? 3.5 : 2}"${extra.includes('faded') ? ' opacity="0.16"' : ''}`
        : '';
      (lit ? highlighted : edges).push(
        `<path class="edge${extra ? ` ${extra}` : ''}" d="${pathData(route(parent, child))}"${stroke}/>`,
      );
    }
  }
  out.push(`<g class="edges">${edges.join('')}${highlighted.join('')}</g>`);

  out.push('<g class="models">');
  for (const model of tree.models) {
    const extra = state(model.slug);
    if (extra.includes('hidden')) continue;
    const classes = [
      'model',
      model.family,
      model.open ? 'open' : 'closed',
      model.inFigure1 ? '' : 'text-only',
      extra,
    ]
      .filter(Boolean)
      .join(' ');
    const at = `transform="translate(${n(model.x)} ${n(model.y)})"`;
    // On the page each box is a reference to its branch's shape (defined once in the first frame).
    let shape = `<use href="#tree-shape-${model.family}"/>`;
    let textFill: string | undefined;
    if (paint) {
      const colour = paint.family[model.family];
      const chosen = extra.includes('chosen');
      const stroke = chosen ? paint.highlight : model.inFigure1 ? colour : paint.fg;
      const width = chosen ? 5 : extra.includes('fresh') ? 5 : 2.5;
      const dash = model.inFigure1 ? '' : ' stroke-dasharray="6 4"';
      shape = `<path d="${SHAPE_PATH[model.family]}" fill="${model.open ? colour : paint.bg}" stroke="${stroke}" stroke-width="${width}"${dash}/>`;
      textFill = model.open ? paint.bg : paint.fg;
    }
    const lines = label(look.lines(model.slug), textFill);
    const faded = paint && extra.includes('faded') ? ' opacity="0.16"' : '';
    out.push(
      look.links
        ? `<a class="${classes}" href="${escape(model.url)}" data-slug="${escape(model.slug)}" tabindex="-1" ${at}>${shape}${lines}</a>`
        : `<g class="${classes}" ${at}${faded}>${shape}${lines}</g>`,
    );
  }
  out.push('</g>');
  return out.join('');
}

/**
 * The page's first frame: the drawing at the opening view (placed by a nested SVG offset by a
 * percentage of the width, so it needs no script to know the width), with the branch headings and
 * year axis on top.
 */
export function firstFrame(
  tree: Drawable,
  focus: Focus,
  look: Look,
  names: { branch: (family: Family) => string },
): string {
  const z = focus.zoom;
  const dx = -focus.x * z;
  const dy = HEADER_HEIGHT - focus.top * z;
  const font = `font-family="${LABEL_FONT.family}" font-weight="${LABEL_FONT.weight}" font-size="${LABEL_FONT.size}" text-anchor="middle" dominant-baseline="central"`;
  const years = tree.bands
    .map(
      (b) =>
        `<text x="${AXIS_WIDTH / 2}" y="${n(((b.top + b.bottom) / 2) * z)}" data-year="${b.year}" data-middle="${n((b.top + b.bottom) / 2)}">${b.year}</text>`,
    )
    .join('');
  const heads = tree.branches
    .map(
      (b) =>
        `<text x="${n(((b.left + b.right) / 2) * z)}" y="${HEADER_HEIGHT / 2}" data-left="${n(b.left)}" data-right="${n(b.right)}">${escape(names.branch(b.family))}</text>`,
    )
    .join('');
  const shapes = FAMILIES.map(
    (family) => `<path id="tree-shape-${family}" d="${SHAPE_PATH[family]}"/>`,
  ).join('');
  return [
    `<defs>${shapes}</defs>`,
    `<svg x="${focus.align * 100}%" overflow="visible" class="world" data-ref="world"><g transform="translate(${n(dx)} ${n(dy)}) scale(${z})" ${font}>`,
    drawingMarkup(tree, look),
    '</g></svg>',
    `<g class="axis" aria-hidden="true" font-family="${LABEL_FONT.family}" font-weight="700" text-anchor="middle" dominant-baseline="central">`,
    `<rect class="axis-bg" x="0" y="0" width="100%" height="${HEADER_HEIGHT}"/>`,
    `<rect class="axis-bg" x="0" y="0" width="${AXIS_WIDTH}" height="100%"/>`,
    `<svg x="${focus.align * 100}%" overflow="visible" data-ref="heads-frame"><g data-ref="heads" transform="translate(${n(dx)} 0)" font-size="14">${heads}</g></svg>`,
    `<g data-ref="years" transform="translate(0 ${n(dy)})" font-size="13">${years}</g>`,
    '</g>',
  ].join('');
}

export interface ExportWords {
  title: string;
  subtitle: string;
  source: string;
  branch: (family: Family) => string;
  legend: { open: string; closed: string; dashed: string };
}

/** A standalone SVG document of a region of the drawing, with title, legend and source line. */
export function exportDocument(
  tree: Drawable,
  look: Look & { paint: Paint },
  region: { x1: number; y1: number; x2: number; y2: number },
  words: ExportWords,
): { svg: string; width: number; height: number } {
  const paint = look.paint;
  const margin = 24;
  const top = 124;
  const bottom = 44;
  const width = Math.ceil(region.x2 - region.x1 + 2 * margin + AXIS_WIDTH);
  const height = Math.ceil(region.y2 - region.y1 + top + bottom);
  const font = `font-family="${LABEL_FONT.family}"`;
  const legendItems: string[] = [];
  let x = margin;
  const swatch = (family: Family, open: boolean, dashed: boolean, text: string) => {
    const colour = paint.family[family];
    legendItems.push(
      `<g transform="translate(${x + 16} 78) scale(0.22)"><path d="${SHAPE_PATH[family]}" fill="${open ? colour : paint.bg}" stroke="${dashed ? paint.fg : colour}" stroke-width="9"${dashed ? ' stroke-dasharray="20 12"' : ''}/></g>`,
      `<text x="${x + 36}" y="78" font-size="13" dominant-baseline="central" fill="${paint.fg}">${escape(text)}</text>`,
    );
    x += 52 + Math.ceil(textWidth(text, 13));
  };
  for (const family of FAMILIES) swatch(family, true, false, words.branch(family));
  swatch('decoder-only', true, false, words.legend.open);
  swatch('decoder-only', false, false, words.legend.closed);
  swatch('decoder-only', true, true, words.legend.dashed);
  const finalWidth = Math.max(width, x + margin);
  const dx = margin + AXIS_WIDTH - region.x1;
  const dy = top - region.y1;
  const years = tree.bands
    .filter((b) => b.bottom > region.y1 && b.top < region.y2)
    .map(
      (b) =>
        `<text x="${margin + AXIS_WIDTH / 2}" y="${n(Math.min(Math.max((b.top + b.bottom) / 2, region.y1 + 10), region.y2 - 10) + dy)}" font-size="14" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="${paint.muted}">${b.year}</text>`,
    )
    .join('');
  const heads = tree.branches
    .filter((b) => b.right > region.x1 && b.left < region.x2)
    .map(
      (b) =>
        `<text x="${n((Math.max(b.left, region.x1) + Math.min(b.right, region.x2)) / 2 + dx)}" y="${top - 10}" font-size="15" font-weight="700" text-anchor="middle" fill="${paint.muted}">${escape(words.branch(b.family))}</text>`,
    )
    .join('');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${finalWidth}" height="${height}" viewBox="0 0 ${finalWidth} ${height}" ${font}>`,
    `<title>${escape(words.title)}</title>`,
    `<rect width="100%" height="100%" fill="${paint.bg}"/>`,
    `<text x="${margin}" y="34" font-size="24" font-weight="700" fill="${paint.fg}">${escape(words.title)}</text>`,
    `<text x="${margin}" y="56" font-size="14" fill="${paint.muted}">${escape(words.subtitle)}</text>`,
    legendItems.join(''),
    `<svg x="${margin + AXIS_WIDTH}" y="${top}" width="${n(region.x2 - region.x1)}" height="${n(region.y2 - region.y1)}" viewBox="${n(region.x1)} ${n(region.y1)} ${n(region.x2 - region.x1)} ${n(region.y2 - region.y1)}">`,
    `<g font-weight="${LABEL_FONT.weight}" font-size="${LABEL_FONT.size}" text-anchor="middle" dominant-baseline="central">`,
    drawingMarkup(tree, look),
    '</g></svg>',
    heads,
    years,
    `<text x="${margin}" y="${height - 16}" font-size="12" fill="${paint.muted}">${escape(words.source)}</text>`,
    '</svg>',
  ].join('');
  return { svg, width: finalWidth, height };
}
