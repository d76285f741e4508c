/**
 * The search engine for this page, loaded once: the artefact is fetched on first use (then the
 * browser's HTTP cache serves it to later pages) and indexed or imported (see src/search/artefact.ts).
 */
import { documentLocale } from '../i18n/client';
import { engineSteps, type SearchArtefact } from '../search/artefact';
import { prepareCjk } from '../search/cjk';
import type { SearchEngine } from '../search/engine';
import { nextTask } from './tasks';

let loading: Promise<SearchEngine> | undefined;

/** `response` lets a caller start the download early (before this module has loaded) and hand it over. */
export function loadEngine(
  url: string,
  response: Promise<Response> = fetch(url),
): Promise<SearchEngine> {
  // Chinese queries are read with Intl.Segmenter, whose first use takes tens of milliseconds:
  // spend them while the index downloads.
  if (!loading && documentLocale() === 'zh') setTimeout(prepareCjk);
  loading ??= response.then(async (response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const artefact = (await response.json()) as SearchArtefact;
    // Parsing, each step of loading the index and the first results are tasks of their own, none
    // long enough to hold up a tap on a phone (Lighthouse counted them as one 230 ms block).
    const steps = engineSteps(artefact);
    let step: IteratorResult<void, SearchEngine>;
    do {
      await nextTask();
      step = steps.next();
    } while (!step.done);
    await nextTask();
    return step.value;
  });
  // A failed load is not cached, so the next attempt tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
