/**
 * The API's field list, read from the content schemas' own descriptions so the documentation
 * cannot drift from what the graph holds. Relation fields become edges and are left out.
 */
import { z } from 'astro/zod';
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

export function nodeFields(type: NodeType): FieldDoc[] {
  return Object.entries(SCHEMAS[type].shape as Record<string, z.ZodTypeAny>)
    .filter(([name]) => !RELATIONS.has(name))
    .map(([name, schema]) => ({ name, description: schema.description ?? '', optional: schema.isOptional() && !(schema instanceof z.ZodDefault) }));
}
