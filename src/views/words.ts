/** A node's words in the page's language (graph/words.ts), and any site URL moved into that language. */
import { localizeUrl, type Locale } from '../i18n/locales';
import type { Site } from '../pipeline/site';

export { localName, localSummary } from '../graph/words';

/** A site URL (a node's `url`, with the base) in this language. */
export const localUrl = (site: Site, url: string, locale: Locale): string =>
  localizeUrl(url, locale, site.base);
