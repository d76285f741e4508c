/**
 * Reading the graph: nodes by id and type, and neighbours along typed edges in either
 * direction. Built once per graph; every lookup is a map access.
 */
import type { EdgeType, Graph, GraphNode, NodeOfType, NodeType } from './types';

export class GraphIndex {
  private readonly byId = new Map<string, GraphNode>();
  private readonly byType = new Map<NodeType, GraphNode[]>();
  private readonly outgoing = new Map<string, Map<EdgeType, string[]>>();
  private readonly incoming = new Map<string, Map<EdgeType, string[]>>();

  constructor(readonly graph: Graph) {
    for (const node of graph.nodes) {
      this.byId.set(node.id, node);
      const list = this.byType.get(node.type) ?? [];
      list.push(node);
      this.byType.set(node.type, list);
    }
    for (const { source, target, type } of graph.edges) {
      push(this.outgoing, source, type, target);
      push(this.incoming, target, type, source);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  nodeOf<T extends NodeType>(type: T, slug: string): NodeOfType<T> | undefined {
    return this.byId.get(`${type}:${slug}`) as NodeOfType<T> | undefined;
  }

  all<T extends NodeType>(type: T): NodeOfType<T>[] {
    return (this.byType.get(type) ?? []) as NodeOfType<T>[];
  }

  /** Targets of `id`'s edges of this type, in content order, e.g. the tasks a claim addresses. */
  out<T extends NodeType>(id: string, edge: EdgeType): NodeOfType<T>[] {
    return this.resolve<T>(this.outgoing.get(id)?.get(edge));
  }

  /** Sources of edges of this type that point at `id`, e.g. the claims in a section. */
  in<T extends NodeType>(id: string, edge: EdgeType): NodeOfType<T>[] {
    return this.resolve<T>(this.incoming.get(id)?.get(edge));
  }

  private resolve<T extends NodeType>(ids: string[] | undefined): NodeOfType<T>[] {
    return (ids ?? []).flatMap((id) => {
      const node = this.byId.get(id);
      return node ? [node as NodeOfType<T>] : [];
    });
  }
}

function push(map: Map<string, Map<EdgeType, string[]>>, key: string, type: EdgeType, value: string) {
  const byType = map.get(key) ?? new Map<EdgeType, string[]>();
  const list = byType.get(type) ?? [];
  list.push(value);
  byType.set(type, list);
  map.set(key, byType);
}
