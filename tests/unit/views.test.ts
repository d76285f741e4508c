/**
 * The view builders: each page's data, checked against the graph by brute force (the old way
 * of scanning every claim), so the edge-based builders cannot drop or reorder anything.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { byDate } from '../../src/core/dates';
import { TASK_CATEGORIES } from '../../src/core/vocabulary';
import type { ClaimNode } from '../../src/graph/types';
import type { Site } from '../../src/pipeline/site';
import { claimCard, claimsBySection, flowReasons } from '../../src/views/claims';
import { datasetPage, modelPage, taskPage } from '../../src/views/entities';
import { headlineTakeaways, sectionList, sectionPage } from '../../src/views/guide';
import { datasetRows, modelRows, taskRows } from '../../src/views/tables';
import { treePage } from '../../src/views/tree-page';
import { realSite } from './site';

let site: Site;
beforeAll(async () => {
  site = await realSite();
});

/** The claims that touch a node, grouped by section the slow way: every section, every claim. */
function scanned(touches: (claim: ClaimNode) => boolean) {
  return site.graph
    .all('section')
    .map((section) => ({
      section: section.slug,
      claims: site.graph
        .in(section.id, 'in-section')
        .filter(touches)
        .map((c) => c.slug),
    }))
    .filter((g) => g.claims.length > 0);
}
const grouped = (groups: ReturnType<typeof claimsBySection>) =>
  groups.map((g) => ({ section: g.section.slug, claims: g.claims.map((c) => c.slug) }));
const touching = (claim: ClaimNode, edge: 'involves' | 'addresses' | 'uses-dataset', id: string) =>
  site.graph.out(claim.id, edge).some((n) => n.id === id);

describe('claim cards', () => {
  it('resolve every chip, citation and the section from the claim’s edges, in content order', () => {
    for (const claim of site.graph.all('claim')) {
      const card = claimCard(site, claim, 'en');
      const chips = Object.fromEntries(
        card.about.map((g) => [g.facet, g.chips.map((c) => c.label)]),
      );
      expect(chips.task ?? []).toEqual(site.graph.out(claim.id, 'addresses').map((t) => t.label));
      expect(chips.model ?? []).toEqual(site.graph.out(claim.id, 'involves').map((m) => m.label));
      expect(chips.dataset ?? []).toEqual(
        site.graph.out(claim.id, 'uses-dataset').map((d) => d.label),
      );
      expect(card.cites.map((c) => c.title)).toEqual(
        site.graph.out(claim.id, 'cites').map((r) => r.title),
      );
      expect(card.section?.slug).toBe(site.graph.out(claim.id, 'in-section')[0]?.slug);
      expect(card.paper?.section).toBe(claim.paper?.section);
    }
  });

  it('are built once per claim, however many pages show them', () => {
    const claim = site.graph.all('claim')[0]!;
    expect(claimCard(site, claim, 'en')).toBe(claimCard(site, claim, 'en'));
  });

  it('Figure 2’s reasons resolve every claim the flow names', () => {
    const named = new Set(site.flow!.questions.flatMap((q) => [...q.yes.because, ...q.no.because]));
    expect([...flowReasons(site, 'en').keys()].sort()).toEqual([...named].sort());
  });
});

describe('entity pages', () => {
  it('a model page lists exactly the claims that name it, by section in the paper’s order', () => {
    for (const model of site.graph.all('model')) {
      const page = modelPage(site, model, 'en');
      expect(grouped(page.claims)).toEqual(scanned((c) => touching(c, 'involves', model.id)));
      expect(page.organisations.map((o) => o.slug)).toEqual(
        site.graph.out(model.id, 'developed-by').map((o) => o.slug),
      );
      for (const { models } of page.siblings)
        expect(models.map((m) => m.label)).not.toContain(model.name);
    }
  });

  it('a task page lists its claims, its datasets and how its claims come out', () => {
    for (const task of site.graph.all('task')) {
      const page = taskPage(site, task, 'en');
      expect(grouped(page.claims)).toEqual(scanned((c) => touching(c, 'addresses', task.id)));
      const total = page.verdicts.reduce((sum, v) => sum + v.count, 0);
      expect(total).toBe(site.graph.in(task.id, 'addresses').length);
      expect(page.datasets.map((d) => d.label)).toEqual(
        site.graph.in(task.id, 'measures').map((d) => d.label),
      );
    }
  });

  it('a dataset page lists the claims that use it and the tasks it measures', () => {
    for (const dataset of site.graph.all('dataset')) {
      const page = datasetPage(site, dataset, 'en');
      expect(grouped(page.claims)).toEqual(scanned((c) => touching(c, 'uses-dataset', dataset.id)));
      expect(page.tasks.map((t) => t.label)).toEqual(
        site.graph.out(dataset.id, 'measures').map((t) => t.label),
      );
    }
  });
});

describe('index tables', () => {
  it('models are oldest first, with their organisations and claim counts', () => {
    const rows = modelRows(site, 'en');
    expect(rows.map((r) => r.model.slug)).toEqual(
      [...site.graph.all('model')].sort(byDate).map((m) => m.slug),
    );
    for (const row of rows) expect(row.claims).toBe(site.graph.in(row.model.id, 'involves').length);
  });

  it('tasks are in category order, then by name', () => {
    const rows = taskRows(site, 'en');
    const rank = rows.map((r) => TASK_CATEGORIES.indexOf(r.task.category));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(rows).toHaveLength(site.graph.all('task').length);
  });

  it('datasets are by name, each with the tasks it measures', () => {
    const rows = datasetRows(site, 'en');
    const names = rows.map((r) => r.dataset.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    for (const row of rows) expect(row.tasks.length).toBeGreaterThan(0);
  });
});

describe('guide pages', () => {
  it('a section page shows every claim of its section once: takeaways, then the groups', () => {
    for (const { slug, claims } of sectionList(site, 'en')) {
      const section = site.graph.nodeOf('section', slug)!;
      const page = sectionPage(site, section, 'en');
      const shown = [...page.takeaways, ...page.groups.flatMap((g) => g.claims)].map((c) => c.slug);
      expect(shown.sort()).toEqual(
        site.graph
          .in(section.id, 'in-section')
          .map((c) => c.slug)
          .sort(),
      );
      expect(shown).toHaveLength(claims);
    }
  });

  it('the home page’s headline is the first section’s takeaways', () => {
    const first = site.graph.all('section')[0]!;
    expect(headlineTakeaways(site, 'en').map((c) => c.slug)).toEqual(
      site.graph
        .in(first.id, 'in-section')
        .filter((c) => c.kind === 'takeaway')
        .map((c) => c.slug),
    );
  });
});

describe('the tree page', () => {
  it('nests every model exactly once in the HTML tree', () => {
    const page = treePage(site);
    const seen: string[] = [];
    const walk = (slug: string) => {
      seen.push(slug);
      for (const child of page.nested.get(slug) ?? []) walk(child.slug);
    };
    for (const branch of page.branches)
      for (const year of branch.years) for (const model of year.models) walk(model.slug);
    expect(seen.sort()).toEqual(page.data.models.map((m) => m.slug).sort());
  });
});

describe('the organisation chart', () => {
  it('counts what Figure 1’s bar chart counts, as claim models-figure1-organisation-counts says', () => {
    const claim = site.graph.nodeOf('claim', 'models-figure1-organisation-counts')!.text;
    const row = (slug: string) => treePage(site).chart.find((r) => r.slug === slug)!;
    const google = row('google');
    const meta = row('meta');
    const openai = row('openai');
    expect(claim).toContain(
      `Google has the most, ${google.open} open-source and ${google.closed} closed-source`,
    );
    expect(claim).toContain(`Meta has ${meta.open}, all open-source`);
    expect(meta.closed).toBe(0);
    expect(claim).toContain(
      `OpenAI has ${openai.open + openai.closed}, of which ${openai.open} are open-source and ${openai.closed} closed-source`,
    );
    // Google has the most.
    const total = (r: { open: number; closed: number }) => r.open + r.closed;
    expect(Math.max(...treePage(site).chart.map(total))).toBe(total(google));
  });

  it('leaves out the pre-transformer roots and the models the figure does not draw', () => {
    const page = treePage(site);
    const counted = page.chart.reduce((n, r) => n + r.open + r.closed, 0);
    const drawn = page.data.models.filter((m) => m.inFigure1 && m.family !== 'pre-transformer');
    const byOrganisation = drawn.reduce((n, m) => n + m.organisations.length, 0);
    expect(counted).toBe(byOrganisation);
    expect(page.charted).toBe(drawn.length);
  });
});
