/**
 * Authors write site links as `/guide/nlu/`; the built page needs them under the site's base path
 * (BASE_PATH=/llm-guide/ → `/llm-guide/guide/nlu/`) and, in a translated section
 * (`content/guide/zh/*.mdx`), in that language (`/zh/guide/nlu/`), so the same link works in every
 * edition. This rehype plugin rewrites every root-relative href of the guide's MDX.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { LOCALE_LIST, LOCALES } from '../i18n/locales';

/** The language of a content file, from its folder: `guide/zh/nlu.mdx` is Chinese. */
function prefixOf(path: string): string {
  const folder = /[\\/]guide[\\/]([^\\/]+)[\\/][^\\/]+$/.exec(path)?.[1];
  const locale = LOCALE_LIST.find((l) => LOCALES[l].prefix === `${folder}/`);
  return locale ? LOCALES[locale].prefix : '';
}

export function rehypeBaseLinks(base: string) {
  const root = base.replace(/\/+$/, '');
  return () => (tree: Root, file: { path?: string }) => {
    const prefix = `${root}/${prefixOf(file.path ?? '')}`.replace(/\/$/, '');
    if (!prefix) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (
        typeof href === 'string' &&
        href.startsWith('/') &&
        !href.startsWith('//') &&
        !href.startsWith(`${prefix}/`)
      ) {
        node.properties.href = `${prefix}${href}`;
      }
    });
  };
}
