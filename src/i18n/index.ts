/** The words of each language, by locale. Pages and views ask for the words of their page's language. */
import { en, type Dictionary } from './en';
import type { Locale } from './locales';
import { zh } from './zh';

const DICTIONARIES: Record<Locale, Dictionary> = { en, zh };

export const words = (locale: Locale): Dictionary => DICTIONARIES[locale];

export type { Dictionary } from './en';
export { LOCALES, type Locale } from './locales';
