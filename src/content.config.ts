/**
 * Astro renders the guide's MDX bodies. Their frontmatter is validated once, by the pipeline
 * (src/pipeline/), before Astro starts; the collection only locates the files.
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { CONTENT_DIR } from './pipeline/content-dir';

export const collections = {
  guide: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}/guide` }),
  }),
  /** The same sections in Chinese, same file names (guide/zh/<section>.mdx). */
  guideZh: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}/guide/zh` }),
  }),
};
