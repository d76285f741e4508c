/**
 * Where each model sits in the evolution tree, computed from its data in linear time (no force
 * simulation, no sorting): x by branch (family), y by year and month, with time running upward
 * as in the paper's Figure 1.
 *
 * Each branch is a column of slots; each year is a horizontal band. A (branch, year) cell packs
 * its models into a grid, earliest month in the bottom row, left to right, so two models never
 * share a slot and no two nodes overlap at their real size. Rows line up across a band and slots
 * line up down a branch, so the gaps between them are clear lanes for the edges (routes.ts). A band is as tall as its fullest cell; a branch is as
 * wide as its densest year needs, so the tree keeps a readable, landscape-ish shape from 60 models
 * to 16,000.
 */
import { FAMILIES, type Family } from '../core/vocabulary';

/** A node's real size on the drawing (the client draws nodes at exactly this size). */
export const NODE_WIDTH = 136;
export const NODE_HEIGHT = 40;
/** One grid slot: the node plus the gap around it. */
export const SLOT_WIDTH = NODE_WIDTH + 20;
export const SLOT_HEIGHT = NODE_HEIGHT + 22;
/** Space between branches and at the top and bottom of each year band. */
export const BRANCH_GAP = 60;
export const BAND_PADDING = 16;
/** A year without models keeps a thin band, so the time axis stays even. */
const EMPTY_YEAR_ROWS = 0.4;
/** How much wider than tall a crowded cell should be (screens are landscape). */
const CELL_ASPECT = 2;

export interface LayoutInput {
  family: Family;
  year: number;
  /** 1–12; a model without a month is placed at the start of its year. */
  month?: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A year's horizontal band; `top` < `bottom` in screen coordinates, newer years higher up. */
export interface YearBand {
  year: number;
  top: number;
  bottom: number;
}

/** A branch's column; `left` < `right`. */
export interface Branch {
  family: Family;
  left: number;
  right: number;
}

export interface TreeLayout {
  /** The centre of each model's node, in the order of the input. */
  positions: Point[];
  /** Every year from the oldest to the newest model, empty years included, newest first. */
  bands: YearBand[];
  /** The four branches, left to right, in the schema's order (pre-transformer roots first). */
  branches: Branch[];
}

export function layoutTree(models: readonly LayoutInput[]): TreeLayout {
  if (models.length === 0)
    return { positions: [], bands: [], branches: branchesFor(FAMILIES.map(() => 1)) };

  let first = Infinity;
  let last = -Infinity;
  for (const m of models) {
    first = Math.min(first, m.year);
    last = Math.max(last, m.year);
  }
  const years = last - first + 1;
  const family = new Map(FAMILIES.map((f, i) => [f, i]));
  const cellOf = (m: LayoutInput) => (family.get(m.family) ?? 0) * years + (m.year - first);

  // How many models each (branch, year) cell holds, and so how many columns each branch needs.
  const cellSize = new Array<number>(FAMILIES.length * years).fill(0);
  for (const m of models) cellSize[cellOf(m)]! += 1;
  const columns = FAMILIES.map((_, f) => {
    let densest = 0;
    for (let y = 0; y < years; y++) densest = Math.max(densest, cellSize[f * years + y]!);
    return Math.max(1, Math.ceil(Math.sqrt((densest * CELL_ASPECT * SLOT_HEIGHT) / SLOT_WIDTH)));
  });
  const branches = branchesFor(columns);

  // Bands from the newest year down; each as tall as its fullest cell (an empty year is a thin band).
  const bands: YearBand[] = [];
  let cursor = 0;
  for (let y = years - 1; y >= 0; y--) {
    let rows = EMPTY_YEAR_ROWS;
    FAMILIES.forEach(
      (_, f) => (rows = Math.max(rows, Math.ceil(cellSize[f * years + y]! / columns[f]!))),
    );
    const top = cursor;
    cursor += rows * SLOT_HEIGHT + 2 * BAND_PADDING;
    bands.push({ year: first + y, top, bottom: cursor });
  }

  // Place models month by month (a counting sort: stable, linear), filling each cell's grid from the bottom row.
  const byMonth: number[][] = Array.from({ length: 13 }, () => []);
  models.forEach((m, i) => byMonth[m.month ?? 0]!.push(i));
  const placed = new Array<number>(cellSize.length).fill(0);
  const positions = new Array<Point>(models.length);
  for (const bucket of byMonth) {
    for (const i of bucket) {
      const m = models[i]!;
      const f = family.get(m.family) ?? 0;
      const cell = cellOf(m);
      const cols = columns[f]!;
      const index = placed[cell]!++;
      const row = Math.floor(index / cols);
      const band = bands[last - m.year]!;
      // Every model sits in a whole slot, so the slot boundaries stay clear from top to bottom: edges run there (routes.ts).
      positions[i] = {
        x: branches[f]!.left + ((index % cols) + 0.5) * SLOT_WIDTH,
        y: band.bottom - BAND_PADDING - (row + 0.5) * SLOT_HEIGHT,
      };
    }
  }
  return { positions, bands, branches };
}

function branchesFor(columns: number[]): Branch[] {
  let left = 0;
  return FAMILIES.map((family, f) => {
    const branch = { family, left, right: left + columns[f]! * SLOT_WIDTH };
    left = branch.right + BRANCH_GAP;
    return branch;
  });
}
