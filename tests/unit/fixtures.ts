/** Fixture content trees: a small valid tree, and error cases that overlay a few files on it. */
import { readContentTree } from '../../src/graph/read';
import type { ContentFile } from '../../src/graph/build';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

export const validTree = () => readContentTree(`${FIXTURES}valid`);

/** The valid tree with the files of `tests/fixtures/errors/<name>/` (one or more fixtures) laid over it. */
export async function errorTree(...names: string[]): Promise<ContentFile[]> {
  const files = new Map((await validTree()).map((file) => [file.path, file]));
  for (const name of names) {
    for (const file of await readContentTree(`${FIXTURES}errors/${name}`)) files.set(file.path, file);
  }
  return [...files.values()];
}
