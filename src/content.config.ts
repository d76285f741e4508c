/** Astro renders the guide's MDX bodies; the frontmatter is validated by the same schema the graph builder uses. */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { sectionSchema } from './graph/schema';
import { CONTENT_DIR } from './site/content-dir';

export const collections = {
  guide: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}/guide` }),
    schema: sectionSchema,
  }),
};
