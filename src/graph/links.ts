/**
 * Links in the guide's prose, checked where authors work: every site link and anchor in an MDX
 * body must land on a page the site has and, for an anchor, on a claim card or a heading of
 * that page — reported like every other content error, with file, line, column and a
 * did-you-mean, so a broken link stops `npm run graph`, `npm run build` and `npm run dev`.
 */
import GithubSlugger from 'github-slugger';
import type { ContentError } from './errors';
import { didYouMean } from './errors';
import { claimAnchor } from './routes';

/** The body of one guide page: English (`guide/<slug>.mdx`) or a translation (`guide/zh/<slug>.mdx`). */
export interface GuideBody {
  file: string;
  /** The section it belongs to (the file name). */
  section: string;
  /** Its language: each language's page has the headings of its own text. */
  lang: string;
  /** The prose after the frontmatter. */
  text: string;
  /** Lines before the body in the file, so errors point at the right line. */
  lineOffset: number;
}

export interface KnownPages {
  /** Claim ids by the slug of the section that makes them. */
  claims: ReadonlyMap<string, readonly string[]>;
  models: ReadonlySet<string>;
  tasks: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
}

/** Anchors every guide page has besides its headings and claims (pages/guide/[slug].astro). */
const PAGE_ANCHORS = ['takeaways', 'claims', 'use-cases', 'non-use-cases', 'observations', 'cite'];
/** Pages of their own, not drawn from the content. */
const FIXED_PAGES = [
  '',
  'guide/',
  'models/',
  'tasks/',
  'datasets/',
  'tree/',
  'search/',
  'decide/',
  'api/',
];
const ARTEFACTS = ['api/graph.json', 'api/decision-flow.json'];

const LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|\bhref="([^"]+)"/g;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** A heading's text as Astro slugs it: without markdown emphasis, code marks and link targets. */
const headingText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();

/** The anchors of a body's headings and asides, in the order Astro would give them. */
export function anchorsOf(text: string): string[] {
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = HEADING.exec(line);
    if (heading) anchors.push(slugger.slug(headingText(heading[2]!)));
    const advice = /<Advice\s+title="([^"]+)"/.exec(line);
    if (advice)
      anchors.push(
        `advice-${advice[1]!
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')}`,
      );
  }
  return anchors;
}

export function checkLinks(bodies: readonly GuideBody[], known: KnownPages): ContentError[] {
  const errors: ContentError[] = [];
  // Anchors per page: a section in one language has its claims and the headings of its own text.
  const anchors = new Map<string, Set<string>>();
  for (const body of bodies) {
    const set = new Set([...PAGE_ANCHORS, ...anchorsOf(body.text)]);
    for (const id of known.claims.get(body.section) ?? []) set.add(claimAnchor(id));
    anchors.set(`${body.lang}:${body.section}`, set);
  }
  const sections = new Set(known.claims.keys());
  const sectionOfClaim = new Map(
    [...known.claims].flatMap(([section, ids]) => ids.map((id) => [id, section] as const)),
  );

  for (const body of bodies) {
    const lines = body.text.split('\n');
    let fenced = false;
    lines.forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return;
      for (const match of line.matchAll(LINK)) {
        const target = match[1] ?? match[2]!;
        const problem = problemOf(target, body.section, body.lang);
        if (problem) {
          errors.push({
            file: body.file,
            line: body.lineOffset + i + 1,
            column: line.indexOf(target, match.index) + 1,
            path: '',
            message: `link "${target}": ${problem.message}`,
            hint: problem.hint,
          });
        }
      }
    });
  }
  return errors;

  function problemOf(
    target: string,
    here: string,
    lang: string,
  ): { message: string; hint: string } | undefined {
    if (/^(https?:|mailto:)/i.test(target)) return undefined;
    if (!target.startsWith('/') && !target.startsWith('#')) {
      return {
        message: 'a relative link breaks when the page moves',
        hint: 'start site links with "/" (for example /guide/nlu/) or link to an anchor with "#"',
      };
    }
    const [rawPath, anchor] = target.split('#', 2) as [string, string | undefined];
    const path = rawPath.replace(/^\//, '').replace(/\?.*$/, '');
    let page: string | undefined;
    if (rawPath === '') page = here;
    else {
      const [kind, slug, ...rest] = path.split('/');
      const bad = (what: string, slugs: Iterable<string>) => ({
        message: `no ${what} "${slug}"`,
        hint: didYouMean(
          slug ?? '',
          new Map([...slugs].map((s) => [s, []])),
          `link to an existing ${what}`,
        ),
      });
      if (FIXED_PAGES.includes(path) || ARTEFACTS.includes(path)) page = undefined;
      else if (rest.join('') !== '' || !path.endsWith('/'))
        return {
          message: 'not a page of the site',
          hint: 'site pages end with "/", e.g. /guide/nlu/, /models/gpt-3/, /tasks/ner/',
        };
      else if (kind === 'guide') {
        if (!sections.has(slug!)) return bad('guide section', sections);
        page = slug;
      } else if (kind === 'models') {
        if (!known.models.has(slug!)) return bad('model', known.models);
      } else if (kind === 'tasks') {
        if (!known.tasks.has(slug!)) return bad('task', known.tasks);
      } else if (kind === 'datasets') {
        if (!known.datasets.has(slug!)) return bad('dataset', known.datasets);
      } else
        return {
          message: 'not a page of the site',
          hint: 'link to /guide/<section>/, /models/<id>/, /tasks/<id>/, /datasets/<id>/ or one of the site’s own pages',
        };
    }
    if (!anchor) return undefined;
    if (page === undefined)
      return {
        message: `only guide pages have anchors the content can check`,
        hint: 'link to the page without "#…"',
      };
    // A translated page without its own text shows the English one, with the English headings.
    const onPage = anchors.get(`${lang}:${page}`) ?? anchors.get(`en:${page}`) ?? new Set<string>();
    if (onPage.has(anchor)) return undefined;
    const isClaim = anchor.startsWith('claim-');
    const elsewhere = isClaim ? sectionOfClaim.get(anchor.slice(6)) : undefined;
    if (elsewhere)
      return {
        message: `claim "${anchor.slice(6)}" is in section "${elsewhere}", not "${page}"`,
        hint: `link to /guide/${elsewhere}/#${anchor}`,
      };
    return {
      message: isClaim
        ? `no claim "${anchor.slice(6)}" in section "${page}"`
        : `no heading with the anchor "#${anchor}" on ${page === here ? 'this page' : `/guide/${page}/`}`,
      hint: didYouMean(
        anchor,
        new Map([...onPage].map((a) => [a, []])),
        isClaim
          ? `link to one of the section's claims (#claim-<id>)`
          : `link to one of the page's headings`,
      ),
    };
  }
}
