/**
 * The build's word on SITE_URL (src/pipeline/site-url.ts): without it every canonical URL names
 * the development server, and `astro build` must say so, with the fix. The sub-path build in
 * tests/e2e/links.spec.ts checks the other half: with SITE_URL set, canonicals are absolute there.
 */
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { DEV_SITE, siteOf, siteUrlCheck, siteUrlWarning } from '../../src/pipeline/site-url';

/** Runs the integration's build hooks as `astro build` would, and returns what they logged. */
function buildLog(env: { SITE_URL?: string; BASE_PATH?: string }): string[] {
  const said: string[] = [];
  const logger = {
    warn: (message: string) => said.push(message),
  } as unknown as AstroIntegrationLogger;
  const { hooks } = siteUrlCheck(env);
  for (const hook of [hooks['astro:build:start'], hooks['astro:build:done']])
    (hook as (options: { logger: AstroIntegrationLogger }) => void)({ logger });
  return said;
}

describe('SITE_URL at build time', () => {
  it('without it, the build warns at its start and end: which URLs are wrong and how to set it', () => {
    const said = buildLog({ BASE_PATH: '/llm-practical-guide/' });
    expect(said).toHaveLength(2);
    const warning = said[0]!;
    expect(warning).toContain('SITE_URL is not set');
    expect(warning).toContain('canonical URL, og:url, the sitemap and robots.txt');
    expect(warning).toContain('http://localhost:4321/llm-practical-guide/');
    expect(warning).toContain(
      'SITE_URL=https://you.github.io BASE_PATH=/llm-practical-guide/ npm run build',
    );
    expect(warning).toContain('"Deploy" in README.md');
    expect(warning.split('\n').length).toBeGreaterThan(3);
    expect(siteOf({})).toBe(DEV_SITE);
  });

  it('with a sound absolute address, it says nothing and the build uses it', () => {
    expect(buildLog({ SITE_URL: 'https://example.github.io', BASE_PATH: '/guide/' })).toEqual([]);
    expect(siteOf({ SITE_URL: ' https://example.org ' })).toBe('https://example.org');
  });

  it('explains an address that is not absolute, or that carries the sub-path', () => {
    expect(siteUrlWarning({ SITE_URL: 'example.org' })).toMatch(
      /^SITE_URL=example.org is not an absolute http\(s\) address\./,
    );
    expect(siteUrlWarning({ SITE_URL: 'https://me.github.io/llm-guide' })).toContain(
      'SITE_URL=https://me.github.io BASE_PATH=/llm-guide/',
    );
  });
});
