/**
 * Claims as pages show them: one card's data per claim and language — its words, verdict, where
 * in the paper it comes from, the tasks, models and datasets it is about, the works it cites and
 * its section — resolved from the graph's edges once per claim, however many pages show it.
 */
import type { PaperSection } from '../core/vocabulary';
import type { ClaimNode, GraphNode, SectionNode } from '../graph/types';
import { words } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Site } from '../pipeline/site';
import { localName, localUrl } from './words';

export interface Chip {
  label: string;
  url?: string;
}

export interface Citation {
  title: string;
  link: string;
  authors: string;
  year: number;
  /** The number the paper gives the work in its reference list. */
  number?: number;
}

export interface Provenance {
  section: PaperSection;
  /** The section's title in the page's language: "Traditional NLU tasks: no use case". */
  title: string;
  /** For a takeaway: the paper's box ("Remark") and the point of it the claim restates. */
  remark?: number;
  point?: number;
}

export interface SectionLink {
  slug: string;
  title: string;
  order: number;
  url: string;
}

export interface ClaimCard {
  id: string;
  slug: string;
  url: string;
  text: string;
  /** The text is the English: the claim has no translation in the page's language yet. */
  untranslated: boolean;
  kind: ClaimNode['kind'];
  verdict: ClaimNode['verdict'];
  paper: Provenance;
  /** Chips for what the claim is about, in this order; empty groups left out. */
  about: Array<{ facet: 'task' | 'model' | 'dataset'; chips: Chip[] }>;
  cites: Citation[];
  section?: SectionLink;
}

export const sectionLink = (site: Site, section: SectionNode, locale: Locale): SectionLink => ({
  slug: section.slug,
  title: localName(section, locale),
  order: section.order,
  url: localUrl(site, section.url!, locale),
});

/** A link to a node's page in this language (plain text for nodes without one). */
export const chip = (site: Site, node: GraphNode, locale: Locale): Chip => ({
  label: localName(node, locale),
  ...(node.url ? { url: localUrl(site, node.url, locale) } : {}),
});

export function claimCard(site: Site, claim: ClaimNode, locale: Locale): ClaimCard {
  return site.once(`claim-card:${locale}:${claim.id}`, () => {
    const { graph } = site;
    const about = (
      [
        ['task', graph.out(claim.id, 'addresses')],
        ['model', graph.out(claim.id, 'involves')],
        ['dataset', graph.out(claim.id, 'uses-dataset')],
      ] as const
    )
      .filter(([, nodes]) => nodes.length > 0)
      .map(([facet, nodes]) => ({ facet, chips: nodes.map((n) => chip(site, n, locale)) }));
    const section = graph.out(claim.id, 'in-section')[0];
    const text = locale === 'zh' ? claim.zh?.text : claim.text;
    return {
      id: claim.id,
      slug: claim.slug,
      url: localUrl(site, claim.url!, locale),
      text: text ?? claim.text,
      untranslated: text === undefined,
      kind: claim.kind,
      verdict: claim.verdict,
      paper: { ...claim.paper, title: words(locale).paperSection[claim.paper.section] },
      about,
      cites: graph.out(claim.id, 'cites').map((ref) => ({
        title: ref.title,
        link: ref.link,
        authors: ref.authors,
        year: ref.year,
        ...(ref.number ? { number: ref.number } : {}),
      })),
      ...(section ? { section: sectionLink(site, section, locale) } : {}),
    };
  });
}

/**
 * Claims grouped under the section that makes them, sections in the paper's order and claims in
 * their section's order. Linear in the claims given: each claim names its section by one edge.
 */
export function claimsBySection(
  site: Site,
  claims: readonly ClaimNode[],
  locale: Locale,
): Array<{ section: SectionLink; claims: ClaimCard[] }> {
  const groups = new Map<string, { section: SectionLink; claims: ClaimCard[] }>();
  for (const claim of claims) {
    const card = claimCard(site, claim, locale);
    if (!card.section) continue;
    let group = groups.get(card.section.slug);
    if (!group) groups.set(card.section.slug, (group = { section: card.section, claims: [] }));
    group.claims.push(card);
  }
  return [...groups.values()].sort((a, b) => a.section.order - b.section.order);
}

/** Cards for claims named by slug (Figure 2's reasons), in the order given; unknown slugs are skipped (the build checks them). */
export function claimCards(site: Site, slugs: readonly string[], locale: Locale): ClaimCard[] {
  return slugs.flatMap((slug) => {
    const claim = site.graph.nodeOf('claim', slug);
    return claim ? [claimCard(site, claim, locale)] : [];
  });
}

/** Cards for every claim Figure 2's outcomes give as reasons, by slug. */
export function flowReasons(site: Site, locale: Locale): ReadonlyMap<string, ClaimCard> {
  return site.once(`flow-reasons:${locale}`, () => {
    const slugs = (site.flow?.questions ?? []).flatMap((q) => [...q.yes.because, ...q.no.because]);
    return new Map(claimCards(site, slugs, locale).map((card) => [card.slug, card]));
  });
}
