/**
 * What a model page draws of the evolution tree: its ancestors generation by generation and its
 * descendants as a tree, each cut to a few generations and a few models per branch, so a page
 * stays small even for a model with thousands of descendants (the full picture is on /tree/).
 */
import type { GraphIndex } from '../graph/query';
import type { ModelNode } from '../graph/types';

export interface LineageLimits {
  /** Generations shown each way. */
  generations: number;
  /** Models shown per ancestor generation, and children shown per descendant. */
  breadth: number;
}

export const LINEAGE_LIMITS: LineageLimits = { generations: 4, breadth: 8 };

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
  ancestorCount: number;
  descendantCount: number;
}

const byDate = (a: ModelNode, b: ModelNode) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.name.localeCompare(b.name);

const parentsOf = (graph: GraphIndex, model: ModelNode) => graph.out<'model'>(model.id, 'evolves-from') as ModelNode[];
const childrenOf = (graph: GraphIndex, model: ModelNode) => (graph.in<'model'>(model.id, 'evolves-from') as ModelNode[]).slice().sort(byDate);

/** Every model reachable along `next`, not counting the start. */
function countReachable(start: ModelNode, next: (m: ModelNode) => ModelNode[]): number {
  const seen = new Set<string>([start.id]);
  const stack = [start];
  while (stack.length > 0) for (const m of next(stack.pop()!)) if (!seen.has(m.id)) seen.add(m.id) && stack.push(m);
  return seen.size - 1;
}

export function lineageOf(graph: GraphIndex, model: ModelNode, limits: LineageLimits = LINEAGE_LIMITS): Lineage {
  // Ancestors breadth first, each at its nearest generation.
  const seen = new Set<string>([model.id]);
  const generations: Generation[] = [];
  let frontier = [model];
  while (frontier.length > 0 && generations.length < limits.generations) {
    const next = frontier.flatMap((m) => parentsOf(graph, m)).filter((p) => !seen.has(p.id) && seen.add(p.id));
    if (next.length === 0) break;
    next.sort(byDate);
    generations.push({ models: next.slice(0, limits.breadth), more: Math.max(0, next.length - limits.breadth) });
    frontier = next;
  }
  const olderAncestors = frontier.some((m) => parentsOf(graph, m).some((p) => !seen.has(p.id)));

  // Descendants depth first; a model met twice (two parents in the line) is drawn once.
  const drawn = new Set<string>([model.id]);
  const grow = (parent: ModelNode, depth: number): { children: Descendant[]; more: number } => {
    const children = childrenOf(graph, parent).filter((c) => !drawn.has(c.id));
    if (depth >= limits.generations) return { children: [], more: children.length };
    const shown = children.slice(0, limits.breadth);
    shown.forEach((c) => drawn.add(c.id));
    return { children: shown.map((c) => ({ model: c, ...grow(c, depth + 1) })), more: children.length - shown.length };
  };
  const { children: descendants, more: moreChildren } = grow(model, 0);

  return {
    ancestors: generations.reverse(),
    olderAncestors,
    descendants,
    moreChildren,
    ancestorCount: countReachable(model, (m) => parentsOf(graph, m)),
    descendantCount: countReachable(model, (m) => graph.in<'model'>(m.id, 'evolves-from') as ModelNode[]),
  };
}

/** The organisation's other models nearest in time to this one, oldest first, and how many are left out. */
export function siblingsOf(graph: GraphIndex, model: ModelNode, organisationId: string, limit = 12): { models: ModelNode[]; more: number } {
  const when = (m: ModelNode) => m.year * 12 + (m.month ?? 6);
  const others = (graph.in<'model'>(organisationId, 'developed-by') as ModelNode[]).filter((m) => m.id !== model.id);
  const nearest = others.length <= limit ? others : others.slice().sort((a, b) => Math.abs(when(a) - when(model)) - Math.abs(when(b) - when(model))).slice(0, limit);
  return { models: nearest.sort(byDate), more: others.length - nearest.length };
}
