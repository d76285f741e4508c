/**
 * A synthetic content folder of any size, written as the real one is (YAML files and MDX
 * frontmatter), so benchmarks run the whole pipeline — parsing, validation, graph, views, and
 * for the site build, Astro itself. Seeded: every run measures the same content.
 */
import { FAMILIES } from '../src/core/vocabulary';
import type { ContentFile } from '../src/graph/build';
import { seeded } from './random';

export interface SyntheticSize {
  models: number;
  claims: number;
}

const SECTIONS = 20;
const quote = (text: string) => JSON.stringify(text);

export function syntheticContent({ models, claims }: SyntheticSize, seed = 7): ContentFile[] {
  const next = seeded(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const tasks = Math.max(20, Math.round(models / 30));
  const datasets = Math.max(10, Math.round(models / 40));
  const organisations = Math.max(5, Math.round(models / 50));
  const references = Math.max(20, Math.round(claims / 50));
  const files: ContentFile[] = [];

  for (let o = 0; o < organisations; o++)
    files.push({ path: `organisations/org-${o}.yaml`, text: `name: Organisation ${o}\n` });
  for (let t = 0; t < tasks; t++)
    files.push({
      path: `tasks/task-${t}.yaml`,
      text: `name: Task ${t}\naliases: [T${t}]\ncategory: nlu\nsummary: What task ${t} asks of a model.\n`,
    });
  for (let d = 0; d < datasets; d++)
    files.push({
      path: `datasets/data-${d}.yaml`,
      text: `name: Dataset ${d}\ntasks: [task-${pick(tasks)}]\nsummary: What dataset ${d} measures.\n`,
    });
  files.push({
    path: 'references.yaml',
    text: Array.from(
      { length: references },
      (_, r) =>
        `- id: ref-${r}\n  title: A paper numbered ${r}\n  authors: Author et al.\n  year: 2020\n  link: https://example.org/${r}\n`,
    ).join(''),
  });
  // Models in time order, most evolving from an older model, organisations by a power law.
  for (let m = 0; m < models; m++) {
    const year = 2013 + Math.floor(10 * Math.sqrt(m / models));
    const parent = m > 10 && next() < 0.8 ? `m-${Math.floor(m * next() ** 2)}` : undefined;
    const family = FAMILIES[1 + pick(3)]!;
    files.push({
      path: `models/m-${m}.yaml`,
      text:
        `name: Model ${m}\naliases: [M${m}]\nyear: ${year}\nfamily: ${parent ? 'FAMILY' : family}\n` +
        `organisations: [org-${Math.min(organisations - 1, Math.floor(organisations * next() ** 3))}]\n` +
        `open: ${next() < 0.5}\n${parent ? `parents: [${parent}]\n` : ''}parameters: ${1 + pick(500)}B\n` +
        `inFigure1: ${next() < 0.1}\nsummary: A synthetic model numbered ${m}.\n`,
    });
  }
  // A model keeps its parent's branch, as real lineages do.
  const familyOf = new Map<string, string>();
  for (const file of files.filter((f) => f.path.startsWith('models/'))) {
    const slug = file.path.slice(7, -5);
    const parent = /parents: \[(.+)\]/.exec(file.text)?.[1];
    const family = parent ? familyOf.get(parent)! : /family: (.+)/.exec(file.text)![1]!;
    familyOf.set(slug, family);
    file.text = file.text.replace('FAMILY', family);
  }

  const verdicts = ['llm', 'fine-tuned', 'comparable', 'depends', 'neither'];
  const kinds = ['use-case', 'non-use-case', 'observation'];
  const perSection = Math.ceil(claims / SECTIONS);
  for (let s = 0; s < SECTIONS; s++) {
    const lines = [`title: Section ${s}`, `order: ${s + 1}`, `summary: What section ${s} covers.`];
    lines.push('claims:');
    for (let c = s * perSection; c < Math.min(claims, (s + 1) * perSection); c++) {
      lines.push(
        `  - id: c-${c}`,
        `    text: ${quote(`Claim ${c}: on task ${c % tasks}, model M${c % models} scores ${c % 100}.5 points.`)}`,
        `    kind: ${kinds[pick(3)]}`,
        `    verdict: ${verdicts[pick(5)]}`,
        `    tasks: [task-${Math.floor(tasks * next() ** 2)}]`,
        `    models: [m-${pick(models)}]`,
        `    datasets: [data-${pick(datasets)}]`,
        `    cites: [ref-${pick(references)}]`,
        `    paper: { section: "4.1.1" }`,
      );
    }
    files.push({
      path: `guide/section-${s}.mdx`,
      text: `---\n${lines.join('\n')}\n---\n\nProse of section ${s}, with a [link to its first claim](#claim-c-${s * perSection}).\n`,
    });
  }
  // Figure 2's flow, in small: every real site has one, and /api/ documents it.
  files.push({
    path: 'decision-flow.yaml',
    text: [
      'start: q-0',
      'questions:',
      '  - id: q-0',
      '    question: Is the task close to language modelling?',
      '    explanation: Synthetic question.',
      '    example: Synthetic example.',
      '    yes: { outcome: llm, because: [c-0] }',
      '    no: { next: q-1 }',
      '  - id: q-1',
      '    question: Are there many labels?',
      '    explanation: Synthetic question.',
      '    example: Synthetic example.',
      '    yes: { outcome: fine-tuned, because: [c-1] }',
      '    no: { outcome: none, because: [c-2] }',
      '',
    ].join('\n'),
  });
  return files;
}
