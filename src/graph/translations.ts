/**
 * Translations are words only: a Chinese section file gives a section's title, summary, prose and
 * claim texts; a `zh` block gives an entity's. Each records which English it translates — a stamp,
 * the first 8 hex digits of a hash of that English, written by `npm run i18n:stamp` once a
 * translator has checked it — so when the English changes the translation shows as stale.
 *
 * Here: the stamps, the checks that a translation belongs to something English (errors with
 * file, line and did-you-mean), and the status the build reports (translated / total / stale).
 */
import { createHash } from 'node:crypto';
import { didYouMean, type ContentError } from './errors';
import type { ZhSectionInput } from './schema';
import { errorAt, type SourceFile } from './source';

/** The stamp of an English text: what a translation records to say which English it matches. */
export const stampOf = (
  ...english: ReadonlyArray<string | readonly string[] | undefined>
): string =>
  createHash('sha256')
    .update(JSON.stringify(english.map((part) => part ?? '')))
    .digest('hex')
    .slice(0, 8);

/** One translated section file, as the builder read it. */
export interface SectionTranslation {
  slug: string;
  source: SourceFile;
  value: ZhSectionInput;
  body: string;
}

/** The English a section translation must match: its words and its claims, by id. */
export interface EnglishSection {
  slug: string;
  title: string;
  summary: string;
  body: string;
  claims: ReadonlyArray<{ id: string; text: string }>;
}

export interface SectionStatus {
  section: string;
  /** Claims plus the section's own words (title, summary, prose), each counted once. */
  total: number;
  translated: number;
  /** Translated, but against other English than today's (or never stamped). */
  stale: number;
  /** Where the stale or missing ones are, for the report. */
  notes: string[];
}

export interface TranslationStatus {
  sections: SectionStatus[];
  /** Tasks, datasets, models, organisations, Figure 2's questions and Table 1's rows. */
  entities: { total: number; translated: number; stale: number; notes: string[] };
}

/** The Chinese words of sections and claims, for the graph's nodes. */
export interface SectionWords {
  sections: Map<string, { title: string; summary: string }>;
  claims: Map<string, { text: string }>;
}

export function checkSectionTranslations(
  english: readonly EnglishSection[],
  translations: readonly SectionTranslation[],
  errors: ContentError[],
): { words: SectionWords; status: SectionStatus[] } {
  const words: SectionWords = { sections: new Map(), claims: new Map() };
  const bySlug = new Map(translations.map((t) => [t.slug, t]));
  const englishSlugs = new Map(english.map((s) => [s.slug, [s.title]]));

  for (const t of translations) {
    if (!englishSlugs.has(t.slug)) {
      errors.push(
        errorAt(
          t.source,
          [],
          `a translation of a section that does not exist: content/guide/${t.slug}.mdx`,
          didYouMean(t.slug, englishSlugs, 'name the file after the English section it translates'),
        ),
      );
    }
  }

  const status = english.map((section): SectionStatus => {
    const t = bySlug.get(section.slug);
    const row: SectionStatus = {
      section: section.slug,
      total: section.claims.length + 1,
      translated: 0,
      stale: 0,
      notes: [],
    };
    if (!t) {
      row.notes.push('no Chinese file');
      return row;
    }
    const claimIds = new Map(section.claims.map((c) => [c.id, [] as string[]]));
    const seen = new Set<string>();
    t.value.claims.forEach((claim, i) => {
      if (!claimIds.has(claim.id)) {
        errors.push(
          errorAt(
            t.source,
            ['claims', i, 'id'],
            `no claim "${claim.id}" in the English section "${section.slug}"`,
            didYouMean(
              claim.id,
              claimIds,
              `translate one of the claims of content/guide/${section.slug}.mdx`,
            ),
          ),
        );
      } else if (seen.has(claim.id)) {
        errors.push(
          errorAt(
            t.source,
            ['claims', i, 'id'],
            `claim "${claim.id}" is translated twice`,
            'keep one',
          ),
        );
      }
      seen.add(claim.id);
    });

    words.sections.set(section.slug, { title: t.value.title, summary: t.value.summary });
    row.translated += 1;
    if (t.value.translates !== stampOf(section.title, section.summary, section.body)) {
      row.stale += 1;
      row.notes.push('title, summary or prose');
    }
    const translated = new Map(t.value.claims.map((c) => [c.id, c]));
    for (const claim of section.claims) {
      const zh = translated.get(claim.id);
      if (!zh) {
        row.notes.push(`claim ${claim.id} not translated`);
        continue;
      }
      words.claims.set(claim.id, { text: zh.text });
      row.translated += 1;
      if (zh.translates !== stampOf(claim.text)) {
        row.stale += 1;
        row.notes.push(`claim ${claim.id}`);
      }
    }
    return row;
  });
  return { words, status };
}

/** An entity's `zh` block and the English it translates. */
export interface EntityWords {
  /** Where it is, for the report: "content/tasks/ner.yaml". */
  where: string;
  zh?: { translates?: string };
  english: ReadonlyArray<string | readonly string[] | undefined>;
}

export function entityStatus(entities: readonly EntityWords[]): TranslationStatus['entities'] {
  const result = { total: entities.length, translated: 0, stale: 0, notes: [] as string[] };
  for (const entity of entities) {
    if (!entity.zh) continue;
    result.translated += 1;
    if (entity.zh.translates !== stampOf(...entity.english)) {
      result.stale += 1;
      result.notes.push(entity.where);
    }
  }
  return result;
}

/** How many translations are missing and how many are out of date, over sections and entities. */
export function translationGaps(status: TranslationStatus): {
  untranslated: number;
  stale: number;
} {
  const sum = (key: 'translated' | 'total' | 'stale') =>
    status.sections.reduce((n, s) => n + s[key], 0);
  const e = status.entities;
  return {
    untranslated: sum('total') - sum('translated') + e.total - e.translated,
    stale: sum('stale') + e.stale,
  };
}

/** The status as `npm run graph` prints it: a total, then one row per section and the entities. */
export function formatStatus(status: TranslationStatus): string {
  const sum = (key: 'translated' | 'total' | 'stale') =>
    status.sections.reduce((n, s) => n + s[key], 0);
  const e = status.entities;
  const row = (name: string, translated: number, total: number, stale: number) =>
    `  ${name.padEnd(28)} ${`${translated} / ${total}`.padStart(9)} ${String(stale).padStart(11)}`;
  const { untranslated, stale } = translationGaps(status);
  return [
    `Chinese translation: ${untranslated} untranslated, ${stale} stale.`,
    `  ${'section'.padEnd(28)} ${'words'.padStart(9)} ${'out of date'.padStart(11)}`,
    ...status.sections.map((s) => row(s.section, s.translated, s.total, s.stale)),
    row('every section', sum('translated'), sum('total'), sum('stale')),
    row('tasks, models and the rest', e.translated, e.total, e.stale),
    ...[...status.sections.flatMap((s) => s.notes.map((n) => `${s.section}: ${n}`)), ...e.notes]
      .slice(0, 20)
      .map((note) => `  - out of date or missing: ${note}`),
  ].join('\n');
}
