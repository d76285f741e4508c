/**
 * Authors write site links as `/guide/nlu/`; when the site is deployed under a sub-path
 * (BASE_PATH=/llm-guide/) those must become `/llm-guide/guide/nlu/`. This rehype plugin
 * prefixes the base to every root-relative href in the guide's MDX.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/+$/, '');
  return () => (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        node.properties.href = `${prefix}${href}`;
      }
    });
  };
}
