/**
 * The drawing's geometry: edge routes keep clear of every model they do not join, labels fit
 * their boxes, the first view is legible, and the build-time SVG draws every model where the
 * canvas does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realSite } from './site';
import { treeDataFromGraph } from '../../src/tree/data';
import { fit, labelLines, LABEL_WIDTH, textWidth } from '../../src/tree/label';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../../src/tree/layout';
import { route, segments } from '../../src/tree/routes';
import { exportDocument, firstFrame } from '../../src/tree/svg';
import type { TreeData } from '../../src/tree/types';
import { labelPixels, openingView } from '../../src/tree/view';
import { syntheticTree } from '../../bench/synthetic-tree';

let real: TreeData;
let zh: TreeData;
beforeAll(async () => {
  const site = await realSite();
  real = treeDataFromGraph(site.graph);
  zh = treeDataFromGraph(site.graph, 'zh');
});

/** Whether a horizontal or vertical segment passes through a node's box (its border included). */
function crosses(a: Point, b: Point, node: Point): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return (
    x2 >= node.x - NODE_WIDTH / 2 &&
    x1 <= node.x + NODE_WIDTH / 2 &&
    y2 >= node.y - NODE_HEIGHT / 2 &&
    y1 <= node.y + NODE_HEIGHT / 2
  );
}

function collisions(tree: TreeData): string[] {
  const bySlug = new Map(tree.models.map((m) => [m.slug, m]));
  const found: string[] = [];
  for (const child of tree.models)
    for (const slug of child.parents) {
      const parent = bySlug.get(slug)!;
      const points = route(parent, child);
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect(a.x === b.x || a.y === b.y, 'segments are horizontal or vertical').toBe(true);
        for (const other of tree.models) {
          if (other === parent || other === child) continue;
          if (crosses(a, b, other)) found.push(`${slug}>${child.slug} runs behind ${other.slug}`);
        }
      }
    }
  return found;
}

describe('edge routes', () => {
  it('no edge of the real tree runs behind a model it does not join', () => {
    expect(collisions(real)).toEqual([]);
  });
  it('nor in a crowded synthetic tree', () => {
    expect(collisions(syntheticTree(400))).toEqual([]);
  });
  it('start at the parent and end at the child, and become Cytoscape segments that land on the same bends', () => {
    const parent = { x: 100, y: 500 };
    const child = { x: 412, y: 90 };
    const points = route(parent, child);
    expect(points[0]).toEqual({ x: 100, y: 500 - NODE_HEIGHT / 2 });
    expect(points.at(-1)).toEqual({ x: 412, y: 90 + NODE_HEIGHT / 2 });
    const { weights, distances } = segments(parent, child, points);
    const [dx, dy] = [child.x - parent.x, child.y - parent.y];
    const length = Math.hypot(dx, dy);
    weights.forEach((w, i) => {
      // Cytoscape: source + w·(target − source) + d·(−dy, dx)/length.
      const x = parent.x + w * dx + (distances[i]! * -dy) / length;
      const y = parent.y + w * dy + (distances[i]! * dx) / length;
      expect(x).toBeCloseTo(points[i + 1]!.x, 6);
      expect(y).toBeCloseTo(points[i + 1]!.y, 6);
    });
  });
});

describe('labels', () => {
  it('every name and organisation line of the real tree fits its box, in both languages', () => {
    for (const tree of [real, zh]) {
      const orgs = new Map(tree.organisations.map((o) => [o.slug, o.name]));
      for (const m of tree.models)
        for (const line of labelLines(
          m.name,
          m.organisations.map((o) => orgs.get(o)!),
        ))
          expect(textWidth(line), `${m.slug}: ${line}`).toBeLessThanOrEqual(LABEL_WIDTH);
    }
  });
  it('shortens with an ellipsis, and names a second organisation as +1 when both do not fit', () => {
    expect(fit('A very long model name that cannot fit')).toMatch(/…$/);
    expect(fit('GPT-3')).toBe('GPT-3');
    expect(
      labelLines('Tk-Instruct', ['University of Washington', 'Allen Institute for AI']),
    ).toEqual(['Tk-Instruct', expect.stringMatching(/ \+1$/)]);
    expect(labelLines('BERT', ['Google'])).toEqual(['BERT', 'Google']);
  });
});

describe('the first view', () => {
  it('opens at a zoom where labels are at least 11 CSS pixels, on the newest year', () => {
    expect(labelPixels(real.focus.zoom)).toBeGreaterThanOrEqual(11);
    const view = openingView(real.focus, 1000);
    const newest = real.bands[0]!;
    expect(view.pan.y + newest.top * view.zoom).toBeGreaterThan(0);
    expect(view.pan.y + newest.top * view.zoom).toBeLessThan(60);
  });
  it('shows the busiest branch of the recent years (decoder-only in the paper), held to the right edge', () => {
    const branch = real.branches.find((b) => b.family === 'decoder-only')!;
    expect(real.focus.align).toBe(1);
    for (const width of [360, 1000, 1600]) {
      const view = openingView(real.focus, width);
      const right = view.pan.x + branch.right * view.zoom;
      expect(right).toBeLessThanOrEqual(width);
      expect(right).toBeGreaterThan(width - 40);
    }
  });
});

describe('the build-time SVG', () => {
  const lines = (tree: TreeData) => (slug: string) => [
    tree.models.find((m) => m.slug === slug)!.name,
  ];
  it('draws every model once, as a link, at its layout position', () => {
    const svg = firstFrame(
      real,
      real.focus,
      { links: true, lines: lines(real) },
      { branch: (f) => f },
    );
    for (const m of real.models)
      expect(svg).toContain(
        `data-slug="${m.slug}" tabindex="-1" transform="translate(${m.x} ${m.y})"`,
      );
    expect(svg.match(/<a /g)).toHaveLength(real.models.length);
    expect(svg).not.toMatch(/style=/);
  });
  it('exports a standalone document with title, legend, source and only the models shown', () => {
    const hidden = real.models[0]!.slug;
    const { svg } = exportDocument(
      real,
      {
        lines: lines(real),
        state: (slug) => (slug === hidden ? 'hidden' : ''),
        paint: {
          bg: '#fff',
          band: '#eee',
          fg: '#000',
          muted: '#666',
          highlight: '#c00',
          family: {
            'pre-transformer': '#111',
            'encoder-only': '#222',
            'encoder-decoder': '#333',
            'decoder-only': '#444',
          },
        },
      },
      { x1: -200, y1: -100, x2: 2200, y2: 1600 },
      {
        title: 'Model evolution tree',
        subtitle: 'sub',
        source: 'Source: Yang et al.',
        branch: (f) => f,
        legend: { open: 'Filled: open weights', closed: 'Hollow: closed', dashed: 'Dashed' },
      },
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const text of ['Model evolution tree', 'Filled: open weights', 'Source: Yang et al.'])
      expect(svg).toContain(text);
    expect(svg.match(/class="model /g)).toHaveLength(real.models.length - 1);
  });
});
