/**
 * The search engine for this page, loaded once: the artefact is fetched on first use (then the
 * browser's HTTP cache serves it to later pages) and indexed or imported (see src/search/artefact.ts).
 */
import { engineFromArtefact, type SearchArtefact } from '../search/artefact';
import type { SearchEngine } from '../search/engine';

let loading: Promise<SearchEngine> | undefined;

/** `response` lets a caller start the download early (before this module has loaded) and hand it over. */
export function loadEngine(url: string, response: Promise<Response> = fetch(url)): Promise<SearchEngine> {
  loading ??= response
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<SearchArtefact>;
    })
    .then(engineFromArtefact);
  // A failed load is not cached, so the next attempt tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
