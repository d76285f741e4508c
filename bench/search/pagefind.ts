/**
 * The same built site indexed by Pagefind (what Starlight uses), and a minimal page per language
 * that searches it with Pagefind's JavaScript API the way its UI does: load on first input,
 * search, then fetch the fragments of the first results to show their titles and excerpts.
 * Pagefind indexes each language apart (from <html lang>) and searches the one of the page it
 * runs on: the English harness is `/pagefind-harness/`, the Chinese one `/pagefind-harness/zh/`.
 *
 * For recall, the harness also lists the claims Pagefind's results lead to: Pagefind finds pages,
 * so each matched word is given to the claim card (`id="claim-…"`) it falls in, using the
 * fragment's anchors; claims come in the order of their pages, then by matched words in the page.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { now } from './stats';

export const RESULTS_SHOWN = 8;

export interface PagefindSite {
  /** Folder with `pagefind/` and the harness page `index.html`. */
  dir: string;
  pages: number;
  indexTime: number;
}

export async function indexWithPagefind(dist: string): Promise<PagefindSite> {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-bench-'));
  const start = now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length > 0)
    throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  const indexTime = now() - start;
  await pagefind.close();
  writeFileSync(join(dir, 'index.html'), harness('en'));
  mkdirSync(join(dir, 'zh'));
  writeFileSync(join(dir, 'zh', 'index.html'), harness('zh-CN'));
  return { dir, pages: added.page_count, indexTime };
}

const harness = (lang: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body>
<input id="q" type="search" aria-label="Search">
<ol id="results"></ol>
<script type="module">
  const box = document.getElementById('q');
  const list = document.getElementById('results');
  let engine;
  const load = () =>
    (engine ??= import('/pagefind/pagefind.js').then(async (pf) => { await pf.init(); return pf; }));
  window.__claims = async (query, limit) => {
    const pf = await load();
    const search = await pf.search(query);
    const claims = [];
    for (const result of (search?.results ?? []).slice(0, 30)) {
      if (claims.length >= limit) break;
      const data = await result.data();
      const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
      const words = new Map();
      for (const location of data.locations) {
        let owner;
        for (const anchor of anchors) if (anchor.location <= location) owner = anchor; else break;
        if (owner?.id.startsWith('claim-')) words.set(owner.id, (words.get(owner.id) ?? 0) + 1);
      }
      for (const [id] of [...words].sort((a, b) => b[1] - a[1]))
        if (!claims.includes(id.slice(6))) claims.push(id.slice(6));
    }
    return claims.slice(0, limit);
  };
  box.addEventListener('input', async () => {
    const pf = await load();
    const search = await pf.search(box.value);
    if (!search) return;
    list.replaceChildren();
    window.__expected = Math.min(${RESULTS_SHOWN}, search.results.length);
    window.__shown = 0;
    for (const result of search.results.slice(0, ${RESULTS_SHOWN})) {
      result.data().then((data) => {
        const item = document.createElement('li');
        item.className = 'result';
        item.textContent = data.meta.title + ' — ' + data.excerpt.replace(/<[^>]+>/g, '');
        list.append(item);
        window.__shown++;
      });
    }
    if (search.results.length === 0) window.__expected = 0;
  });
</script>
</body></html>`;
