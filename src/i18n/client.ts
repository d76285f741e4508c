/**
 * Words for browser code. Each feature keeps a small bundle of its messages in every language
 * (src/i18n/client/<feature>.ts), typed by the English one, and picks the page's language from
 * <html lang> at run time — so a script carries only its own few words, never a whole dictionary.
 */
import type { Locale } from './locales';

/** Any wording allowed, the English shape required (as for the page dictionaries). */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Words<R>
    : { [K in keyof T]: Words<T[K]> };

export type Bundle<T> = Record<Locale, Words<T>>;

/** The language of the page the script runs on. */
export const documentLocale = (): Locale =>
  document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';

export const pageWords = <T>(bundle: Bundle<T>): Words<T> => bundle[documentLocale()];
