/** The real content, run through the pipeline once per test file, as the pages see it. */
import { loadSite } from '../../src/pipeline/pipeline';
import type { Site } from '../../src/pipeline/site';

let built: Promise<Site> | undefined;

export const realSite = (): Promise<Site> =>
  (built ??= loadSite({ contentDir: 'content', base: '/' }));
