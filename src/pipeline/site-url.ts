/**
 * Where the built site will be served from. SITE_URL (and BASE_PATH for a sub-path) make every
 * canonical URL, og:url, the sitemap and robots.txt absolute; without SITE_URL they name the
 * development server, which tells search engines and link previews to go to localhost. A build
 * without it says so loudly, at its start and again as its last word; `npm start` sets it to the
 * local preview on purpose.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** The address of `astro dev` and `astro preview`, used when SITE_URL is not set. */
export const DEV_SITE = 'http://localhost:4321';

/** The environment the build runs in; SITE_URL and BASE_PATH are read. */
type Env = Readonly<Record<string, string | undefined>>;

/** The address the build will write into every page. */
export const siteOf = (env: Env): string => env.SITE_URL?.trim() || DEV_SITE;

/** What is wrong with SITE_URL and how to fix it, or undefined when it is set and sound. */
export function siteUrlWarning(env: Env): string | undefined {
  const base = env.BASE_PATH ?? '/';
  const fix = [
    'Set it to the address the site is served from (and BASE_PATH when that is a sub-path), e.g.',
    '  SITE_URL=https://you.github.io BASE_PATH=/llm-practical-guide/ npm run build',
    'See "Deploy" in README.md for GitHub Pages, Netlify, Cloudflare Pages, Vercel and other hosts.',
  ];
  const site = env.SITE_URL?.trim();
  if (!site)
    return [
      'SITE_URL is not set: every canonical URL, og:url, the sitemap and robots.txt in this build',
      `point at ${new URL(base, DEV_SITE).href}, a development server. Deployed like this, the`,
      'site sends search engines and link previews to localhost.',
      ...fix,
    ].join('\n');
  let url: URL | undefined;
  try {
    url = new URL(site);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    return [`SITE_URL=${site} is not an absolute http(s) address.`, ...fix].join('\n');
  if (url.pathname !== '/')
    return [
      `SITE_URL=${site} has a path (${url.pathname}): the site's pages would not be found under it.`,
      `Put the path in BASE_PATH instead: SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`,
    ].join('\n');
  return undefined;
}

/** The check as an Astro integration: it speaks during `astro build` only. */
export function siteUrlCheck(env: Env = process.env): AstroIntegration {
  const warn = ({ logger }: { logger: AstroIntegrationLogger }) => {
    const warning = siteUrlWarning(env);
    if (warning) logger.warn(`\n${warning}`);
  };
  return {
    name: 'site-url-check',
    hooks: { 'astro:build:start': warn, 'astro:build:done': warn },
  };
}
