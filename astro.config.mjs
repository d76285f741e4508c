// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks } from './src/site/rehype-base-links.ts';

// Deploying under a sub-path (a GitHub Pages project site, say): SITE_URL=https://me.github.io BASE_PATH=/llm-guide/
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  markdown: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeBaseLinks(base)] },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts go to cached files rather than being inlined into every page's HTML budget.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { port: 4321 },
  experimental: {
    // A Content-Security-Policy meta tag on every page, with hashes for every script and style Astro emits.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
