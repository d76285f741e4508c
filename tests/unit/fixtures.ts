/** Fixture content trees: a small valid tree, and overlays (mostly error cases) that replace or add a few files. */
import { readContentTree } from '../../src/graph/read';
import type { ContentFile } from '../../src/graph/build';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

export const validTree = () => readContentTree(`${FIXTURES}valid`);

/** The valid tree with the files of `tests/fixtures/overlays/<name>/` (one or more overlays) laid over it. */
export async function overlaidTree(...names: string[]): Promise<ContentFile[]> {
  const files = new Map((await validTree()).map((file) => [file.path, file]));
  for (const name of names) {
    for (const file of await readContentTree(`${FIXTURES}overlays/${name}`))
      files.set(file.path, file);
  }
  return [...files.values()];
}
