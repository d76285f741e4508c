/**
 * A node's words in a language: its Chinese name, title or summary where the content has them,
 * the English otherwise (with `untranslated` set, so a page can mark it, never blank).
 */
import type { Locale } from '../i18n/locales';
import type { GraphNode } from './types';

/** What a chip, a heading or a link calls the node in this language. */
export function localName(node: GraphNode, locale: Locale): string {
  if (locale === 'zh') {
    if (node.type === 'section') return node.zh?.title ?? node.title;
    if (node.type === 'task' || node.type === 'dataset' || node.type === 'organisation')
      return node.zh?.name ?? node.label;
  }
  return node.label;
}

/** A node's summary (task, dataset, model, section) and whether it had to stay English. */
export function localSummary(
  node: Extract<GraphNode, { summary?: string }>,
  locale: Locale,
): { text: string; untranslated: boolean } | undefined {
  const english = node.summary;
  if (locale === 'en' || english === undefined)
    return english === undefined ? undefined : { text: english, untranslated: false };
  const zh = (node.zh as { summary?: string } | undefined)?.summary;
  return zh ? { text: zh, untranslated: false } : { text: english, untranslated: true };
}
