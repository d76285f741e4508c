/**
 * Where each kind of node is shown. One place, so links, the graph's `url` fields and the
 * link checker all agree. Types without a route have no page of their own.
 */
import type { NodeType } from './types';

const ROUTES: Partial<Record<NodeType, (slug: string) => string>> = {
  section: (slug) => `guide/${slug}/`,
  model: (slug) => `models/${slug}/`,
  task: (slug) => `tasks/${slug}/`,
  dataset: (slug) => `datasets/${slug}/`,
};

/** Joins the site's base path (`/` or `/sub/path/`) and a route. */
export function withBase(base: string, route: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${route}`;
}

export function pageUrl(type: NodeType, slug: string, base = '/'): string | undefined {
  const route = ROUTES[type];
  return route ? withBase(base, route(slug)) : undefined;
}

export const claimAnchor = (slug: string) => `claim-${slug}`;

export function claimUrl(sectionSlug: string, claimSlug: string, base = '/'): string {
  return `${pageUrl('section', sectionSlug, base)}#${claimAnchor(claimSlug)}`;
}
