/**
 * The graph's public shape: what `/api/graph.json` contains and what every page reads.
 * Ids are `type:slug`. Relations live only in edges, so each fact is stated once.
 */
import type { ClaimKind, Family, TaskCategory, Verdict } from './schema';

export const NODE_TYPES = ['section', 'claim', 'model', 'organisation', 'task', 'dataset', 'reference'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Edge types, each named for what the source says of the target. */
export const EDGE_TYPES = {
  'in-section': 'claim → section: the section that makes the claim',
  addresses: 'claim → task: a task the claim is about',
  involves: 'claim → model: a model the claim names',
  'uses-dataset': 'claim → dataset: a dataset or benchmark the claim names',
  cites: 'claim → reference: a work the paper cites for the claim',
  'evolves-from': 'model → model: the child evolves from the parent',
  'developed-by': 'model → organisation: who released the model',
  measures: 'dataset → task: a task the dataset measures',
} as const;
export type EdgeType = keyof typeof EDGE_TYPES;

interface NodeBase<T extends NodeType> {
  /** `type:slug`, e.g. `model:gpt-3`. */
  id: string;
  type: T;
  slug: string;
  label: string;
  /** The page that shows the node (with the site's base path), for types that have one. */
  url?: string;
}

export interface SectionNode extends NodeBase<'section'> {
  title: string;
  order: number;
  summary: string;
}
export interface ClaimNode extends NodeBase<'claim'> {
  text: string;
  kind: ClaimKind;
  verdict: Verdict;
}
export interface ModelNode extends NodeBase<'model'> {
  name: string;
  aliases: string[];
  year: number;
  month?: number;
  family: Family;
  open: boolean;
  parameters?: string;
  paper?: string;
  inFigure1: boolean;
  summary?: string;
}
export interface OrganisationNode extends NodeBase<'organisation'> {
  name: string;
  link?: string;
}
export interface TaskNode extends NodeBase<'task'> {
  name: string;
  aliases: string[];
  category: TaskCategory;
  summary: string;
}
export interface DatasetNode extends NodeBase<'dataset'> {
  name: string;
  aliases: string[];
  summary: string;
  link?: string;
}
export interface ReferenceNode extends NodeBase<'reference'> {
  number?: number;
  title: string;
  authors: string;
  year: number;
  venue?: string;
  link: string;
}

export type GraphNode = SectionNode | ClaimNode | ModelNode | OrganisationNode | TaskNode | DatasetNode | ReferenceNode;
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
