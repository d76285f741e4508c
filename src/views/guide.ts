/**
 * The data of the guide's pages in a language: the list of sections, one section's claims (its
 * takeaways first, the rest grouped by kind), the home page's headline takeaways and Table 1.
 */
import type { ClaimKind } from '../core/vocabulary';
import type { SectionNode } from '../graph/types';
import type { Locale } from '../i18n/locales';
import type { Site } from '../pipeline/site';
import { claimCard, sectionLink, type ClaimCard, type SectionLink } from './claims';
import { localSummary, localUrl } from './words';

/** Claims other than takeaways are shown in these groups, in this order, each under its own heading. */
export const CLAIM_GROUPS: readonly ClaimKind[] = ['use-case', 'non-use-case', 'observation'];
export const groupAnchor = (kind: ClaimKind) => `${kind}s`;

export interface SectionSummary extends SectionLink {
  summary: string;
  claims: number;
}

/** Every section in the paper's order, with its summary and how many claims it makes. */
export function sectionList(site: Site, locale: Locale): SectionSummary[] {
  const { graph } = site;
  return site.once(`section-list:${locale}`, () =>
    graph.all('section').map((section) => ({
      ...sectionLink(site, section, locale),
      summary: sectionSummary(section, locale),
      claims: graph.in(section.id, 'in-section').length,
    })),
  );
}

const sectionSummary = (section: SectionNode, locale: Locale) =>
  (locale === 'zh' ? section.zh?.summary : undefined) ?? section.summary;

export interface SectionPage {
  section: SectionLink & { summary: string; untranslated: boolean };
  /** 1-based position and how many sections there are. */
  position: number;
  sections: SectionSummary[];
  takeaways: ClaimCard[];
  groups: Array<{ kind: ClaimKind; anchor: string; claims: ClaimCard[] }>;
}

export function sectionPage(site: Site, section: SectionNode, locale: Locale): SectionPage {
  const { graph } = site;
  const claims = graph.in(section.id, 'in-section').map((claim) => claimCard(site, claim, locale));
  const sections = sectionList(site, locale);
  return {
    section: {
      ...sectionLink(site, section, locale),
      summary: sectionSummary(section, locale),
      untranslated: locale !== 'en' && !section.zh,
    },
    position: sections.findIndex((s) => s.slug === section.slug) + 1,
    sections,
    takeaways: claims.filter((c) => c.kind === 'takeaway'),
    groups: CLAIM_GROUPS.map((kind) => ({
      kind,
      anchor: groupAnchor(kind),
      claims: claims.filter((c) => c.kind === kind),
    })).filter((g) => g.claims.length > 0),
  };
}

/** The home page's headline guidelines: the first section's takeaways (the paper's introduction). */
export function headlineTakeaways(site: Site, locale: Locale): ClaimCard[] {
  const first = site.graph.all('section')[0];
  return first
    ? site.graph
        .in(first.id, 'in-section')
        .filter((claim) => claim.kind === 'takeaway')
        .map((claim) => claimCard(site, claim, locale))
    : [];
}

/** How many of each kind of node the site has, for the home page and the API's docs. */
export function counts(site: Site) {
  const { graph } = site;
  return {
    claims: graph.all('claim').length,
    models: graph.all('model').length,
    tasks: graph.all('task').length,
    datasets: graph.all('dataset').length,
  };
}

/** Table 1 of the paper in a language, with its representative models as links to their pages. */
export function paperTable(site: Site, locale: Locale) {
  return (site.table1?.rows ?? []).map((row) => {
    const zh = locale === 'zh' ? row.zh : undefined;
    return {
      kind: zh?.kind ?? row.kind,
      training: zh?.training ?? row.training,
      modelType: zh?.modelType ?? row.modelType,
      pretrainingTask: zh?.pretrainingTask ?? row.pretrainingTask,
      models: row.models.flatMap((slug) => {
        const model = site.graph.nodeOf('model', slug);
        return model
          ? [
              {
                label: model.name,
                url: localUrl(site, model.url!, locale),
                inFigure1: model.inFigure1,
              },
            ]
          : [];
      }),
    };
  });
}

export { localSummary };
