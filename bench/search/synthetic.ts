/**
 * 100,000 synthetic claims for the scale benchmark: sentences drawn from the real claims' own
 * words (so term frequencies look like the guide's), each linked to real tasks, models, datasets
 * and a section, with a verdict. Seeded, so every run measures the same data.
 */
import type { SearchData, SearchDoc } from '../../src/search/documents';
import { tokenize } from '../../src/search/text';
import { seeded } from '../random';

export function withSyntheticClaims(real: SearchData, count: number, seed = 42): SearchData {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const realClaims = real.docs.filter((d) => d.type === 'claim');
  const words = realClaims.flatMap((c) => tokenize(c.text).map((t) => t.text));
  const some = (size: number, max: number) => [
    ...new Set(
      Array.from({ length: Math.floor(random() * (max + 1)) }, () => Math.floor(random() * size)),
    ),
  ];
  const claims: SearchDoc[] = Array.from({ length: count }, (_, i) => {
    const length = 15 + Math.floor(random() * 35);
    const text = `${Array.from({ length }, () => pick(words)).join(' ')}.`;
    const template = pick(realClaims);
    return {
      id: `claim:synthetic-${i}`,
      type: 'claim',
      title: template.title,
      text: text[0]!.toUpperCase() + text.slice(1),
      ...(template.meta ? { meta: template.meta } : {}),
      url: `/guide/synthetic/#claim-synthetic-${i}`,
      verdict: pick(real.values.verdict).slug,
      links: {
        task: [
          Math.floor(random() * real.values.task.length),
          ...some(real.values.task.length, 2),
        ].filter((v, j, a) => a.indexOf(v) === j),
        model: some(real.values.model.length, 2),
        dataset: some(real.values.dataset.length, 1),
        section: [Math.floor(random() * real.values.section.length)],
      },
    };
  });
  return { ...real, docs: [...claims, ...real.docs.filter((d) => d.type !== 'claim')] };
}
