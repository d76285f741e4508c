/**
 * DOM for search results, shared by the dialog and the search page. Text from the index and
 * the query only ever enters the page as text nodes (textContent), and matches become <mark>
 * elements: nothing is parsed as HTML.
 */
import type { SearchData, SearchDoc } from '../search/documents';
import { LINKED_FACETS, type LinkedFacet } from '../search/fields';
import { highlight, type MatchTerms, type Segment } from '../search/highlight';
import { VERDICT_SYMBOL, type Verdict } from '../core/vocabulary';
import { pageWords } from '../i18n/client';
import { searchWords } from '../i18n/client/search';
import { h } from './dom';

/** Segments as text nodes and <mark>s. */
export function marked(segments: Segment[]): Node[] {
  return segments.map((s) => (s.match ? h('mark', {}, s.text) : document.createTextNode(s.text)));
}

/** The search UI's words in the page's language. */
export const words = pageWords(searchWords);

export function verdictBadge(verdict: string): HTMLElement | null {
  if (!(verdict in VERDICT_SYMBOL)) return null;
  const said = words.verdict[verdict as Verdict];
  return h(
    'span',
    { class: 'search-verdict', 'data-verdict': verdict, title: said.long },
    h('span', { 'aria-hidden': 'true' }, VERDICT_SYMBOL[verdict as Verdict]),
    h('span', { class: 'visually-hidden' }, words.verdictLead),
    ` ${said.label}`,
  );
}

export interface Chip {
  facet: LinkedFacet;
  slug: string;
  label: string;
  url?: string;
}

/** The tasks, models and datasets a claim is about (its section is shown apart). */
export function chipsOf(data: SearchData, doc: SearchDoc): Chip[] {
  if (doc.type !== 'claim') return [];
  return LINKED_FACETS.filter((f) => f !== 'section').flatMap((facet) =>
    (doc.links[facet] ?? []).map((p) => {
      const value = data.values[facet][p]!;
      return {
        facet,
        slug: value.slug,
        label: value.label,
        ...(value.url ? { url: value.url } : {}),
      };
    }),
  );
}

/**
 * A result's title, its one link: a claim's kind and section ("Takeaway · Generation") — the
 * claim's text follows as text, so a list of results is not a wall of links — or any other
 * document's name.
 */
export function resultTitle(doc: SearchDoc, terms: MatchTerms): Node[] {
  const title =
    doc.type === 'claim' ? [doc.title, doc.meta].filter(Boolean).join(' · ') : doc.title;
  return marked(highlight(title, terms));
}

/** The line above a result other than a claim: its type and facts ("Model · Decoder-only · 2020"). */
export function metaLine(data: SearchData, doc: SearchDoc): string | null {
  if (doc.type === 'claim') return null;
  const type = data.values.type.find((t) => t.slug === doc.type)?.label ?? doc.type;
  return [type, doc.meta ?? ''].filter(Boolean).join(' · ');
}
