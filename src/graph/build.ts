/**
 * The graph builder: content files in, a validated, resolved graph out.
 *
 * Pure (no file system, no Astro), so the CLI, the site and the tests share it. It reports
 * every problem of a run at once, each with file, field and fix, and returns a graph only
 * when there are none.
 */
import type { z } from 'astro/zod';
import { didYouMean, type ContentError, type DataPath } from './errors';
import { checkDecisionFlow, type DecisionFlow } from './decision-flow';
import { checkLineage } from './lineage';
import { claimUrl, pageUrl } from './routes';
import {
  referenceSchema,
  datasetSchema,
  modelSchema,
  organisationSchema,
  SLUG_PATTERN,
  sectionSchema,
  taskSchema,
  paperTableSchema,
  type PaperTable,
  zhSectionSchema,
  type DatasetInput,
  type ModelInput,
  type OrganisationInput,
  type ReferenceInput,
  type SectionInput,
  type TaskInput,
} from './schema';
import { REMARKS } from '../core/vocabulary';
import { checkLinks, type GuideBody } from './links';
import {
  checkSectionTranslations,
  entityStatus,
  type SectionTranslation,
  type TranslationStatus,
} from './translations';
import { errorAt, mdxBody, parseMdxFrontmatter, parseYamlFile, type SourceFile } from './source';
import type { EdgeType, Graph, GraphEdge, GraphNode, NodeType } from './types';
import { validate, validateSection } from './validate';

/** A file of the content tree; `path` is relative to the content folder, with `/` separators. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface BuildOptions {
  /** The site's base path, prefixed to every `url`. */
  base?: string;
  /** How the content folder is named in messages. */
  root?: string;
}

export interface BuildResult {
  graph?: Graph;
  /** Figure 2's decision flow, when the content has one. */
  decisionFlow?: DecisionFlow;
  /** Table 1 of the paper, when the content has it. */
  table1?: PaperTable;
  /** How much of the content has Chinese words, and how much of it is stale. */
  translations?: TranslationStatus;
  errors: ContentError[];
}

/** One validated file (or one entry of the bibliography) and where it came from. */
interface Entry<T> {
  slug: string;
  source: SourceFile;
  /** Path of this entry inside its file: empty for a whole file, `[i]` for a bibliography entry. */
  at: DataPath;
  value: T;
  /** For a section whose frontmatter has errors: where each of its valid claims stands in the file. */
  claimPositions?: number[];
}

const FOLDERS = {
  guide: { type: 'section', extension: '.mdx', schema: sectionSchema },
  models: { type: 'model', extension: '.yaml', schema: modelSchema },
  organisations: { type: 'organisation', extension: '.yaml', schema: organisationSchema },
  tasks: { type: 'task', extension: '.yaml', schema: taskSchema },
  datasets: { type: 'dataset', extension: '.yaml', schema: datasetSchema },
} as const;
type Folder = keyof typeof FOLDERS;
const BIBLIOGRAPHY = 'references.yaml';
const DECISION_FLOW = 'decision-flow.yaml';
const TABLE_1 = 'table-1.yaml';

interface Parsed {
  sections: Entry<SectionInput>[];
  models: Entry<ModelInput>[];
  organisations: Entry<OrganisationInput>[];
  tasks: Entry<TaskInput>[];
  datasets: Entry<DatasetInput>[];
  references: Entry<ReferenceInput>[];
  decisionFlow?: SourceFile;
  table1?: SourceFile;
  /** The prose of every guide page, English and translated, for the link check. */
  bodies: GuideBody[];
  /** The Chinese section files that validated. */
  zhSections: SectionTranslation[];
  /** Every id that exists, valid or not, so that one invalid file does not make its id "unknown" everywhere. */
  ids: Record<
    'section' | 'claim' | 'model' | 'organisation' | 'task' | 'dataset' | 'reference',
    Set<string>
  >;
}

function parseFiles(files: readonly ContentFile[], root: string, errors: ContentError[]): Parsed {
  const ids = () => new Set<string>();
  const parsed: Parsed = {
    sections: [],
    models: [],
    organisations: [],
    tasks: [],
    datasets: [],
    references: [],
    bodies: [],
    zhSections: [],
    ids: {
      section: ids(),
      claim: ids(),
      model: ids(),
      organisation: ids(),
      task: ids(),
      dataset: ids(),
      reference: ids(),
    },
  };
  let sawBibliography = false;
  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const file = `${root}/${path}`;
    const name = path.split('/').at(-1) ?? path;
    if (name.startsWith('.') || name === 'README.md') continue;

    if (path === TABLE_1) {
      const { source, errors: parseErrors } = parseYamlFile(file, text);
      errors.push(...parseErrors);
      parsed.table1 = source;
      continue;
    }

    if (path === DECISION_FLOW) {
      const { source, errors: parseErrors } = parseYamlFile(file, text);
      errors.push(...parseErrors);
      parsed.decisionFlow = source;
      continue;
    }

    if (path === BIBLIOGRAPHY) {
      sawBibliography = true;
      const { source, errors: parseErrors } = parseYamlFile(file, text);
      errors.push(...parseErrors);
      if (!source) continue;
      if (!Array.isArray(source.data)) {
        errors.push(
          errorAt(
            source,
            [],
            'the bibliography must be a list of references',
            'start each reference with "- id: <id>"',
          ),
        );
        continue;
      }
      // Entries are checked one by one so that one bad entry does not hide the ids of the others.
      source.data.forEach((raw: unknown, i) => {
        const rawId = (raw as { id?: unknown } | null)?.id;
        if (typeof rawId === 'string') parsed.ids.reference.add(rawId);
        const { value, errors: schemaErrors } = validate(referenceSchema, source, [i]);
        errors.push(...schemaErrors);
        if (value) parsed.references.push({ slug: value.id, source, at: [i], value });
      });
      continue;
    }

    // Chinese sections are validated here; the Chinese edition reads them (see zhSectionSchema).
    if (/^guide\/zh\/[^/]+\.mdx$/.test(path)) {
      const body = mdxBody(text);
      parsed.bodies.push({ file, section: name.slice(0, -4), lang: 'zh', ...body });
      const { source, errors: parseErrors } = parseMdxFrontmatter(file, text);
      errors.push(...parseErrors);
      if (!source) continue;
      const { value, errors: schemaErrors } = validate(zhSectionSchema, source);
      errors.push(...schemaErrors);
      if (value)
        parsed.zhSections.push({ slug: name.slice(0, -4), source, value, body: body.text });
      continue;
    }

    const [folder, ...rest] = path.split('/');
    const kind = folder && folder in FOLDERS ? FOLDERS[folder as Folder] : undefined;
    if (!kind || rest.length !== 1 || !name.endsWith(kind.extension)) {
      const expected = kind
        ? `one ${kind.extension} file per ${kind.type}, directly in ${root}/${folder}/`
        : `guide/*.mdx, models/*.yaml, organisations/*.yaml, tasks/*.yaml, datasets/*.yaml, ${BIBLIOGRAPHY}, ${DECISION_FLOW} or ${TABLE_1}`;
      errors.push({
        file,
        path: '',
        message: 'unexpected file in the content folder',
        hint: `the content folder holds ${expected}`,
      });
      continue;
    }
    const slug = name.slice(0, -kind.extension.length);
    if (!SLUG_PATTERN.test(slug)) {
      errors.push({
        file,
        path: '',
        message: `file name "${slug}" is not a valid id`,
        hint: `rename it to a slug such as "${slug
          .toLowerCase()
          .replace(/[^a-z0-9.]+/g, '-')
          .replace(/^-|-$/g, '')}${kind.extension}"`,
      });
      continue;
    }
    parsed.ids[kind.type].add(slug);
    if (kind.type === 'section')
      parsed.bodies.push({ file, section: slug, lang: 'en', ...mdxBody(text) });
    const { source, errors: parseErrors } =
      kind.extension === '.mdx' ? parseMdxFrontmatter(file, text) : parseYamlFile(file, text);
    errors.push(...parseErrors);
    if (!source) continue;
    if (kind.type === 'section') {
      const rawClaims = (source.data as { claims?: unknown } | null)?.claims;
      if (Array.isArray(rawClaims))
        for (const claim of rawClaims)
          if (typeof claim?.id === 'string') parsed.ids.claim.add(claim.id);
    }
    const checked: { value?: unknown; errors: ContentError[]; claimPositions?: number[] } =
      kind.type === 'section'
        ? validateSection(source)
        : validate(kind.schema as z.ZodTypeAny, source);
    const { value, errors: schemaErrors, claimPositions } = checked;
    errors.push(...schemaErrors);
    if (value)
      (
        parsed[
          folder === 'guide' ? 'sections' : (folder as Exclude<Folder, 'guide'>)
        ] as Entry<unknown>[]
      ).push({ slug, source, at: [], value, claimPositions });
  }
  if (!sawBibliography) {
    errors.push({
      file: `${root}/${BIBLIOGRAPHY}`,
      path: '',
      message: 'the bibliography is missing',
      hint: 'create it as a YAML list of references (it may be an empty list: [])',
    });
  }
  return parsed;
}

/** Reports ids that more than one entry claims, naming where the first one is. */
function checkUnique<T>(
  items: Array<{ key: string; entry: Entry<T>; path: DataPath }>,
  what: string,
  errors: ContentError[],
) {
  const first = new Map<string, { entry: Entry<T>; path: DataPath }>();
  for (const item of items) {
    const earlier = first.get(item.key);
    if (!earlier) {
      first.set(item.key, item);
      continue;
    }
    const line = earlier.entry.source.locate(earlier.path)?.line;
    const there = `${earlier.entry.source.file}${line ? `:${line}` : ''}`;
    errors.push(
      errorAt(
        item.entry.source,
        item.path,
        `duplicate ${what} "${item.key}"`,
        `it is already used at ${there}; give one of them another ${what}`,
      ),
    );
  }
}

const truncate = (text: string, max = 100) =>
  text.length <= max
    ? text
    : `${text.slice(0, text.lastIndexOf(' ', max - 1) > 40 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`;

/** Orders errors by file, then line, so an author can work down the list. */
function sortByPlace(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

const withoutStamp = ({ translates: _, ...words }: { translates?: string }) => words;

export function buildGraph(files: readonly ContentFile[], options: BuildOptions = {}): BuildResult {
  const base = options.base ?? '/';
  const errors: ContentError[] = [];
  const parsed = parseFiles(files, options.root ?? 'content', errors);
  const { sections, models, organisations, tasks, datasets, references } = parsed;

  const claims = sections.flatMap((section) =>
    section.value.claims.map((claim, i) => {
      const index = section.claimPositions?.[i] ?? i;
      return {
        key: claim.id,
        entry: section,
        path: ['claims', index, 'id'] as DataPath,
        claim,
        index,
      };
    }),
  );
  checkUnique(claims, 'claim id', errors);
  checkUnique(
    references.map((r) => ({ key: r.slug, entry: r, path: [...r.at, 'id'] })),
    'reference id',
    errors,
  );
  checkUnique(
    sections.map((s) => ({ key: String(s.value.order), entry: s, path: ['order'] })),
    'section order',
    errors,
  );
  checkUnique(
    models.flatMap((m) =>
      [m.value.name, ...m.value.aliases].map((name, i) => ({
        key: name.toLowerCase(),
        entry: m,
        path: i === 0 ? ['name'] : ['aliases', i - 1],
      })),
    ),
    'model name or alias',
    errors,
  );

  // Names an author might type for each id, for "did you mean".
  const names = <T extends { name?: string; title?: string; aliases?: string[] }>(
    type: keyof Parsed['ids'],
    entries: Entry<T>[],
  ) => {
    const map = new Map<string, string[]>([...parsed.ids[type]].map((slug) => [slug, []]));
    for (const e of entries)
      map.set(e.slug, [e.value.name ?? e.value.title ?? '', ...(e.value.aliases ?? [])]);
    return map;
  };
  const known = {
    task: names('task', tasks),
    model: names('model', models),
    dataset: names('dataset', datasets),
    reference: names('reference', references),
    organisation: names('organisation', organisations),
  };
  const folderOf: Record<keyof typeof known, string> = {
    task: 'content/tasks/<id>.yaml',
    model: 'content/models/<id>.yaml',
    dataset: 'content/datasets/<id>.yaml',
    reference: 'content/references.yaml',
    organisation: 'content/organisations/<id>.yaml',
  };
  const resolve = (
    type: keyof typeof known,
    id: string,
    source: SourceFile,
    path: DataPath,
    context = '',
  ): boolean => {
    if (known[type].has(id)) return true;
    errors.push(
      errorAt(
        source,
        path,
        `unknown ${type} "${id}"${context}`,
        didYouMean(
          id,
          known[type],
          `no ${type} has this id; add it in ${folderOf[type]} or fix the id`,
        ),
      ),
    );
    return false;
  };

  for (const { entry, claim, index } of claims) {
    const context = ` in claim "${claim.id}"`;
    const field = (name: 'tasks' | 'models' | 'datasets' | 'cites', type: keyof typeof known) =>
      claim[name].forEach((id, j) =>
        resolve(type, id, entry.source, ['claims', index, name, j], context),
      );
    field('tasks', 'task');
    field('models', 'model');
    field('datasets', 'dataset');
    field('cites', 'reference');
    const paper = claim.paper;
    if (claim.kind === 'takeaway' && paper.remark === undefined) {
      errors.push(
        errorAt(
          entry.source,
          ['claims', index, 'paper'],
          `a takeaway must name the paper's takeaway box it restates${context}`,
          `add remark and point, e.g. paper: { section: "4.1", remark: 2, point: 1 } (boxes: ${Object.entries(
            REMARKS,
          )
            .map(([n, box]) => `Remark ${n} in §${box.section}`)
            .join(', ')})`,
        ),
      );
    }
    if (paper.remark !== undefined) {
      const box = REMARKS[paper.remark as keyof typeof REMARKS];
      if (box.section !== paper.section) {
        errors.push(
          errorAt(
            entry.source,
            ['claims', index, 'paper', 'section'],
            `Remark ${paper.remark} is in section ${box.section} of the paper, not ${paper.section}${context}`,
            `write section: "${box.section}"`,
          ),
        );
      }
      if (paper.point === undefined || paper.point > box.points) {
        errors.push(
          errorAt(
            entry.source,
            ['claims', index, 'paper', 'point'],
            `Remark ${paper.remark} makes ${box.points} point${box.points > 1 ? 's' : ''}${context}`,
            `give point: 1${box.points > 1 ? `…${box.points}` : ''}`,
          ),
        );
      }
    }
  }
  for (const model of models) {
    model.value.organisations.forEach((id, j) =>
      resolve('organisation', id, model.source, ['organisations', j]),
    );
    model.value.parents.forEach((id, j) => resolve('model', id, model.source, ['parents', j]));
  }
  for (const dataset of datasets)
    dataset.value.tasks.forEach((id, j) => resolve('task', id, dataset.source, ['tasks', j]));
  errors.push(...checkLineage(models));
  const flow = parsed.decisionFlow
    ? checkDecisionFlow(parsed.decisionFlow, parsed.ids.claim)
    : undefined;
  errors.push(...(flow?.errors ?? []));
  let table1: PaperTable | undefined;
  if (parsed.table1) {
    const { value, errors: tableErrors } = validate(paperTableSchema, parsed.table1);
    errors.push(...tableErrors);
    table1 = value;
    value?.rows.forEach((row, i) =>
      row.models.forEach((id, j) => resolve('model', id, parsed.table1!, ['rows', i, 'models', j])),
    );
  }

  const englishBody = new Map(
    parsed.bodies.filter((b) => b.lang === 'en').map((b) => [b.section, b.text]),
  );
  const { words, status: sectionStatus } = checkSectionTranslations(
    sections.map(({ slug, value }) => ({
      slug,
      title: value.title,
      summary: value.summary,
      body: englishBody.get(slug) ?? '',
      claims: value.claims,
    })),
    parsed.zhSections,
    errors,
  );
  const translations: TranslationStatus = {
    sections: sectionStatus,
    entities: entityStatus([
      ...tasks.map(({ slug, value }) => ({
        where: `tasks/${slug}.yaml`,
        zh: value.zh,
        english: [value.name, value.aliases, value.summary],
      })),
      ...datasets.map(({ slug, value }) => ({
        where: `datasets/${slug}.yaml`,
        zh: value.zh,
        english: [value.name, value.summary],
      })),
      ...models.map(({ slug, value }) => ({
        where: `models/${slug}.yaml`,
        zh: value.zh,
        english: [value.summary],
      })),
      // An organisation needs Chinese words only where Chinese readers use a Chinese name.
      ...organisations
        .filter(({ value }) => value.zh)
        .map(({ slug, value }) => ({
          where: `organisations/${slug}.yaml`,
          zh: value.zh,
          english: [value.name],
        })),
      ...(flow?.flow?.questions ?? []).map((q) => ({
        where: `decision-flow.yaml: ${q.id}`,
        zh: q.zh,
        english: [q.question, q.explanation, q.example],
      })),
      ...(table1?.rows ?? []).map((row, i) => ({
        where: `table-1.yaml: rows[${i}]`,
        zh: row.zh,
        english: [row.kind, row.training, row.modelType, row.pretrainingTask],
      })),
    ]),
  };

  errors.push(
    ...checkLinks(parsed.bodies, {
      claims: new Map(
        sections.map((s) => [s.slug, s.value.claims.map((claim) => claim.id)] as const),
      ),
      models: parsed.ids.model,
      tasks: parsed.ids.task,
      datasets: parsed.ids.dataset,
    }),
  );

  if (errors.length > 0) return { errors: sortByPlace(errors), translations };

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const id = (type: NodeType, slug: string) => `${type}:${slug}`;
  const edge = (source: string, target: string, type: EdgeType) =>
    edges.push({ source, target, type });
  // Undefined fields are left out, and a translation's stamp is for the build, not for readers.
  const optional = <T extends object>(fields: T) =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => (k === 'zh' ? [k, withoutStamp(v)] : [k, v])),
    ) as T;

  for (const { slug, value } of [...sections].sort((a, b) => a.value.order - b.value.order)) {
    const { claims: sectionClaims, ...fields } = value;
    nodes.push({
      id: `section:${slug}`,
      type: 'section',
      slug,
      label: fields.title,
      url: pageUrl('section', slug, base),
      ...fields,
      ...(words.sections.has(slug) ? { zh: words.sections.get(slug) } : {}),
    });
    for (const claim of sectionClaims) {
      const claimId = id('claim', claim.id);
      nodes.push({
        id: `claim:${claim.id}`,
        type: 'claim',
        slug: claim.id,
        label: truncate(claim.text),
        url: claimUrl(slug, claim.id, base),
        text: claim.text,
        kind: claim.kind,
        verdict: claim.verdict,
        paper: claim.paper,
        ...(words.claims.has(claim.id) ? { zh: words.claims.get(claim.id) } : {}),
      });
      edge(claimId, id('section', slug), 'in-section');
      claim.tasks.forEach((t) => edge(claimId, id('task', t), 'addresses'));
      claim.models.forEach((m) => edge(claimId, id('model', m), 'involves'));
      claim.datasets.forEach((d) => edge(claimId, id('dataset', d), 'uses-dataset'));
      claim.cites.forEach((r) => edge(claimId, id('reference', r), 'cites'));
    }
  }
  for (const { slug, value } of models) {
    const { organisations: makers, parents, ...fields } = value;
    nodes.push(
      optional({
        id: `model:${slug}`,
        type: 'model',
        slug,
        label: fields.name,
        url: pageUrl('model', slug, base),
        ...fields,
      }),
    );
    makers.forEach((o) => edge(id('model', slug), id('organisation', o), 'developed-by'));
    parents.forEach((p) => edge(id('model', slug), id('model', p), 'evolves-from'));
  }
  for (const { slug, value } of organisations) {
    nodes.push(
      optional({
        id: `organisation:${slug}`,
        type: 'organisation',
        slug,
        label: value.name,
        url: pageUrl('organisation', slug, base),
        ...value,
      }),
    );
  }
  for (const { slug, value } of tasks) {
    nodes.push(
      optional({
        id: `task:${slug}`,
        type: 'task',
        slug,
        label: value.name,
        url: pageUrl('task', slug, base),
        ...value,
      }),
    );
  }
  for (const { slug, value } of datasets) {
    const { tasks: measured, ...fields } = value;
    nodes.push(
      optional({
        id: `dataset:${slug}`,
        type: 'dataset',
        slug,
        label: fields.name,
        url: pageUrl('dataset', slug, base),
        ...fields,
      }),
    );
    measured.forEach((t) => edge(id('dataset', slug), id('task', t), 'measures'));
  }
  for (const { slug, value } of references) {
    const { id: _id, ...fields } = value;
    nodes.push(
      optional({
        id: `reference:${slug}`,
        type: 'reference',
        slug,
        label: fields.title,
        url: pageUrl('reference', slug, base),
        ...fields,
      }),
    );
  }
  return {
    graph: { version: 1, nodes, edges },
    ...(flow?.flow ? { decisionFlow: flow.flow } : {}),
    ...(table1 ? { table1 } : {}),
    translations,
    errors: [],
  };
}
