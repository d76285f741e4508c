/**
 * The site's languages: English at today's URLs, Simplified Chinese under /zh/, with the same
 * paths after the prefix. Everything a page needs to say which language it is in comes from here.
 */
export const LOCALES = {
  en: {
    /** `<html lang>` and hreflang. */
    lang: 'en',
    /** Intl's locale for dates, numbers and lists. */
    intl: 'en-GB',
    ogLocale: 'en_GB',
    /** The language's own name, as the switch shows it. */
    name: 'English',
    /** The name where there is room for little more than an icon (a phone's header). */
    short: 'EN',
    /** Between the items of a plain list of names. */
    separator: ', ',
    /** The path segment after the base; empty for English. */
    prefix: '',
  },
  zh: {
    lang: 'zh-CN',
    intl: 'zh-CN',
    ogLocale: 'zh_CN',
    name: '简体中文',
    short: '中文',
    separator: '、',
    prefix: 'zh/',
  },
} as const;

export type Locale = keyof typeof LOCALES;
export const LOCALE_LIST = Object.keys(LOCALES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/** The `lang` route parameter of each language, for getStaticPaths: undefined for English. */
export const localeParams = () =>
  LOCALE_LIST.map((locale) => ({ lang: locale === DEFAULT_LOCALE ? undefined : locale }));

/** The language a route parameter names (anything unknown is English). */
export const localeOf = (param: string | undefined): Locale =>
  param !== undefined && param in LOCALES ? (param as Locale) : DEFAULT_LOCALE;

/** The language of a page, from its path: `/zh/…` (after the base) is Chinese. */
export function localeOfPath(pathname: string, base = '/'): Locale {
  const rest = pathname.startsWith(base)
    ? pathname.slice(base.length)
    : pathname.replace(/^\//, '');
  const first = rest.replace(/^\//, '').split('/')[0] ?? '';
  return (
    LOCALE_LIST.find((l) => l !== DEFAULT_LOCALE && LOCALES[l].prefix === `${first}/`) ??
    DEFAULT_LOCALE
  );
}

/**
 * A site URL (with the base, as the graph's `url` fields are) in another language:
 * `/guide/nlu/#claim-x` → `/zh/guide/nlu/#claim-x`. URLs outside the site are left alone.
 */
export function localizeUrl(url: string, locale: Locale, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!url.startsWith(root)) return url;
  const path = url.slice(root.length);
  const bare = LOCALE_LIST.reduce(
    (p, l) =>
      LOCALES[l].prefix && p.startsWith(LOCALES[l].prefix) ? p.slice(LOCALES[l].prefix.length) : p,
    path,
  );
  return `${root}${LOCALES[locale].prefix}${bare}`;
}
