/**
 * Reading the graph: nodes by id and type, and neighbours along typed edges in either
 * direction. Each edge type knows the types of its ends (types.ts), so `out(id, 'involves')`
 * returns models and `in(id, 'in-section')` claims — callers never say what they expect.
 * Built once per graph; every lookup is a map access.
 */
import {
  type EdgeSource,
  type EdgeTarget,
  type EdgeType,
  type Graph,
  type GraphNode,
  type NodeOfType,
  type NodeType,
} from './types';

export class GraphIndex {
  private readonly byId = new Map<string, GraphNode>();
  private readonly byType = new Map<NodeType, GraphNode[]>();
  private readonly outgoing = new Map<string, Map<EdgeType, GraphNode[]>>();
  private readonly incoming = new Map<string, Map<EdgeType, GraphNode[]>>();

  constructor(readonly graph: Graph) {
    for (const node of graph.nodes) {
      this.byId.set(node.id, node);
      const list = this.byType.get(node.type) ?? [];
      list.push(node);
      this.byType.set(node.type, list);
    }
    for (const { source, target, type } of graph.edges) {
      const from = this.byId.get(source);
      const to = this.byId.get(target);
      if (!from || !to) continue;
      push(this.outgoing, source, type, to);
      push(this.incoming, target, type, from);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  nodeOf<T extends NodeType>(type: T, slug: string): NodeOfType<T> | undefined {
    const node = this.byId.get(`${type}:${slug}`);
    return node?.type === type ? (node as NodeOfType<T>) : undefined;
  }

  /** Every node of a type, in content order. */
  all<T extends NodeType>(type: T): readonly NodeOfType<T>[] {
    return (this.byType.get(type) ?? []) as NodeOfType<T>[];
  }

  /** Targets of `id`'s edges of this type, in content order, e.g. the tasks a claim addresses. */
  out<E extends EdgeType>(id: string, edge: E): readonly NodeOfType<EdgeTarget<E>>[] {
    // The builder only writes edges whose ends have the types EDGES declares.
    return (this.outgoing.get(id)?.get(edge) ?? []) as NodeOfType<EdgeTarget<E>>[];
  }

  /** Sources of edges of this type that point at `id`, in content order, e.g. the claims in a section. */
  in<E extends EdgeType>(id: string, edge: E): readonly NodeOfType<EdgeSource<E>>[] {
    return (this.incoming.get(id)?.get(edge) ?? []) as NodeOfType<EdgeSource<E>>[];
  }
}

function push(
  map: Map<string, Map<EdgeType, GraphNode[]>>,
  key: string,
  type: EdgeType,
  node: GraphNode,
) {
  let byType = map.get(key);
  if (!byType) map.set(key, (byType = new Map()));
  let list = byType.get(type);
  if (!list) byType.set(type, (list = []));
  list.push(node);
}
