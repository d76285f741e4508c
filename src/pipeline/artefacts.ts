/**
 * Every file the site publishes besides its pages, in one registry: the public graph and
 * decision-flow APIs, the search index, and the tree's data. One route (pages/api/[...artefact].ts)
 * writes them all; benchmarks and tests can call the same emitters.
 */
import { publishFlow } from '../decide/publish';
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES, type Locale } from '../i18n/locales';
import { createArtefact } from '../search/artefact';
import { buildSearchData } from '../search/documents';
import { modelClaims, siteTreeData } from '../tree/data';
import type { Site } from './site';

export interface Artefact {
  /** Where it is published, under the site's /api/. */
  path: string;
  /** The JSON body, made only when the file is written. */
  body(): unknown;
}

/** Each language's search index, under /api/: `search.json` (English), `zh/search.json`. Only search loads it, on first use. */
export const searchIndexPath = (locale: Locale): string =>
  locale === DEFAULT_LOCALE ? 'search.json' : `${locale}/search.json`;

export function artefacts(site: Site): Artefact[] {
  const { graph, flow } = site;
  return [
    { path: 'graph.json', body: () => graph.graph },
    ...LOCALE_LIST.map((locale) => ({
      path: searchIndexPath(locale),
      body: () => createArtefact(buildSearchData(graph, locale, site.base)),
    })),
    // The tree in each language: /api/tree.json and /api/zh/tree.json, with each model's claims beside it.
    ...LOCALE_LIST.flatMap((locale) => [
      { path: `${LOCALES[locale].prefix}tree.json`, body: () => siteTreeData(site, locale) },
      ...graph.all('model').map((model) => ({
        path: `${LOCALES[locale].prefix}tree/${model.slug}.json`,
        body: () => modelClaims(graph, model, locale, site.base),
      })),
    ]),
    ...(flow ? [{ path: 'decision-flow.json', body: () => publishFlow(flow) }] : []),
  ];
}
