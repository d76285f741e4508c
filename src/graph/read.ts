/** The one place the graph builder touches the file system: read every file of the content folder. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './build';

export async function readContentTree(contentDir: string): Promise<ContentFile[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const full = join(entry.parentPath, entry.name);
      return {
        path: relative(contentDir, full).split(sep).join('/'),
        text: await readFile(full, 'utf8'),
      };
    }),
  );
}
