// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { guidePipeline } from './src/pipeline/integration.ts';
import { rehypeBaseLinks } from './src/pipeline/rehype-base-links.ts';
import { siteOf, siteUrlCheck } from './src/pipeline/site-url.ts';

// Where the site is served from (README.md, "Deploy"): SITE_URL=https://me.github.io BASE_PATH=/llm-guide/
// Without SITE_URL, pages name the local server, and `astro build` warns that they do.
const site = siteOf(process.env);
const base = process.env.BASE_PATH ?? '/';
// Where the build goes (and what `astro preview` serves): the tests build a fixture site beside the real one.
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // The content pipeline first: it validates the content before anything is rendered.
  integrations: [
    guidePipeline(),
    siteUrlCheck(),
    mdx(),
    // Each page's entry lists its other language as an alternate (hreflang), as the pages do.
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } } }),
  ],
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
