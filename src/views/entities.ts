/**
 * The data of a model, task or dataset page, built from the graph's edges in the page's
 * language: the node's facts and words, its neighbours as links, how its claims come out, and
 * every claim that touches it grouped by section. Claims come from the node's own edges, never
 * from a scan of every claim.
 */
import type { DatasetNode, ModelNode, TaskNode } from '../graph/types';
import type { Locale } from '../i18n/locales';
import type { Site } from '../pipeline/site';
import { chip, claimsBySection, type Chip } from './claims';
import { lineageOf, siblingsOf, type Descendant, type Lineage } from './lineage';
import { verdictCounts, type VerdictCount } from './verdicts';
import { localName, localSummary, localUrl } from './words';

type Summary = ReturnType<typeof localSummary>;

export interface ModelPage {
  model: ModelNode;
  summary: Summary;
  organisations: Array<Chip & { slug: string }>;
  /** The lineage diagram, every model's url in the page's language. */
  lineage: Lineage;
  /** Each organisation's other models nearest in time, and how many more it has. */
  siblings: Array<{
    organisation: { slug: string; name: string };
    models: Array<Chip & { year: number }>;
    more: number;
  }>;
  claims: ReturnType<typeof claimsBySection>;
}

export function modelPage(site: Site, model: ModelNode, locale: Locale): ModelPage {
  const { graph } = site;
  const organisations = graph.out(model.id, 'developed-by');
  const here = (m: ModelNode): ModelNode => ({ ...m, url: localUrl(site, m.url!, locale) });
  const descend = (d: Descendant): Descendant => ({
    ...d,
    model: here(d.model),
    children: d.children.map(descend),
  });
  const lineage = lineageOf(graph, model);
  return {
    model,
    summary: localSummary(model, locale),
    organisations: organisations.map((o) => ({ slug: o.slug, ...chip(site, o, locale) })),
    lineage: {
      ...lineage,
      ancestors: lineage.ancestors.map((g) => ({ ...g, models: g.models.map(here) })),
      descendants: lineage.descendants.map(descend),
    },
    siblings: organisations
      .map((organisation) => {
        const { models, more } = siblingsOf(graph, model, organisation.id);
        return {
          organisation: { slug: organisation.slug, name: localName(organisation, locale) },
          models: models.map((m) => ({ ...chip(site, m, locale), year: m.year })),
          more,
        };
      })
      .filter((s) => s.models.length > 0),
    claims: claimsBySection(site, graph.in(model.id, 'involves'), locale),
  };
}

export interface TaskPage {
  task: TaskNode;
  name: string;
  summary: Summary;
  aliases: string[];
  datasets: Chip[];
  verdicts: VerdictCount[];
  claims: ReturnType<typeof claimsBySection>;
}

export function taskPage(site: Site, task: TaskNode, locale: Locale): TaskPage {
  const { graph } = site;
  const claims = graph.in(task.id, 'addresses');
  return {
    task,
    name: localName(task, locale),
    summary: localSummary(task, locale),
    // Chinese readers search by both the Chinese and the English names.
    aliases:
      locale === 'zh' ? [...(task.zh?.aliases ?? []), task.name, ...task.aliases] : task.aliases,
    datasets: graph.in(task.id, 'measures').map((d) => chip(site, d, locale)),
    verdicts: verdictCounts(claims),
    claims: claimsBySection(site, claims, locale),
  };
}

export interface DatasetPage {
  dataset: DatasetNode;
  name: string;
  summary: Summary;
  tasks: Chip[];
  verdicts: VerdictCount[];
  claims: ReturnType<typeof claimsBySection>;
}

export function datasetPage(site: Site, dataset: DatasetNode, locale: Locale): DatasetPage {
  const { graph } = site;
  const claims = graph.in(dataset.id, 'uses-dataset');
  return {
    dataset,
    name: localName(dataset, locale),
    summary: localSummary(dataset, locale),
    tasks: graph.out(dataset.id, 'measures').map((t) => chip(site, t, locale)),
    verdicts: verdictCounts(claims),
    claims: claimsBySection(site, claims, locale),
  };
}
