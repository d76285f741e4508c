/**
 * Every browser test also checks that the page stayed clean: it fails on any console error or
 * warning, uncaught exception, Content-Security-Policy violation, or request that leaves the
 * site's origin (fonts, icons and scripts are all self-hosted). It also fails if its spec read
 * the facts of another build than the one its project serves (see builds.ts and site.ts).
 */
import { test as base, expect } from '@playwright/test';
import { buildsRead } from './site';

export const test = base.extend<{ pageProblems: string[]; rightBuild: void }>({
  rightBuild: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const build = testInfo.project.metadata.build as string | undefined;
      const wrong = buildsRead().filter((name) => name !== build);
      expect(
        wrong,
        `a spec of the ${testInfo.project.name} project read the ${wrong.join(', ')} build: name the build it runs against in builtSite(), or move it in tests/e2e/builds.ts`,
      ).toEqual([]);
      await use();
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== origin)
          problems.push(`third-party request: ${request.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'the page logged problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
