/** Links within the site, always under the configured base path, in the page's language. */
import { withBase } from '../graph/routes';
import { DEFAULT_LOCALE, LOCALES, localeOfPath, localizeUrl, type Locale } from '../i18n/locales';

// Read when called: this module is also imported by tests outside Astro, where there is no env.
const base = () => import.meta.env.BASE_URL;

/** A site route (`guide/nlu/`) in a language: `/guide/nlu/`, `/zh/guide/nlu/`. */
export const href = (route = '', locale: Locale = 'en') =>
  withBase(base(), `${LOCALES[locale].prefix}${route.replace(/^\//, '')}`);

/** The language of the page being rendered, from its URL. */
export const pageLocale = (url: URL): Locale => localeOfPath(url.pathname, base());

/** The same page in another language: `/zh/guide/nlu/` ↔ `/guide/nlu/`. */
export function samePageIn(url: URL, locale: Locale): string {
  // The not-found page is /404.html in English, where static hosts look for it, and /zh/404/ in Chinese.
  const english = localizeUrl(url.pathname, DEFAULT_LOCALE, base());
  if (['404', '404/', '404.html'].some((route) => english === href(route)))
    return locale === DEFAULT_LOCALE ? href('404.html') : href('404/', locale);
  return localizeUrl(url.pathname, locale, base());
}

/** Primary navigation, in the order the header shows it. */
export const NAV = [
  { key: 'guide', route: 'guide/' },
  { key: 'tree', route: 'tree/' },
  { key: 'models', route: 'models/' },
  { key: 'tasks', route: 'tasks/' },
  { key: 'datasets', route: 'datasets/' },
  { key: 'decide', route: 'decide/' },
  { key: 'search', route: 'search/' },
  { key: 'api', route: 'api/' },
] as const;
