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
import {
  CLAIM_KINDS,
  FAMILIES,
  PAPER_SECTIONS,
  REMARKS,
  type PaperSection,
  TASK_CATEGORIES,
  VERDICTS,
} from '../core/vocabulary';

/** Lower-case words joined by single hyphens (or a dot, for versions): `gpt-3`, `gpt-3.5`, `nlu-toxicity-gap`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(
    SLUG_PATTERN,
    'must be a slug: lower-case letters and digits joined by single hyphens or dots, e.g. "gpt-3"',
  );

const idList = (what: string) =>
  z
    .array(slug)
    .default([])
    .describe(`ids of ${what}, e.g. [${what === 'tasks' ? 'ner' : 'gpt-3'}]`);

const url = z.string().url('must be a full URL starting with https://');

const paperSections = [...PAPER_SECTIONS] as [PaperSection, ...PaperSection[]];
const remarkNumbers = Object.keys(REMARKS).map(Number);

/** Where in the paper a claim comes from: a section of the English original, and for a takeaway its box and point. */
export const provenanceSchema = z
  .object({
    section: z
      .enum(paperSections)
      .describe('the section of the paper\'s English original the claim comes from, e.g. "4.1.1"'),
    remark: z
      .number()
      .int()
      .refine((n) => remarkNumbers.includes(n), {
        message: `must be a takeaway box of the paper: ${remarkNumbers.join(', ')}`,
      })
      .optional()
      .describe('for a takeaway: the number of the paper\'s takeaway box ("Remark") it restates'),
    point: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('for a takeaway: which numbered point of that box (1 for a box with one point)'),
  })
  .strict();

/** A translation records which English text it translates (`npm run i18n:stamp`), so a later English edit shows it as stale. */
const translates = z
  .string()
  .regex(/^[0-9a-f]{8}$/, 'must be the 8-character stamp written by npm run i18n:stamp')
  .optional()
  .describe(
    'the stamp of the English it translates: run npm run i18n:stamp after checking the translation',
  );

const zhText = (what: string) =>
  z.string().trim().min(1).describe(`the ${what} in Simplified Chinese`);

export const claimSchema = z
  .object({
    id: slug.describe('unique across the whole guide; the card is anchored at #claim-<id>'),
    text: z
      .string()
      .trim()
      .min(
        1,
        'claim text is empty — write the claim so it stands alone: who wins, on what, by how much, and when',
      )
      .describe('the claim in one or two self-contained sentences, with its figures'),
    kind: z.enum(CLAIM_KINDS).describe(`the kind of claim: ${CLAIM_KINDS.join(', ')}`),
    verdict: z.enum(VERDICTS).describe(`which side the claim favours: ${VERDICTS.join(', ')}`),
    tasks: z
      .array(slug)
      .min(1, 'a claim needs at least one task — add tasks: [<task id>]')
      .describe('ids of the tasks the claim is about (files in content/tasks/)'),
    models: idList('models').describe(
      'ids of the models the claim names (files in content/models/)',
    ),
    datasets: idList('datasets').describe(
      'ids of the datasets or benchmarks the claim names (files in content/datasets/)',
    ),
    cites: idList('references').describe(
      'ids of the works the paper cites for this claim (entries in content/references.yaml)',
    ),
    paper: provenanceSchema.describe(
      'where in the paper the claim comes from: { section: "4.1.1" }, or { section, remark, point } for a takeaway',
    ),
  })
  .strict();

export const sectionSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1)
      .describe('the section title as shown in the sidebar and the page heading'),
    order: z.number().int().positive().describe('position in the paper: 1 for the first section'),
    summary: z
      .string()
      .trim()
      .min(1)
      .describe('one or two sentences, used as the page description'),
    claims: z.array(claimSchema).default([]).describe('the claims this section makes'),
  })
  .strict();

export const modelSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "GPT-3"'),
    aliases: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('other names readers search for, e.g. ["GPT3", "davinci"]'),
    year: z
      .number()
      .int()
      .min(1990)
      .max(2100)
      .describe('release year (of the paper or announcement)'),
    month: z.number().int().min(1).max(12).optional().describe('release month (1–12) where known'),
    family: z.enum(FAMILIES).describe(`branch of the evolution tree: ${FAMILIES.join(', ')}`),
    organisations: z
      .array(slug)
      .min(1, 'a model needs at least one organisation — add organisations: [<organisation id>]')
      .describe('ids of the organisations that released it (files in content/organisations/)'),
    open: z
      .boolean()
      .describe('true if the weights are openly released (filled square in Figure 1)'),
    parents: z.array(slug).default([]).describe('ids of the models it evolves from'),
    parameters: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('parameter count as published, e.g. "175B"'),
    paper: url.optional().describe('link to the paper or announcement'),
    inFigure1: z
      .boolean()
      .default(false)
      .describe("true if the model is drawn in the paper's evolution tree"),
    figureYear: z
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .describe('the year Figure 1 draws the model in, when that differs from its release year'),
    summary: z.string().trim().min(1).optional().describe('one sentence on what the model is'),
    zh: z
      .object({ summary: zhText('one-sentence summary').optional(), translates })
      .strict()
      .optional()
      .describe('the model in Simplified Chinese: { summary }'),
  })
  .strict();

export const organisationSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "Google"'),
    link: url.optional().describe('home page'),
    zh: z
      .object({
        name: zhText('name, where Chinese readers use a Chinese one').optional(),
        translates,
      })
      .strict()
      .optional()
      .describe("the organisation's Chinese name, where Chinese readers use one: { name }"),
  })
  .strict();

export const taskSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "Named entity recognition"'),
    aliases: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('abbreviations and other names, e.g. ["NER"]'),
    category: z.enum(TASK_CATEGORIES).describe(`the kind of task: ${TASK_CATEGORIES.join(', ')}`),
    summary: z
      .string()
      .trim()
      .min(1)
      .describe('what the task asks of a model, in a sentence or two'),
    zh: z
      .object({
        name: zhText('name'),
        aliases: z
          .array(z.string().trim().min(1))
          .default([])
          .describe('other Chinese names readers search for, e.g. ["实体识别"]'),
        summary: zhText('summary'),
        translates,
      })
      .strict()
      .optional()
      .describe('the task in Simplified Chinese: { name, aliases, summary }'),
  })
  .strict();

export const datasetSchema = z
  .object({
    name: z.string().trim().min(1).describe('display name, e.g. "CoNLL-2003"'),
    aliases: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('other spellings, e.g. ["CoNLL03"]'),
    tasks: z
      .array(slug)
      .min(1, 'a dataset needs at least one task — add tasks: [<task id>]')
      .describe('ids of the tasks it measures'),
    summary: z.string().trim().min(1).describe('what it measures, in a sentence or two'),
    link: url.optional().describe('home page or paper'),
    zh: z
      .object({
        name: zhText('name, where it has a Chinese one').optional(),
        summary: zhText('summary'),
        translates,
      })
      .strict()
      .optional()
      .describe(
        'the dataset in Simplified Chinese: { summary }, and { name } where it has a Chinese one',
      ),
  })
  .strict();

export const referenceSchema = z
  .object({
    id: slug.describe(
      'unique id cited by claims: first author\'s surname and year, e.g. "brown-2020"',
    ),
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('the number the paper gives this work in its reference list, e.g. 16'),
    title: z.string().trim().min(1).describe('title of the work'),
    authors: z.string().trim().min(1).describe('authors as "Surname et al." or a full list'),
    year: z.number().int().min(1900).max(2100).describe('year of publication'),
    venue: z.string().trim().min(1).optional().describe('journal, conference or "arXiv"'),
    link: url.describe('where to read it'),
  })
  .strict();

/** Table 1 of the paper: the two kinds of language model and their representative models. */
export const paperTableSchema = z
  .object({
    rows: z
      .array(
        z
          .object({
            kind: z
              .string()
              .trim()
              .min(1)
              .describe('the row\'s heading, e.g. "Encoder-decoder or encoder-only (BERT-style)"'),
            families: z
              .array(z.enum(FAMILIES))
              .min(1)
              .describe('the branches of Figure 1 the row covers'),
            training: z
              .string()
              .trim()
              .min(1)
              .describe('how the models are trained, e.g. "Masked language models"'),
            modelType: z.string().trim().min(1).describe('"Discriminative" or "Generative"'),
            pretrainingTask: z
              .string()
              .trim()
              .min(1)
              .describe('what pre-training asks, e.g. "Predict masked words"'),
            models: z
              .array(slug)
              .min(1)
              .describe("ids of the representative models, in the table's order"),
            zh: z
              .object({
                kind: zhText('row heading'),
                training: zhText('training'),
                modelType: zhText('model type'),
                pretrainingTask: zhText('pre-training task'),
                translates,
              })
              .strict()
              .optional()
              .describe("the row's words in Simplified Chinese"),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type PaperTable = z.infer<typeof paperTableSchema>;

/** A guide section in Chinese, `content/guide/zh/<section>.mdx`: the words only; the structure stays in the English file. */
export const zhSectionSchema = z
  .object({
    title: zhText('section title'),
    summary: zhText('section summary'),
    translates,
    claims: z
      .array(
        z
          .object({
            id: slug.describe('the id of the English claim this translates'),
            text: zhText('claim text'),
            translates,
          })
          .strict(),
      )
      .default([])
      .describe("the section's claims in Chinese, by the ids of the English claims"),
  })
  .strict();

export type ClaimInput = z.infer<typeof claimSchema>;
export type SectionInput = z.infer<typeof sectionSchema>;
export type ModelInput = z.infer<typeof modelSchema>;
export type OrganisationInput = z.infer<typeof organisationSchema>;
export type TaskInput = z.infer<typeof taskSchema>;
export type DatasetInput = z.infer<typeof datasetSchema>;
export type ReferenceInput = z.infer<typeof referenceSchema>;
export type ZhSectionInput = z.infer<typeof zhSectionSchema>;
