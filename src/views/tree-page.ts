/**
 * The data of /tree/ besides the drawing's own (tree/data.ts): the HTML tree — branches, years,
 * and models nested under a parent of the same branch and year —, the organisations offered by
 * the filter, and the organisation chart's rows. Built once per site.
 */
import { byDate } from '../core/dates';
import { FAMILIES, type Family } from '../core/vocabulary';
import { words } from '../i18n';
import { LOCALES, type Locale } from '../i18n/locales';
import type { Site } from '../pipeline/site';
import { siteTreeData } from '../tree/data';
import { countedInFigureChart } from '../tree/figure-chart';
import { labelLines } from '../tree/label';
import { firstFrame } from '../tree/svg';
import type { TreeData, TreeModel, TreeOrganisation } from '../tree/types';

export interface TreeBranch {
  family: Family;
  count: number;
  /** Oldest year first; each year's models that are not nested under another. */
  years: Array<{ year: number; models: TreeModel[] }>;
}

export interface ChartRow extends TreeOrganisation {
  open: number;
  closed: number;
}

export interface TreePage {
  locale: Locale;
  data: TreeData;
  /** The drawing's first frame as SVG markup (tree/svg.ts), the same view the canvas opens on. */
  frame: string;
  branches: TreeBranch[];
  /** Models nested under each model (same branch, same year), by the parent's slug. */
  nested: Map<string, TreeModel[]>;
  names: Map<string, string>;
  organisations: Map<string, TreeOrganisation>;
  /** Organisations that have a model in the tree, by name, for the filter. */
  filterOrganisations: TreeOrganisation[];
  chart: ChartRow[];
  /** The models drawn in Figure 1. */
  inFigure: number;
  /** The models the organisation chart counts (see tree/figure-chart.ts). */
  charted: number;
}

export function treePage(site: Site, locale: Locale = 'en'): TreePage {
  return site.once(`tree-page:${locale}`, () => build(siteTreeData(site, locale), locale));
}

function build(data: TreeData, locale: Locale): TreePage {
  const t = words(locale);
  const bySlug = new Map(data.models.map((m) => [m.slug, m]));
  const sameCell = (a: TreeModel, b: TreeModel | undefined) =>
    !!b && a.family === b.family && a.year === b.year;

  // Models nest under their first parent in the same cell; the rest are the roots of their year.
  const nested = new Map<string, TreeModel[]>();
  const roots = new Map<string, TreeModel[]>();
  for (const model of [...data.models].sort(byDate)) {
    const parent = model.parents.map((slug) => bySlug.get(slug)).find((p) => sameCell(model, p));
    const [map, key] = parent ? [nested, parent.slug] : [roots, `${model.family} ${model.year}`];
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(model);
  }
  const branches = FAMILIES.map((family) => {
    const models = data.models.filter((m) => m.family === family);
    const years = [...new Set(models.map((m) => m.year))].sort((a, b) => a - b);
    return {
      family,
      count: models.length,
      years: years.map((year) => ({ year, models: roots.get(`${family} ${year}`) ?? [] })),
    };
  });

  const counts = new Map(data.organisations.map((o) => [o.slug, { ...o, open: 0, closed: 0 }]));
  for (const model of data.models.filter(countedInFigureChart)) {
    for (const slug of model.organisations) {
      const row = counts.get(slug);
      if (row) row[model.open ? 'open' : 'closed'] += 1;
    }
  }
  const chart = [...counts.values()]
    .filter((r) => r.open + r.closed > 0)
    .sort(
      (a, b) =>
        b.open + b.closed - (a.open + a.closed) ||
        a.name.localeCompare(b.name, LOCALES[locale].intl),
    );

  const orgNames = new Map(data.organisations.map((o) => [o.slug, o.name]));
  const frame = firstFrame(
    data,
    data.focus,
    {
      links: true,
      lines: (slug) => {
        const model = bySlug.get(slug)!;
        return labelLines(
          model.name,
          model.organisations.map((o) => orgNames.get(o) ?? o),
          t.tree.format.separator,
        );
      },
    },
    { branch: (family) => t.family[family] },
  );

  return {
    locale,
    data,
    frame,
    branches,
    nested,
    names: new Map(data.models.map((m) => [m.slug, m.name])),
    organisations: new Map(data.organisations.map((o) => [o.slug, o])),
    filterOrganisations: data.organisations
      .filter((o) => data.models.some((m) => m.organisations.includes(o.slug)))
      .sort((a, b) => a.name.localeCompare(b.name, LOCALES[locale].intl)),
    chart,
    inFigure: data.models.filter((m) => m.inFigure1).length,
    charted: data.models.filter(countedInFigureChart).length,
  };
}
