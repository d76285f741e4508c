/**
 * Questions a reader asks of an evolution tree, answered over its parent links: how two models
 * are related (the path through their nearest common ancestor), which models are within a few
 * generations of one (focus), and where the arrow keys lead from a model. Pure and linear in the
 * models it visits, so the page and the tests run the same code at 60 or 16,000 models.
 */
import type { TreeModel } from './types';

type Node = Pick<TreeModel, 'slug' | 'parents' | 'family' | 'year' | 'x' | 'y'>;

export interface Lineage<M extends Node = Node> {
  models: ReadonlyMap<string, M>;
  children: ReadonlyMap<string, readonly string[]>;
}

export function lineageIndex<M extends Node>(models: readonly M[]): Lineage<M> {
  const bySlug = new Map(models.map((m) => [m.slug, m]));
  const children = new Map<string, string[]>();
  for (const model of models)
    for (const parent of model.parents) {
      if (!bySlug.has(parent)) continue;
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push(model.slug);
    }
  return { models: bySlug, children };
}

/** How two models are related: `a` climbs `up` to their nearest common ancestor, which descends `down` to `b`. */
export interface Relation {
  ancestor: string;
  /** From `a` to the ancestor, both included (just `[a]` when `a` is the ancestor). */
  up: string[];
  /** From the ancestor to `b`, both included. */
  down: string[];
}

/**
 * The shortest path between two models through a common ancestor, or undefined when they share
 * none. "Nearest" is fewest generations in all; a tie goes to the newer ancestor, then the slug.
 */
export function relate(lineage: Lineage, a: string, b: string): Relation | undefined {
  if (!lineage.models.has(a) || !lineage.models.has(b)) return undefined;
  const fromA = ancestorsByDistance(lineage, a);
  const fromB = ancestorsByDistance(lineage, b);
  let best: string | undefined;
  let bestCost = Infinity;
  for (const [slug, [distance]] of fromA) {
    const other = fromB.get(slug);
    if (!other) continue;
    const cost = distance + other[0];
    if (cost < bestCost || (cost === bestCost && newer(lineage, slug, best!))) {
      best = slug;
      bestCost = cost;
    }
  }
  if (best === undefined) return undefined;
  return { ancestor: best, up: pathTo(fromA, best).reverse(), down: pathTo(fromB, best) };
}

const newer = (lineage: Lineage, a: string, b: string) => {
  const [ma, mb] = [lineage.models.get(a)!, lineage.models.get(b)!];
  return ma.year > mb.year || (ma.year === mb.year && a < b);
};

/** Every ancestor of `start` (itself included) with its distance and the child it was reached from. */
function ancestorsByDistance(lineage: Lineage, start: string) {
  const seen = new Map<string, [number, string | undefined]>([[start, [0, undefined]]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const slug = queue[i]!;
    const distance = seen.get(slug)![0];
    for (const parent of lineage.models.get(slug)?.parents ?? []) {
      if (seen.has(parent) || !lineage.models.has(parent)) continue;
      seen.set(parent, [distance + 1, slug]);
      queue.push(parent);
    }
  }
  return seen;
}

/** The ancestor back down to where the search started: [ancestor, …, start]. */
function pathTo(found: Map<string, [number, string | undefined]>, ancestor: string): string[] {
  const path = [ancestor];
  for (let next = found.get(ancestor)![1]; next !== undefined; next = found.get(next)![1])
    path.push(next);
  return path;
}

/** Every model on a relation's path, in order from `a` to `b`. */
export const pathOf = (relation: Relation): string[] => [...relation.up, ...relation.down.slice(1)];

/** How far focus reaches: 1 or 2 generations each way, or the whole lineage. */
export type Depth = 1 | 2 | 'all';

/** A model with its ancestors and descendants up to `depth` generations away. */
export function within(lineage: Lineage, slug: string, depth: Depth): Set<string> {
  const result = new Set<string>();
  if (!lineage.models.has(slug)) return result;
  result.add(slug);
  const limit = depth === 'all' ? Infinity : depth;
  const walk = (next: (s: string) => readonly string[]) => {
    let frontier = [slug];
    for (let generation = 0; generation < limit && frontier.length > 0; generation++) {
      const following: string[] = [];
      for (const s of frontier)
        for (const other of next(s)) {
          if (result.has(other) || !lineage.models.has(other)) continue;
          result.add(other);
          following.push(other);
        }
      frontier = following;
    }
  };
  walk((s) => lineage.models.get(s)?.parents ?? []);
  walk((s) => lineage.children.get(s) ?? []);
  return result;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Where an arrow key leads from a model in the drawing: up to its (first shown) parent, down to
 * its first shown child, left and right to the nearest shown model of the same branch and year.
 * Undefined when there is nowhere to go that way.
 */
export function step(
  lineage: Lineage,
  slug: string,
  direction: Direction,
  shown: (slug: string) => boolean = () => true,
): string | undefined {
  const model = lineage.models.get(slug);
  if (!model) return undefined;
  const byPlace = (a: string, b: string) => {
    const [ma, mb] = [lineage.models.get(a)!, lineage.models.get(b)!];
    return ma.x - mb.x || mb.y - ma.y;
  };
  if (direction === 'up')
    return model.parents.filter((p) => lineage.models.has(p) && shown(p)).sort(byPlace)[0];
  if (direction === 'down')
    return (lineage.children.get(slug) ?? []).filter(shown).sort(byPlace)[0];
  // Same branch and year, in reading order: rows from the top, left to right.
  const cell = [...lineage.models.values()]
    .filter((m) => m.family === model.family && m.year === model.year && shown(m.slug))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const index = cell.findIndex((m) => m.slug === slug);
  return cell[index + (direction === 'right' ? 1 : -1)]?.slug;
}
