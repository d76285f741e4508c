/**
 * The content model: one zod schema per kind of node an author writes.
 *
 * This is an ordinary module (no Astro runtime) so that the graph builder, the Astro
 * content collections and the tests all validate against exactly the same rules.
 * Zod comes from `astro/zod`: a bare `zod` import would resolve to another major version.
 * Objects are `.strict()` so that a misspelt field (`dataset:` for `datasets:`) is an
 * error rather than silently ignored.
 */
import { z } from 'astro/zod';
import { CLAIM_KINDS, FAMILIES, TASK_CATEGORIES, VERDICTS } from './vocabulary';

/** Lower-case words joined by single hyphens (or a dot, for versions): `gpt-3`, `gpt-3.5`, `nlu-toxicity-gap`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be a slug: lower-case letters and digits joined by single hyphens or dots, e.g. "gpt-3"');

const idList = (what: string) =>
  z.array(slug).default([]).describe(`ids of ${what}, e.g. [${what === 'tasks' ? 'ner' : 'gpt-3'}]`);

const url = z.string().url('must be a full URL starting with https://');

export * from './vocabulary';

export const claimSchema = z
  .object({
    id: slug.describe('unique across the whole guide; the card is anchored at #claim-<id>'),
    text: z
      .string()
      .trim()
      .min(1, 'claim text is empty — write the claim so it stands alone: who wins, on what, by how much, and when')
      .describe('the claim in one or two self-contained sentences, with its figures'),
    kind: z.enum(CLAIM_KINDS).describe('takeaway, use-case, non-use-case or observation'),
    verdict: z.enum(VERDICTS).describe('which side the claim favours: llm, fine-tuned, comparable or depends'),
    tasks: z
      .array(slug)
      .min(1, 'a claim needs at least one task — add tasks: [<task id>]')
      .describe('ids of the tasks the claim is about (files in content/tasks/)'),
    models: idList('models').describe('ids of the models the claim names (files in content/models/)'),
    datasets: idList('datasets').describe('ids of the datasets or benchmarks the claim names (files in content/datasets/)'),
    cites: idList('references').describe('ids of the works the paper cites for this claim (entries in content/references.yaml)'),
  })
  .strict();

export const sectionSchema = z
  .object({
    title: z.string().trim().min(1).describe('the section title as shown in the sidebar and the page heading'),
    order: z.number().int().positive().describe('position in the paper: 1 for the first section'),
    summary: z.string().trim().min(1).describe('one or two sentences, used as the page description'),
    claims: z.array(claimSchema).default([]).describe('the claims this section makes'),
  })
  .strict();

export const modelSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "GPT-3"'),
    aliases: z.array(z.string().trim().min(1)).default([]).describe('other names readers search for, e.g. ["GPT3", "davinci"]'),
    year: z.number().int().min(1990).max(2100).describe('release year as drawn in Figure 1'),
    month: z.number().int().min(1).max(12).optional().describe('release month (1–12) where known'),
    family: z.enum(FAMILIES).describe('branch of the evolution tree'),
    organisations: z
      .array(slug)
      .min(1, 'a model needs at least one organisation — add organisations: [<organisation id>]')
      .describe('ids of the organisations that released it (files in content/organisations/)'),
    open: z.boolean().describe('true if the weights are openly released (filled square in Figure 1)'),
    parents: z.array(slug).default([]).describe('ids of the models it evolves from'),
    parameters: z.string().trim().min(1).optional().describe('parameter count as published, e.g. "175B"'),
    paper: url.optional().describe('link to the paper or announcement'),
    inFigure1: z.boolean().default(false).describe('true if the model is drawn in the paper\'s evolution tree'),
    summary: z.string().trim().min(1).optional().describe('one sentence on what the model is'),
  })
  .strict();

export const organisationSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "Google"'),
    link: url.optional().describe('home page'),
  })
  .strict();

export const taskSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "Named entity recognition"'),
    aliases: z.array(z.string().trim().min(1)).default([]).describe('abbreviations and other names, e.g. ["NER"]'),
    category: z.enum(TASK_CATEGORIES).describe('nlu, nlg, knowledge, reasoning, misc or real-world'),
    summary: z.string().trim().min(1).describe('what the task asks of a model, in a sentence or two'),
  })
  .strict();

export const datasetSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "CoNLL-2003"'),
    aliases: z.array(z.string().trim().min(1)).default([]).describe('other spellings, e.g. ["CoNLL03"]'),
    tasks: z.array(slug).min(1, 'a dataset needs at least one task — add tasks: [<task id>]').describe('ids of the tasks it measures'),
    summary: z.string().trim().min(1).describe('what it measures, in a sentence or two'),
    link: url.optional().describe('home page or paper'),
  })
  .strict();

export const referenceSchema = z
  .object({
    id: slug.describe('unique id cited by claims: first author\'s surname and year, e.g. "brown-2020"'),
    number: z.number().int().positive().optional().describe('the number the paper gives this work in its reference list, e.g. 16'),
    title: z.string().trim().min(1).describe('title of the work'),
    authors: z.string().trim().min(1).describe('authors as "Surname et al." or a full list'),
    year: z.number().int().min(1900).max(2100).describe('year of publication'),
    venue: z.string().trim().min(1).optional().describe('journal, conference or "arXiv"'),
    link: url.describe('where to read it'),
  })
  .strict();

export type ClaimInput = z.infer<typeof claimSchema>;
export type SectionInput = z.infer<typeof sectionSchema>;
export type ModelInput = z.infer<typeof modelSchema>;
export type OrganisationInput = z.infer<typeof organisationSchema>;
export type TaskInput = z.infer<typeof taskSchema>;
export type DatasetInput = z.infer<typeof datasetSchema>;
export type ReferenceInput = z.infer<typeof referenceSchema>;
