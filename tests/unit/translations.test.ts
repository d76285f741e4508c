/** Translations: each belongs to something English, and goes stale when that English changes. */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ContentFile } from '../../src/graph/build';
import { formatError } from '../../src/graph/errors';
import { formatStatus, stampOf, translationGaps } from '../../src/graph/translations';
import { overlaidTree, validTree } from './fixtures';

const BETA_ZH = (claimStamp: string, sectionStamp = '00000000') => ({
  path: 'guide/zh/beta.mdx',
  text: `---\ntitle: 第二节\nsummary: 第二个小节。\ntranslates: "${sectionStamp}"\nclaims:\n  - id: beta-llm-wins\n    text: Big LM胜过Small LM。\n    translates: "${claimStamp}"\n---\n\n正文。\n`,
});

const withFile = async (file: ContentFile) => [...(await validTree()), file];

describe('translations', () => {
  it('a claim id the English section does not have, or a section that does not exist, stops the build', async () => {
    const { graph, errors } = buildGraph(await overlaidTree('translations'));
    expect(graph).toBeUndefined();
    expect(errors.map(formatError)).toEqual([
      'content/guide/zh/beta.mdx:5:9: claims[0].id: no claim "beta-llm-win" in the English section "beta" — did you mean "beta-llm-wins"?',
      'content/guide/zh/gamma.mdx:2:1: a translation of a section that does not exist: content/guide/gamma.mdx — name the file after the English section it translates',
    ]);
  });

  it('puts the Chinese words on the section and claim nodes', async () => {
    const { graph } = buildGraph(await withFile(BETA_ZH('ffffffff')));
    const claim = graph!.nodes.find((n) => n.id === 'claim:beta-llm-wins');
    const section = graph!.nodes.find((n) => n.id === 'section:beta');
    expect(claim).toMatchObject({ zh: { text: 'Big LM胜过Small LM。' } });
    expect(section).toMatchObject({ zh: { title: '第二节', summary: '第二个小节。' } });
  });

  it('is stale until stamped with today’s English, and stale again when the English changes', async () => {
    const english = 'Big LM beats Small LM on open-ended sample tasks.';
    const fresh = buildGraph(await withFile(BETA_ZH(stampOf(english))));
    const beta = fresh.translations!.sections.find((s) => s.section === 'beta')!;
    expect(beta).toMatchObject({ total: 2, translated: 2, stale: 1 });
    expect(beta.notes).toEqual(['title, summary or prose']);

    const old = buildGraph(await withFile(BETA_ZH(stampOf('What the English said before.'))));
    expect(old.translations!.sections.find((s) => s.section === 'beta')!.notes).toContain(
      'claim beta-llm-wins',
    );
  });

  it('counts a section without a Chinese file as untranslated, never as an error', async () => {
    const { graph, translations } = buildGraph(await validTree());
    expect(graph).toBeDefined();
    const alpha = translations!.sections.find((s) => s.section === 'alpha')!;
    expect(alpha).toMatchObject({ translated: 0, total: 3, notes: ['no Chinese file'] });
  });

  it('sums the gaps the build warns about, and prints them as `npm run graph` does', async () => {
    const english = 'Big LM beats Small LM on open-ended sample tasks.';
    const { translations } = buildGraph(await withFile(BETA_ZH(stampOf(english))));
    const gaps = translationGaps(translations!);
    const sections = translations!.sections;
    const missing =
      sections.reduce((n, s) => n + s.total - s.translated, 0) +
      translations!.entities.total -
      translations!.entities.translated;
    expect(gaps).toEqual({
      untranslated: missing,
      stale: sections.reduce((n, s) => n + s.stale, 0) + translations!.entities.stale,
    });
    expect(gaps.stale).toBeGreaterThan(0);
    expect(formatStatus(translations!).split('\n')[0]).toBe(
      `Chinese translation: ${gaps.untranslated} untranslated, ${gaps.stale} stale.`,
    );
  });
});
