/**
 * In headless Chromium, from a cold cache: the time from the first keystroke to the first results
 * on screen, and the bytes transferred for that first query — for our dialog on a guide page
 * (first keystroke: Ctrl+K, then the query), and for Pagefind on the same site (first keystroke:
 * the query typed into its box). Each query runs in a fresh browser context.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import type { StaticServer } from './server';
import { RESULTS_SHOWN } from './pagefind';

/** A mobile-like network: 1.6 Mbps down, 150 ms round trip (Chrome's "Fast 3G"). */
export const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

export interface FirstQuery {
  time: number;
  bytes: number;
  requests: number;
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: run `node scripts/chromium.mjs` or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Records, in the page, the first keystroke and the moment the first result appears. */
function stopwatch(selector: string) {
  return `(() => {
    const w = window;
    addEventListener('keydown', () => { w.__t0 ??= performance.now(); }, { capture: true });
    addEventListener('input', () => { w.__t0 ??= performance.now(); }, { capture: true });
    new MutationObserver(() => {
      if (w.__t0 !== undefined && w.__t1 === undefined && document.querySelector(${JSON.stringify(selector)})) w.__t1 = performance.now();
    }).observe(document, { subtree: true, childList: true });
  })();`;
}

async function measure(
  browser: Browser,
  server: StaticServer,
  path: string,
  selector: string,
  slow: boolean,
  act: (page: Page) => Promise<void>,
  done: (page: Page) => Promise<void>,
): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (slow)
    await (
      await context.newCDPSession(page)
    ).send('Network.emulateNetworkConditions', SLOW_NETWORK);
  await page.addInitScript(stopwatch(selector));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  const mark = server.log.length;
  await act(page);
  await page.waitForFunction(
    () => (window as unknown as { __t1?: number }).__t1 !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  await done(page);
  const time = await page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
  const transfers = server.log.slice(mark);
  await context.close();
  return {
    time,
    bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    requests: transfers.length,
  };
}

export function ourFirstQuery(
  browser: Browser,
  server: StaticServer,
  path: string,
  query: string,
  slow: boolean,
): Promise<FirstQuery> {
  return measure(
    browser,
    server,
    path,
    'dialog [role="option"].result',
    slow,
    async (page) => {
      await page.keyboard.press('Control+k');
      await page.keyboard.insertText(query);
    },
    async () => {},
  );
}

export function pagefindFirstQuery(
  browser: Browser,
  server: StaticServer,
  query: string,
  slow: boolean,
  harness = '/pagefind-harness/',
): Promise<FirstQuery> {
  return measure(
    browser,
    server,
    harness,
    '#results li',
    slow,
    async (page) => {
      await page.focus('#q');
      await page.keyboard.insertText(query);
    },
    // Bytes count until every shown result has its fragment, as Pagefind's UI would load them.
    (page) =>
      page
        .waitForFunction(
          (shown) => {
            const w = window as unknown as { __expected?: number; __shown?: number };
            return w.__expected !== undefined && (w.__shown ?? 0) >= Math.min(w.__expected, shown);
          },
          RESULTS_SHOWN,
          { timeout: 60_000 },
        )
        .then(() => {}),
  );
}

/** The claims (slugs) Pagefind's results lead to for each query, at most `limit` each (see pagefind.ts). */
export async function pagefindClaims(
  browser: Browser,
  server: StaticServer,
  harness: string,
  queries: string[],
  limit: number,
): Promise<string[][]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}${harness}`, { waitUntil: 'networkidle' });
  const found: string[][] = [];
  for (const query of queries)
    found.push(
      await page.evaluate(
        ([q, n]) =>
          (window as unknown as { __claims: (q: string, n: number) => Promise<string[]> }).__claims(
            q,
            n,
          ),
        [query, limit] as const,
      ),
    );
  await context.close();
  return found;
}
