/**
 * The site of this build, as pages and the artefact route read it: the data the pipeline built
 * (integration.ts), indexed on first use. In `astro dev` a content change replaces the virtual
 * module, and with it this module, so the next page sees the new content.
 */
import data from 'virtual:guide/site-data';
import { indexSite, type Site } from './site';

let site: Site | undefined;

export function getSite(): Site {
  return (site ??= indexSite(data));
}
