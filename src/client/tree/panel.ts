/**
 * The details panel: a selected model's facts, its parents and children (links that select
 * them), every claim of the guide that names it (fetched on demand) and the ways onward.
 */
import { FAMILY, VERDICT } from '../../site/labels';
import { organisationNames, released } from '../../tree/format';
import type { ModelClaims, TreeModel, TreeOrganisation } from '../../tree/types';
import { h } from './dom';

export interface PanelContext {
  models: ReadonlyMap<string, TreeModel>;
  children: ReadonlyMap<string, TreeModel[]>;
  organisations: ReadonlyMap<string, TreeOrganisation>;
  /** `/api/tree/` and `/search/` under the base path. */
  claimsBase: string;
  searchBase: string;
}

const EMPTY = 'Select a model in the drawing or in the list to see its facts, its lineage and what the guide says about it.';

export class DetailsPanel {
  private readonly claims = new Map<string, Promise<ModelClaims>>();

  constructor(
    private readonly title: HTMLElement,
    private readonly body: HTMLElement,
    private readonly context: PanelContext,
  ) {}

  show(model: TreeModel | undefined) {
    if (!model) {
      this.title.textContent = 'Details';
      this.body.replaceChildren(h('p', {}, EMPTY));
      return;
    }
    const { models, children, organisations, searchBase } = this.context;
    this.title.textContent = model.name;
    const parents = model.parents.flatMap((slug) => models.get(slug) ?? []);
    const offspring = children.get(model.slug) ?? [];
    const facts: [string, Node | string][] = [
      ['Released', released(model)],
      ['Branch', FAMILY[model.family]],
      ['Organisation', organisationNames(model, organisations)],
      ['Weights', model.open ? 'Open (filled in the drawing)' : 'Closed (hollow in the drawing)'],
    ];
    if (model.parameters) facts.push(['Parameters', model.parameters]);
    if (model.aliases.length > 0) facts.push(['Also known as', model.aliases.join(', ')]);
    if (model.paper) facts.push(['Paper', h('a', { href: model.paper }, `Read it on ${new URL(model.paper).hostname.replace(/^www\./, '')}`)]);
    facts.push(['In Figure 1', model.inFigure1 ? 'Yes' : 'No, named in the text']);
    if (parents.length > 0) facts.push(['Evolves from', modelLinks(parents)]);
    if (offspring.length > 0) facts.push(['Evolved into', modelLinks(offspring)]);

    const claimsList = h('div', { class: 'claims' }, h('p', {}, 'Loading the claims…'));
    this.body.replaceChildren(
      model.summary ? h('p', { class: 'summary' }, model.summary) : '',
      h('dl', { class: 'facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
      h('h3', {}, `What the guide says (${model.claims})`),
      claimsList,
      h(
        'ul',
        { class: 'onward' },
        h('li', {}, h('a', { href: model.url }, `${model.name}'s page`)),
        h('li', {}, h('a', { href: `${searchBase}?model=${encodeURIComponent(model.slug)}` }, `Search claims about ${model.name}`)),
        h('li', {}, h('button', { type: 'button', 'data-back-to-list': model.slug }, 'Back to the list')),
        h('li', {}, h('button', { type: 'button', 'data-clear-selection': '' }, 'Clear selection')),
      ),
    );
    if (model.claims === 0) claimsList.replaceChildren(h('p', {}, 'No claim of the guide names this model.'));
    else void this.fillClaims(model, claimsList);
  }

  private async fillClaims(model: TreeModel, target: HTMLElement) {
    try {
      const { claims } = await this.claimsOf(model.slug);
      target.replaceChildren(
        h(
          'ul',
          { class: 'claim-list' },
          ...claims.map((claim) =>
            h('li', {}, h('a', { href: claim.url }, claim.text), h('span', { class: 'claim-meta' }, `${VERDICT[claim.verdict].symbol} ${VERDICT[claim.verdict].label} · ${claim.section}`)),
          ),
        ),
      );
    } catch {
      this.claims.delete(model.slug);
      target.replaceChildren(h('p', {}, 'The claims could not be loaded just now; ', h('a', { href: model.url }, `${model.name}'s page`), ' lists them.'));
    }
  }

  private claimsOf(slug: string): Promise<ModelClaims> {
    let pending = this.claims.get(slug);
    if (!pending) {
      pending = fetch(`${this.context.claimsBase}${encodeURIComponent(slug)}.json`).then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<ModelClaims>;
      });
      this.claims.set(slug, pending);
    }
    return pending;
  }
}

/** Links that select a model in the tree (<model-tree> handles their clicks); the href is that view's URL. */
export function modelLinks(models: TreeModel[]): HTMLElement {
  const list = h('ul', { class: 'model-links' });
  for (const model of models) list.append(h('li', {}, h('a', { href: `?model=${encodeURIComponent(model.slug)}`, 'data-slug': model.slug }, model.name)));
  return list;
}
