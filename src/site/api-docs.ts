/**
 * The APIs' field lists, read from the content schemas' own descriptions so the documentation
 * cannot drift from what the graph holds. Relation fields become edges and are left out.
 */
import { z } from 'astro/zod';
import { branchFields, questionSchema } from '../graph/decision-flow';
import { claimSchema, datasetSchema, modelSchema, organisationSchema, referenceSchema, sectionSchema, taskSchema } from '../graph/schema';
import type { NodeType } from '../graph/types';

const RELATIONS = new Set(['claims', 'tasks', 'models', 'datasets', 'cites', 'parents', 'organisations', 'id']);

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

export function nodeFields(type: NodeType): FieldDoc[] {
  return fieldsOf(SCHEMAS[type]).filter(({ name }) => !RELATIONS.has(name));
}

/** Fields of a question of /api/decision-flow.json, and of its yes and no branches. */
export function decisionFlowFields(): { question: FieldDoc[]; branch: FieldDoc[] } {
  return { question: fieldsOf(questionSchema), branch: fieldsOf(branchFields).map((field) => ({ ...field, optional: true })) };
}
