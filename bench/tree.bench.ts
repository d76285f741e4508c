/**
 * The evolution tree at 60, 1,000 and 16,000 models: layout time in Node, then the real /tree/
 * page from dist/ in headless Chromium with synthetic data served in place of /api/tree.json
 * (so the page's own code draws it), measuring time to the first drawn frame and the frame rate
 * while panning and zooming.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { layoutTree } from '../src/tree/layout';
import { syntheticModels, syntheticTree } from './synthetic-tree';

const SIZES = [60, 1_000, 16_000];
const LOADS = 5;
const DIST = new URL('../dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function layoutTime(count: number): number {
  const { models } = syntheticModels(count);
  const runs = Array.from({ length: 7 }, () => {
    const start = performance.now();
    layoutTree(models);
    return performance.now() - start;
  });
  return median(runs);
}

/** dist/ over HTTP on a free port, as a static host would serve it. */
async function serveDist() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const { server, origin } = await serveDist();
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});

interface Row {
  count: number;
  layout: number;
  firstFrame: number;
  firstRender: number;
  drawing: number;
  complete: number;
  pan: number;
  zoom: number;
  drag: number;
  wheel: number;
}
/** The JavaScript /tree/ loads, gzip: before any interaction, and once the canvas has taken over. */
async function scriptBytes() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const seen = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    seen.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
  });
  await page.goto(`${origin}/tree/`, { waitUntil: 'networkidle' });
  const before = [...seen.values()].reduce((a, b) => a + b, 0);
  await page.evaluate(
    () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
  );
  await page.waitForLoadState('networkidle');
  const after = [...seen.values()].reduce((a, b) => a + b, 0);
  await page.close();
  return { before, after };
}
const bytes = await scriptBytes();

const rows: Row[] = [];
for (const count of SIZES) {
  const body = JSON.stringify(syntheticTree(count));
  const loads: { firstFrame: number; firstRender: number; drawing: number; complete: number }[] =
    [];
  let rates = { pan: 0, zoom: 0, drag: 0, wheel: 0 };
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx names functions with an `__name` helper; functions sent to the page need it there too.
    await page.addInitScript('window.__name = (f) => f');
    // The canvas takes over on the reader's first interaction; here it is asked for as soon as the first frame is
    // painted (as by a reader who touches the drawing at once), to time it from navigation.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            void (document.querySelector('model-tree') as unknown as { ready: Promise<void> })
              .ready;
          }),
        ),
      ),
    );
    await page.route('**/api/tree.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto(`${origin}/tree/`);
    await page.waitForFunction(
      () =>
        ['tree:drawn', 'tree:complete'].every(
          (name) => performance.getEntriesByName(name).length > 0,
        ),
      undefined,
      { timeout: 120_000 },
    );
    loads.push(
      await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
        return {
          // The first frame is in the page's markup: it is on screen at the first contentful paint.
          firstFrame: at('first-contentful-paint'),
          firstRender: at('tree:drawn'),
          drawing: at('tree:drawn') - at('tree:start'),
          complete: at('tree:complete'),
        };
      }),
    );
    if (i === LOADS - 1)
      rates = { ...(await page.evaluate(measureFrameRates)), ...(await measureGestures(page)) };
    await page.close();
  }
  rows.push({
    count,
    layout: layoutTime(count),
    firstFrame: median(loads.map((l) => l.firstFrame)),
    firstRender: median(loads.map((l) => l.firstRender)),
    drawing: median(loads.map((l) => l.drawing)),
    complete: median(loads.map((l) => l.complete)),
    ...rates,
  });
}
await browser.close();
server.close();

/** Frames per second while a reader drags the view around and zooms with the wheel, for two seconds each. */
async function measureGestures(page: import('@playwright/test').Page) {
  const canvas = page.locator('[data-ref="canvas"]');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const countFrames = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let frames = 0;
          const start = performance.now();
          const tick = (now: number) =>
            now - start >= 2000
              ? resolve((frames * 1000) / (now - start))
              : (frames++, requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
  const gesture = async (step: (k: number) => Promise<void>) => {
    const counting = countFrames();
    const until = Date.now() + 2000;
    for (let k = 0; Date.now() < until; k++) await step(k);
    return counting;
  };
  await page.mouse.move(x, y);
  await page.mouse.down();
  const drag = await gesture((k) =>
    page.mouse.move(x + 150 * Math.sin(k / 12), y + 80 * Math.cos(k / 15)),
  );
  await page.mouse.up();
  await page.waitForTimeout(300);
  const wheel = await gesture((k) => page.mouse.wheel(0, k % 40 < 20 ? -40 : 40));
  return { drag, wheel };
}

/** In the page: frames per second while the view pans, then zooms, on every frame for two seconds each. */
async function measureFrameRates() {
  const cy = (document.querySelector('model-tree') as unknown as { cy: import('cytoscape').Core })
    .cy;
  cy.zoom({ level: 0.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  const run = (step: (frame: number) => void) =>
    new Promise<number>((resolve) => {
      let frames = 0;
      const start = performance.now();
      const tick = (now: number) => {
        if (now - start >= 2000) return resolve((frames * 1000) / (now - start));
        step(frames++);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const pan = await run((frame) =>
    cy.panBy({ x: frame % 120 < 60 ? 6 : -6, y: 3 * Math.sin(frame / 20) }),
  );
  const zoom = await run((frame) =>
    cy.zoom({
      level: cy.zoom() * (frame % 60 < 30 ? 1.02 : 1 / 1.02),
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    }),
  );
  return { pan, zoom };
}

const TARGETS: Record<number, { frame?: number; render?: number; fps?: number }> = {
  60: { frame: 300 },
  16_000: { render: 3000, fps: 30 },
};
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const fps = (n: number) => `${n.toFixed(0)} fps`;
const lines = rows.map(
  ({ count, layout, firstFrame, firstRender, drawing, complete, pan, zoom, drag, wheel }) => {
    const target = TARGETS[count] ?? {};
    const renderTarget = target.frame
      ? `first frame < ${target.frame} ms ${mark(firstFrame < target.frame)}`
      : target.render
        ? `canvas < ${target.render} ms ${mark(firstRender < target.render)}`
        : '—';
    const fpsTarget = target.fps
      ? `≥ ${target.fps} fps ${mark(Math.min(drag, wheel) >= target.fps)}`
      : '—';
    return `| ${count.toLocaleString('en')} | ${layout.toFixed(1)} ms | ${firstFrame.toFixed(0)} ms | ${firstRender.toFixed(0)} ms | ${drawing.toFixed(0)} ms | ${renderTarget} | ${complete.toFixed(0)} ms | ${fps(drag)} | ${fps(wheel)} | ${fpsTarget} | ${fps(pan)} | ${fps(zoom)} |`;
  },
);
const [load1] = os.loadavg();

console.log(`## Evolution tree (\`/tree/\`)

Synthetic trees (bench/synthetic-tree.ts: four branches over eleven years, 80 % of models evolving from an older one) go
through the build's own \`treeData\`/\`layoutTree\`; layout time is the median of 7 runs in Node. The built \`/tree/\` page,
served from \`dist/\`, then loads each tree in place of \`/api/tree.json\` in headless Chromium (1400×900, no GPU).
"First frame" is navigation start to the first contentful paint: the page's markup carries the drawing's opening view as
SVG (the real site's 77 models, whatever data is served), so the tree is on screen then. The canvas takes over on the
reader's first interaction; here it is asked for as soon as the first frame is painted, and "canvas drawn" is navigation start to the
first frame Cytoscape draws of the served tree (the \`tree:drawn\` mark); "of which drawing" is the part from creating
the Cytoscape instance; "all models in" is navigation start to the last batch of models added (a big tree draws the
models around the first view first, the rest between frames). Medians of ${LOADS} loads.
After that, frame rates count requestAnimationFrame ticks for two seconds while the mouse drags the view and while the
wheel zooms it (what a reader does), and, as a worst case, while script pans or zooms the view on every single frame.
Load average when the benchmark started: ${load1!.toFixed(1)} on ${os.cpus().length} cores (other work on a shared
machine slows every number here).

JavaScript on \`/tree/\` (gzip, level 9): ${(bytes.before / 1024).toFixed(1)} kB before any interaction; ${(bytes.after / 1024).toFixed(1)} kB once the
canvas has taken over, Cytoscape included (budget: 170 kB, loaded on this page only).

| Models | Layout (Node) | First frame | Canvas drawn | of which drawing | Target | All models in | Drag pan | Wheel zoom | Frame-rate target | Pan every frame | Zoom every frame |
| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |
${lines.join('\n')}`);
