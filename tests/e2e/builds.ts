/**
 * The two sites the browser tests run against, and which specs run on which.
 *
 * - `site`: the real content (`content/`), built into `dist/`. The sweeps run here — axe on
 *   every page, links, size budgets, CSP, hostile URLs, layout, navigation, theme, the API —
 *   and the checks of the real content's integrity.
 * - `features`: the small fixture content of `tests/fixtures/site/`, built into `dist-fixture/`
 *   (`npm run build:fixture`). The features' behaviour is tested here — tree, search, advisor,
 *   entity pages, index tables, cite block — with expectations read from that build, so they
 *   test behaviour rather than today's prose.
 *
 * Each project has its own `astro preview` server: PREVIEW_PORT (default 4322) and the port after
 * it, or FEATURES_PREVIEW_PORT when that one is taken.
 */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4322);
const FEATURES_PORT = Number(process.env.FEATURES_PREVIEW_PORT ?? PREVIEW_PORT + 1);

export const BUILDS = {
  site: { contentDir: 'content', outDir: 'dist', port: PREVIEW_PORT },
  features: { contentDir: 'tests/fixtures/site', outDir: 'dist-fixture', port: FEATURES_PORT },
} as const;

export type BuildName = keyof typeof BUILDS;

/** Specs (file names without `.spec.ts`) that run on the fixture site; every other spec runs on the real one. */
export const FEATURE_SPECS = [
  'cite',
  'decide',
  'entities',
  'guide-links',
  'i18n-fallback',
  'index-tables',
  'search-accessibility',
  'search-dialog',
  'search-page',
  'search-paper',
  'toc',
  'tree',
  'tree-accessibility',
  'tree-features',
] as const;
