/**
 * The rows of the index tables /models/, /tasks/ and /datasets/, in their default order. Each
 * row carries the values the table sorts by, so the page only lays them out.
 */
import { byDate } from '../core/dates';
import { parameterCount } from '../core/parameters';
import { TASK_CATEGORIES } from '../core/vocabulary';
import type { DatasetNode, ModelNode, TaskNode } from '../graph/types';
import { LOCALES, type Locale } from '../i18n/locales';
import type { Site } from '../pipeline/site';
import type { Chip } from './claims';
import { verdictCounts, type VerdictCount } from './verdicts';
import { localName, localUrl } from './words';

export interface ModelRow {
  model: ModelNode;
  /** The model's page in the table's language. */
  url: string;
  organisations: string;
  claims: number;
  /** The parameter count as a number, for sorting by size. */
  parameters?: number;
}

/** Every model, oldest first. */
export function modelRows(site: Site, locale: Locale): ModelRow[] {
  const { graph } = site;
  return [...graph.all('model')].sort(byDate).map((model) => ({
    model,
    url: localUrl(site, model.url!, locale),
    organisations: graph
      .out(model.id, 'developed-by')
      .map((o) => localName(o, locale))
      .join(LOCALES[locale].separator),
    claims: graph.in(model.id, 'involves').length,
    parameters: parameterCount(model.parameters),
  }));
}

export interface TaskRow {
  task: TaskNode;
  name: string;
  url: string;
  claims: number;
  verdicts: VerdictCount[];
  datasets: number;
}

/** Every task, by category in the vocabulary's order, then by name. */
export function taskRows(site: Site, locale: Locale): TaskRow[] {
  const { graph } = site;
  const rank = (task: TaskNode) => TASK_CATEGORIES.indexOf(task.category);
  const name = (task: TaskNode) => localName(task, locale);
  return [...graph.all('task')]
    .sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b), locale))
    .map((task) => {
      const claims = graph.in(task.id, 'addresses');
      return {
        task,
        name: name(task),
        url: localUrl(site, task.url!, locale),
        claims: claims.length,
        verdicts: verdictCounts(claims),
        datasets: graph.in(task.id, 'measures').length,
      };
    });
}

export interface DatasetRow {
  dataset: DatasetNode;
  name: string;
  url: string;
  tasks: Chip[];
  claims: number;
}

/** Every dataset, by name. */
export function datasetRows(site: Site, locale: Locale): DatasetRow[] {
  const { graph } = site;
  return [...graph.all('dataset')]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((dataset) => ({
      dataset,
      name: localName(dataset, locale),
      url: localUrl(site, dataset.url!, locale),
      tasks: graph
        .out(dataset.id, 'measures')
        .map((t) => ({ label: localName(t, locale), url: localUrl(site, t.url!, locale) })),
      claims: graph.in(dataset.id, 'uses-dataset').length,
    }));
}
