/**
 * Where each edge runs: an orthogonal route from a parent's top to a child's bottom through the
 * layout's clear lanes only, so no edge passes behind a model it does not join. Rows line up
 * across a year band and slots line up down a branch (layout.ts), so the line between two rows
 * is clear across the whole drawing and the line between two slots is clear from top to bottom.
 *
 *   child ▢          up into the child from the lane below its row,
 *         └──┐       along that lane from the child's slot boundary,
 *            │       up the slot boundary beside the child (a clear vertical lane),
 *   ┌────────┘       along the lane above the parent's row,
 *   ▢ parent         up out of the parent's top.
 *
 * Pure and constant-time per edge: the browser and the build compute the same routes.
 */
import { NODE_HEIGHT, SLOT_HEIGHT, SLOT_WIDTH, type Point } from './layout';

/** The points of an edge from the parent's top to the child's bottom (or top, in the same row). */
export function route(parent: Point, child: Point): Point[] {
  const start = { x: parent.x, y: parent.y - NODE_HEIGHT / 2 };
  const above = parent.y - SLOT_HEIGHT / 2;
  if (child.y === parent.y)
    // Side by side in one row: over the top, into the child from above.
    return [
      start,
      { x: parent.x, y: above },
      { x: child.x, y: above },
      { x: child.x, y: child.y - NODE_HEIGHT / 2 },
    ];
  const end = { x: child.x, y: child.y + NODE_HEIGHT / 2 };
  const below = child.y + SLOT_HEIGHT / 2;
  if (Math.abs(below - above) < 1) {
    if (child.x === parent.x) return [start, end];
    return [start, { x: parent.x, y: above }, { x: child.x, y: above }, end];
  }
  // The slot boundary on the parent's side of the child, so the route bends as little as it can.
  const lane = child.x + (parent.x > child.x ? SLOT_WIDTH / 2 : -SLOT_WIDTH / 2);
  return [
    start,
    { x: parent.x, y: above },
    { x: lane, y: above },
    { x: lane, y: below },
    { x: child.x, y: below },
    end,
  ];
}

/**
 * A route's bends as Cytoscape's `segments` edge wants them, relative to the line between the two
 * node centres (`edge-distances: node-position`): how far along it (weight) and how far to its
 * side (distance) each bend is.
 */
export function segments(
  parent: Point,
  child: Point,
  points: readonly Point[],
): { weights: number[]; distances: number[] } {
  const [dx, dy] = [child.x - parent.x, child.y - parent.y];
  const length2 = dx * dx + dy * dy;
  const length = Math.sqrt(length2);
  const weights: number[] = [];
  const distances: number[] = [];
  for (const p of points.slice(1, -1)) {
    const [px, py] = [p.x - parent.x, p.y - parent.y];
    weights.push((px * dx + py * dy) / length2);
    // Along Cytoscape's normal to the source-to-target direction, (-dy, dx).
    distances.push((py * dx - px * dy) / length);
  }
  return { weights, distances };
}

/** An SVG path through the points, as short as it can be written (the page ships it). */
export const pathData = (points: readonly Point[]): string =>
  points
    .map((p, i) => {
      const before = points[i - 1];
      if (i === 0 || !before) return `M${round(p.x)} ${round(p.y)}`;
      if (before.x === p.x) return `V${round(p.y)}`;
      if (before.y === p.y) return `H${round(p.x)}`;
      return `L${round(p.x)} ${round(p.y)}`;
    })
    .join('');

const round = (n: number) => Math.round(n * 10) / 10;
