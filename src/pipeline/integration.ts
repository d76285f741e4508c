/**
 * The pipeline as an Astro integration: the content is read, validated and built into the graph
 * once per build — before Astro renders anything — and again whenever a content file changes in
 * `astro dev`. Pages and the artefact route read the result from one virtual module.
 *
 * Content errors stop `astro build` with every problem (file:line:column, field, fix); in
 * `astro dev` they show in the terminal and in the browser's error overlay until fixed.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { formatErrors } from '../graph/errors';
import { formatStatus, translationGaps } from '../graph/translations';
import { CONTENT_DIR } from './content-dir';
import { buildSiteData, type PipelineResult } from './pipeline';

/** The virtual module pages import the built site from (see current-site.ts). */
const MODULE = 'virtual:guide/site-data';
const RESOLVED = `\0${MODULE}`;

export function guidePipeline(): AstroIntegration {
  let result: PipelineResult | undefined;
  let base = '/';
  let logger: AstroIntegrationLogger;

  const run = async () => {
    const started = performance.now();
    result = await buildSiteData({ contentDir: CONTENT_DIR, base });
    if (result.errors) logger.error(formatErrors(result.errors));
    else
      logger.info(`content built into the graph in ${Math.round(performance.now() - started)} ms`);
    // A gap in the Chinese edition is not an error (the English shows in its place), but whoever
    // builds should see it, not only whoever runs `npm run graph`.
    const gaps = result.translations && translationGaps(result.translations);
    if (gaps && (gaps.untranslated > 0 || gaps.stale > 0))
      logger.warn(
        `${formatStatus(result.translations!)}\nUpdate the Chinese, then \`npm run i18n:stamp -- <file>\`.`,
      );
    return result;
  };

  const plugin: Plugin = {
    name: 'guide-site-data',
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!result?.data) throw new Error(formatErrors(result?.errors ?? []));
      // A JSON string parsed at load is much faster for V8 than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.data))});`;
    },
    configureServer(server) {
      const dir = resolve(CONTENT_DIR) + sep;
      server.watcher.add(dir);
      const rebuild = async (file: string) => {
        if (!file.startsWith(dir)) return;
        await run();
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, rebuild);
    },
  };

  return {
    name: 'guide-pipeline',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger: astroLogger }) => {
        if (command === 'preview') return;
        logger = astroLogger;
        base = config.base;
        const { errors } = await run();
        if (errors && command === 'build') {
          // The problems are already listed, each with file, line, field and fix; a thrown error
          // would bury them under Astro's stack trace, so the build just stops.
          logger.error(
            'The build stopped: fix the problems above (`npm run graph` checks the content alone).',
          );
          process.exit(1);
        }
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
