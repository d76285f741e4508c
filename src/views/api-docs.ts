/**
 * The APIs' field lists, read from the content schemas' own descriptions so the documentation
 * cannot drift from what the graph holds. Relation fields become edges and are left out.
 */
import { z } from 'astro/zod';
import { branchFields, questionSchema } from '../graph/decision-flow';
import {
  claimSchema,
  datasetSchema,
  modelSchema,
  organisationSchema,
  referenceSchema,
  sectionSchema,
  taskSchema,
} from '../graph/schema';
import { NODE_TYPES, type NodeType } from '../graph/types';
import type { Site } from '../pipeline/site';

const RELATIONS = new Set([
  'claims',
  'tasks',
  'models',
  'datasets',
  'cites',
  'parents',
  'organisations',
  'id',
]);

const SCHEMAS: Record<NodeType, z.AnyZodObject> = {
  section: sectionSchema,
  claim: claimSchema,
  model: modelSchema,
  organisation: organisationSchema,
  task: taskSchema,
  dataset: datasetSchema,
  reference: referenceSchema,
};

export interface FieldDoc {
  name: string;
  description: string;
  optional: boolean;
}

function fieldsOf(schema: z.AnyZodObject): FieldDoc[] {
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([name, field]) => ({
    name,
    description: field.description ?? '',
    optional: field.isOptional() && !(field instanceof z.ZodDefault),
  }));
}

/** Chinese words the build adds to sections and claims from the translated guide (not in their schemas). */
const TRANSLATED: Partial<Record<NodeType, FieldDoc>> = {
  section: {
    name: 'zh',
    description:
      'the section in Simplified Chinese: { title, summary }, from content/guide/zh/<section>.mdx',
    optional: true,
  },
  claim: {
    name: 'zh',
    description: "the claim in Simplified Chinese: { text }, from its section's Chinese file",
    optional: true,
  },
};

export function nodeFields(type: NodeType): FieldDoc[] {
  const translated = TRANSLATED[type];
  return [
    ...fieldsOf(SCHEMAS[type]).filter(({ name }) => !RELATIONS.has(name)),
    ...(translated ? [translated] : []),
  ];
}

/** Fields of a question of /api/decision-flow.json, and of its yes and no branches. */
export function decisionFlowFields(): { question: FieldDoc[]; branch: FieldDoc[] } {
  return {
    question: fieldsOf(questionSchema),
    branch: fieldsOf(branchFields).map((field) => ({ ...field, optional: true })),
  };
}

/** What /api/ shows of the real data: how many nodes of each type, and one node with its first edges. */
export function apiPage(site: Site) {
  const { graph } = site;
  const counts = Object.fromEntries(NODE_TYPES.map((type) => [type, graph.all(type).length]));
  const example = graph.all('model')[0] ?? graph.all('claim')[0];
  const exampleEdges = example
    ? graph.graph.edges.filter((e) => e.source === example.id).slice(0, 3)
    : [];
  return { counts, example, exampleEdges };
}
