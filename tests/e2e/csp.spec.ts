/**
 * A strict Content-Security-Policy on every page, checked in the built HTML: scripts only from
 * the site or by hash, no 'unsafe-inline' or 'unsafe-eval', no inline event handlers, and every
 * inline script allowed by its own hash. (Violations at run time fail every browser test.)
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { builtSite } from './site';

const { allPages, builtHtml } = builtSite('site');

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `))
    ?.split(/\s+/)
    .slice(1) ?? [];

test('every page carries a strict Content-Security-Policy that covers its inline scripts', () => {
  const problems: string[] = [];
  for (const path of allPages()) {
    const html = builtHtml(path);
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    if (!policy) {
      problems.push(`${path}: no CSP meta tag`);
      continue;
    }
    const scripts = directive(policy, 'script-src');
    if (!scripts.includes("'self'")) problems.push(`${path}: script-src lacks 'self'`);
    for (const source of scripts) {
      if (!/^'(self|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(source))
        problems.push(`${path}: script-src allows ${source}`);
    }
    if (!directive(policy, 'default-src').includes("'self'"))
      problems.push(`${path}: default-src is not 'self'`);
    if (directive(policy, 'object-src').join(' ') !== "'none'")
      problems.push(`${path}: object-src is not 'none'`);
    if (/'unsafe-(inline|eval)'/.test(policy))
      problems.push(`${path}: policy allows unsafe-inline or unsafe-eval`);
    for (const [, handler] of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/gi))
      problems.push(`${path}: inline event handler ${handler}`);
    if (/\shref="javascript:/i.test(html)) problems.push(`${path}: javascript: link`);
    for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!))
        continue;
      const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
      if (!scripts.includes(hash))
        problems.push(
          `${path}: inline script without its hash in the policy: ${body!.slice(0, 60)}`,
        );
    }
  }
  expect(problems).toEqual([]);
});
