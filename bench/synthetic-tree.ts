/**
 * Synthetic evolution trees of any size for the benchmark: models spread over the four branches
 * and a decade, most evolving from an older model of their branch, from a few hundred
 * organisations. Seeded, so every run measures the same trees.
 */
import { FAMILIES, type Family } from '../src/core/vocabulary';
import { treeData, type TreeModelInput } from '../src/tree/data';
import type { TreeData } from '../src/tree/types';
import { seeded } from './random';

const SHARE: Record<Family, number> = {
  'pre-transformer': 0.03,
  'encoder-only': 0.2,
  'encoder-decoder': 0.17,
  'decoder-only': 0.6,
};

export function syntheticModels(
  count: number,
  seed = 1,
): { models: TreeModelInput[]; organisations: { slug: string; name: string }[] } {
  const next = seeded(seed);
  const organisations = Array.from({ length: Math.max(5, Math.round(count / 50)) }, (_, i) => ({
    slug: `org-${i}`,
    name: `Organisation ${i}`,
  }));
  const earlier: Record<Family, string[]> = {
    'pre-transformer': [],
    'encoder-only': [],
    'encoder-decoder': [],
    'decoder-only': [],
  };
  const models: TreeModelInput[] = [];
  for (let i = 0; i < count; i++) {
    // Years grow denser towards the present, as the real atlas does; models come in time order.
    const year = 2013 + Math.floor(11 * Math.sqrt(i / count));
    let roll = next();
    const family = FAMILIES.find((f) => (roll -= SHARE[f]) < 0) ?? 'decoder-only';
    const pool = earlier[family];
    const parent =
      pool.length > 0 && next() < 0.8 ? pool[Math.floor(next() * pool.length)] : undefined;
    const slug = `m-${i}`;
    models.push({
      slug,
      name: `Model ${i}`,
      aliases: [],
      year,
      month: 1 + Math.floor(next() * 12),
      family,
      open: next() < 0.55,
      inFigure1: false,
      organisations: [organisations[Math.floor(next() * organisations.length)]!.slug],
      parents: parent ? [parent] : [],
      url: `/models/${slug}/`,
      claims: 0,
    });
    pool.push(slug);
  }
  return { models, organisations };
}

export function syntheticTree(count: number): TreeData {
  const { models, organisations } = syntheticModels(count);
  return treeData(models, organisations);
}
