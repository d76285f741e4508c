/**
 * What a model page draws of the evolution tree: its ancestors generation by generation and its
 * descendants as a tree, cut to a few generations, a few children per model and a few dozen
 * models in all, so a page stays small even for a model with thousands of descendants (the full
 * picture is on /tree/). Every walk here is bounded, so building 16,000 model pages stays linear.
 */
import { byDate } from '../core/dates';
import type { GraphIndex } from '../graph/query';
import type { ModelNode } from '../graph/types';

export interface LineageLimits {
  /** Generations shown each way. */
  generations: number;
  /** Models shown per ancestor generation, and children shown per descendant. */
  breadth: number;
  /** Descendants drawn in all. */
  descendants: number;
  /** Relatives counted for the caption; beyond it the count reads "at least". */
  count: number;
}

export const LINEAGE_LIMITS: LineageLimits = {
  generations: 4,
  breadth: 8,
  descendants: 30,
  count: 1000,
};

export interface Generation {
  /** Models of this generation shown, oldest first. */
  models: ModelNode[];
  /** Models of this generation left out. */
  more: number;
}

export interface Descendant {
  model: ModelNode;
  children: Descendant[];
  /** Children (and their lines) left out. */
  more: number;
}

export interface Lineage {
  /** Oldest generation first; the last one holds the parents. */
  ancestors: Generation[];
  /** True if older generations exist beyond those shown. */
  olderAncestors: boolean;
  descendants: Descendant[];
  /** Children of the model left out. */
  moreChildren: number;
  /** All ancestors and descendants, each counted up to `limits.count`. */
  ancestorCount: number;
  descendantCount: number;
}

const parentsOf = (graph: GraphIndex, model: ModelNode) => graph.out(model.id, 'evolves-from');
const childrenOf = (graph: GraphIndex, model: ModelNode) => graph.in(model.id, 'evolves-from');

/** Models reachable along `next`, not counting the start, counted up to `cap`. */
function countReachable(
  start: ModelNode,
  next: (m: ModelNode) => readonly ModelNode[],
  cap: number,
): number {
  const seen = new Set<string>([start.id]);
  const stack = [start];
  while (stack.length > 0 && seen.size <= cap) {
    for (const m of next(stack.pop()!)) {
      if (!seen.has(m.id)) {
        seen.add(m.id);
        stack.push(m);
      }
    }
  }
  return Math.min(seen.size - 1, cap);
}

export function lineageOf(
  graph: GraphIndex,
  model: ModelNode,
  limits: LineageLimits = LINEAGE_LIMITS,
): Lineage {
  // Ancestors breadth first, each at its nearest generation.
  const seen = new Set<string>([model.id]);
  const generations: Generation[] = [];
  let frontier = [model];
  while (frontier.length > 0 && generations.length < limits.generations) {
    const next = frontier
      .flatMap((m) => parentsOf(graph, m))
      .filter((p) => !seen.has(p.id) && seen.add(p.id));
    if (next.length === 0) break;
    next.sort(byDate);
    generations.push({
      models: next.slice(0, limits.breadth),
      more: Math.max(0, next.length - limits.breadth),
    });
    frontier = next.slice(0, limits.breadth);
  }
  const olderAncestors = frontier.some((m) => parentsOf(graph, m).some((p) => !seen.has(p.id)));

  // Descendants breadth first, so a large family shows its nearest generations; a model met
  // twice (two parents in the line) is drawn once.
  const root: Descendant = { model, children: [], more: 0 };
  const drawn = new Set<string>([model.id]);
  let budget = limits.descendants;
  let level = [root];
  for (let depth = 0; level.length > 0; depth++) {
    const nextLevel: Descendant[] = [];
    for (const parent of level) {
      const children = childrenOf(graph, parent.model)
        .filter((c) => !drawn.has(c.id))
        .sort(byDate);
      const room = depth < limits.generations ? Math.min(limits.breadth, budget) : 0;
      for (const child of children.slice(0, room)) {
        drawn.add(child.id);
        const node = { model: child, children: [], more: 0 };
        parent.children.push(node);
        nextLevel.push(node);
      }
      budget -= Math.min(room, children.length);
      parent.more = children.length - Math.min(room, children.length);
    }
    level = nextLevel;
  }

  return {
    ancestors: generations.reverse(),
    olderAncestors,
    descendants: root.children,
    moreChildren: root.more,
    ancestorCount: countReachable(model, (m) => parentsOf(graph, m), limits.count),
    descendantCount: countReachable(model, (m) => childrenOf(graph, m), limits.count),
  };
}

interface Timeline {
  models: ModelNode[];
  position: Map<string, number>;
}

// Each organisation's models in date order, sorted once per graph rather than once per page.
const timelines = new WeakMap<GraphIndex, Map<string, Timeline>>();

function timelineOf(graph: GraphIndex, organisationId: string): Timeline {
  let byOrganisation = timelines.get(graph);
  if (!byOrganisation) timelines.set(graph, (byOrganisation = new Map()));
  let timeline = byOrganisation.get(organisationId);
  if (!timeline) {
    const models = [...graph.in(organisationId, 'developed-by')].sort(byDate);
    timeline = { models, position: new Map(models.map((m, i) => [m.id, i])) };
    byOrganisation.set(organisationId, timeline);
  }
  return timeline;
}

/** The organisation's other models nearest in time to this one (up to `limit`), oldest first, and how many are left out. */
export function siblingsOf(
  graph: GraphIndex,
  model: ModelNode,
  organisationId: string,
  limit = 12,
): { models: ModelNode[]; more: number } {
  const { models: timeline, position } = timelineOf(graph, organisationId);
  const at = position.get(model.id) ?? -1;
  const others = timeline.length - 1;
  if (others <= limit) return { models: timeline.filter((m) => m !== model), more: 0 };
  // Widen a window around the model, taking whichever side is nearer in time each step.
  const when = (m: ModelNode) => m.year * 12 + (m.month ?? 6);
  let before = at - 1;
  let after = at + 1;
  while (after - before - 2 < limit) {
    const takeBefore =
      after >= timeline.length ||
      (before >= 0 &&
        when(model) - when(timeline[before]!) <= when(timeline[after]!) - when(model));
    if (takeBefore) before--;
    else after++;
  }
  return {
    models: [...timeline.slice(before + 1, at), ...timeline.slice(at + 1, after)],
    more: others - limit,
  };
}
