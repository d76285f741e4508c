/**
 * DOM for search results, shared by the dialog and the search page. Text from the index and
 * the query only ever enters the page as text nodes (textContent), and matches become <mark>
 * elements: nothing is parsed as HTML.
 */
import type { SearchData, SearchDoc } from '../search/documents';
import { LINKED_FACETS, type LinkedFacet } from '../search/fields';
import type { Segment } from '../search/highlight';
import { VERDICT } from '../site/labels';
import { h } from './dom';

/** Segments as text nodes and <mark>s. */
export function marked(segments: Segment[]): Node[] {
  return segments.map((s) => (s.match ? h('mark', {}, s.text) : document.createTextNode(s.text)));
}

export function verdictBadge(verdict: string): HTMLElement | null {
  const words = VERDICT[verdict as keyof typeof VERDICT];
  if (!words) return null;
  return h('span', { class: 'search-verdict', 'data-verdict': verdict, title: words.long }, h('span', { 'aria-hidden': 'true' }, words.symbol), h('span', { class: 'visually-hidden' }, 'Verdict: '), ` ${words.label}`);
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
      return { facet, slug: value.slug, label: value.label, ...(value.url ? { url: value.url } : {}) };
    }),
  );
}

/** The line above a result: its type, and a claim's kind and section or an entity's facts. */
export function metaLine(data: SearchData, doc: SearchDoc): string {
  const type = data.values.type.find((t) => t.slug === doc.type)?.label ?? doc.type;
  return [type, doc.type === 'claim' ? doc.title : '', doc.meta ?? ''].filter(Boolean).join(' · ');
}
