/**
 * The graph's public shape: what `/api/graph.json` contains and what every page reads.
 * Ids are `type:slug`. Relations live only in edges, so each fact is stated once. Node fields
 * derive from the content schemas (schema.ts), minus the relations that became edges.
 */
import type {
  ClaimInput,
  DatasetInput,
  ModelInput,
  OrganisationInput,
  ReferenceInput,
  SectionInput,
  TaskInput,
} from './schema';

export const NODE_TYPES = [
  'section',
  'claim',
  'model',
  'organisation',
  'task',
  'dataset',
  'reference',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Edge types, each named for what the source says of the target, with the types of their ends. */
export const EDGES = {
  'in-section': { from: 'claim', to: 'section', meaning: 'the section that makes the claim' },
  addresses: { from: 'claim', to: 'task', meaning: 'a task the claim is about' },
  involves: { from: 'claim', to: 'model', meaning: 'a model the claim names' },
  'uses-dataset': {
    from: 'claim',
    to: 'dataset',
    meaning: 'a dataset or benchmark the claim names',
  },
  cites: { from: 'claim', to: 'reference', meaning: 'a work the paper cites for the claim' },
  'evolves-from': { from: 'model', to: 'model', meaning: 'the child evolves from the parent' },
  'developed-by': { from: 'model', to: 'organisation', meaning: 'who released the model' },
  measures: { from: 'dataset', to: 'task', meaning: 'a task the dataset measures' },
} as const satisfies Record<string, { from: NodeType; to: NodeType; meaning: string }>;
export type EdgeType = keyof typeof EDGES;
/** The type of node an edge of type `E` starts from, and the type it points at. */
export type EdgeSource<E extends EdgeType> = (typeof EDGES)[E]['from'];
export type EdgeTarget<E extends EdgeType> = (typeof EDGES)[E]['to'];

/** Edge types as documented on /api/: "claim → task: a task the claim is about". */
export const EDGE_TYPES = Object.fromEntries(
  Object.entries(EDGES).map(([type, { from, to, meaning }]) => [
    type,
    `${from} → ${to}: ${meaning}`,
  ]),
) as Record<EdgeType, string>;

interface NodeBase<T extends NodeType> {
  /** `type:slug`, e.g. `model:gpt-3`. */
  id: string;
  type: T;
  slug: string;
  label: string;
  /** The page that shows the node (with the site's base path), for types that have one. */
  url?: string;
}

/** A node's Chinese words as published: the content's `zh` block without its translation stamp. */
type Words<T> = T extends { zh?: infer Z } ? { zh?: Omit<NonNullable<Z>, 'translates'> } : object;

export type SectionNode = NodeBase<'section'> &
  Omit<SectionInput, 'claims'> & {
    /** The section's words in Chinese, from content/guide/zh/<slug>.mdx. */
    zh?: { title: string; summary: string };
  };
export type ClaimNode = NodeBase<'claim'> &
  Pick<ClaimInput, 'text' | 'kind' | 'verdict' | 'paper'> & {
    /** The claim's text in Chinese, from its section's Chinese file. */
    zh?: { text: string };
  };
export type ModelNode = NodeBase<'model'> &
  Omit<ModelInput, 'organisations' | 'parents' | 'zh'> &
  Words<ModelInput>;
export type OrganisationNode = NodeBase<'organisation'> &
  Omit<OrganisationInput, 'zh'> &
  Words<OrganisationInput>;
export type TaskNode = NodeBase<'task'> & Omit<TaskInput, 'zh'> & Words<TaskInput>;
export type DatasetNode = NodeBase<'dataset'> &
  Omit<DatasetInput, 'tasks' | 'zh'> &
  Words<DatasetInput>;
export type ReferenceNode = NodeBase<'reference'> & Omit<ReferenceInput, 'id'>;

export type GraphNode =
  SectionNode | ClaimNode | ModelNode | OrganisationNode | TaskNode | DatasetNode | ReferenceNode;
export type NodeOfType<T extends NodeType> = Extract<GraphNode, { type: T }>;

export interface GraphEdge {
  source: string;
  target: string;
  type: EdgeType;
}

export interface Graph {
  /** Bumped when the contract changes in a way that breaks readers. */
  version: 1;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
