/**
 * The details panel: a selected model's facts, its parents and children (links that select
 * them), how it relates to a second model when one is compared, focus on its lineage, every
 * claim of the guide that names it (fetched on demand, in the page's language) and the ways onward.
 */
import { VERDICT_SYMBOL } from '../../core/vocabulary';
import type { TreeWords } from '../../i18n/client/tree';
import type { Depth, Relation } from '../../tree/lineage';
import { organisationNames, released } from '../../tree/format';
import type { ModelClaims, TreeModel, TreeOrganisation } from '../../tree/types';
import { emptyFilters, searchQueryString } from '../../search/link';
import { modelQuery } from '../../tree/state';
import type { Family, Verdict } from '../../core/vocabulary';
import { h } from '../dom';

export interface PanelContext {
  models: ReadonlyMap<string, TreeModel>;
  children: ReadonlyMap<string, TreeModel[]>;
  organisations: ReadonlyMap<string, TreeOrganisation>;
  /** `/api/(zh/)tree/` and `/(zh/)search/` under the base path. */
  claimsBase: string;
  searchBase: string;
  say: TreeWords;
  intl: string;
  branch: Record<Family, string>;
  verdict: Record<Verdict, string>;
}

/** A comparison as the panel shows it: the other model and how the two are related, if at all. */
export interface Comparison {
  other: TreeModel;
  relation?: Relation;
}

export class DetailsPanel {
  private readonly claims = new Map<string, Promise<ModelClaims>>();

  constructor(
    private readonly title: HTMLElement,
    private readonly body: HTMLElement,
    private readonly context: PanelContext,
  ) {}

  show(model: TreeModel | undefined, comparison?: Comparison, focus?: Depth) {
    const { say } = this.context;
    if (!model) {
      this.title.textContent = say.panel.details;
      this.body.replaceChildren(h('p', {}, say.panel.empty));
      return;
    }
    const { models, children, organisations, searchBase, intl } = this.context;
    const p = say.panel;
    this.title.textContent = model.name;
    const parents = model.parents.flatMap((slug) => models.get(slug) ?? []);
    const offspring = children.get(model.slug) ?? [];
    const facts: [string, Node | string][] = [
      [p.released, released(model, say.format, intl)],
      [p.branch, this.context.branch[model.family]],
      [p.organisation, organisationNames(model, organisations, say.format)],
      [p.weights, model.open ? p.open : p.closed],
    ];
    if (model.parameters) facts.push([p.parameters, model.parameters]);
    if (model.aliases.length > 0) facts.push([p.aliases, model.aliases.join(say.format.separator)]);
    if (model.paper)
      facts.push([
        p.paper,
        h(
          'a',
          { href: model.paper },
          p.readOn(new URL(model.paper).hostname.replace(/^www\./, '')),
        ),
      ]);
    facts.push([p.inFigure, model.inFigure1 ? p.yes : p.textOnly]);
    if (parents.length > 0) facts.push([p.parents, modelLinks(parents)]);
    if (offspring.length > 0) facts.push([p.children, modelLinks(offspring)]);

    const claimsList = h('div', { class: 'claims' }, h('p', {}, p.loading));
    this.body.replaceChildren(
      model.summary ? h('p', { class: 'summary' }, model.summary) : '',
      h(
        'dl',
        { class: 'facts' },
        ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
      ),
      comparison ? this.comparison(model, comparison) : '',
      this.tools(model, comparison, focus),
      h('h3', {}, p.says(model.claims)),
      claimsList,
      h(
        'ul',
        { class: 'onward' },
        h('li', {}, h('a', { href: model.url }, p.page(model.name))),
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `${searchBase}${searchQueryString({ q: '', filters: { ...emptyFilters(), model: [model.slug] }, page: 1 })}`,
            },
            p.search(model.name),
          ),
        ),
        h('li', {}, h('button', { type: 'button', 'data-back-to-list': model.slug }, p.backToList)),
        h('li', {}, h('button', { type: 'button', 'data-clear-selection': '' }, p.clear)),
      ),
    );
    if (model.claims === 0) claimsList.replaceChildren(h('p', {}, p.noClaims));
    else void this.fillClaims(model, claimsList);
  }

  /** "Compare with…" (the find box's names and aliases) and the focus depth. */
  private tools(model: TreeModel, comparison: Comparison | undefined, focus: Depth | undefined) {
    const p = this.context.say.panel;
    const box = h('input', {
      id: 'tree-compare',
      name: 'with',
      type: 'search',
      list: 'tree-model-names',
      autocomplete: 'off',
      spellcheck: 'false',
      value: comparison?.other.name ?? '',
    });
    const depth = h('select', { id: 'tree-focus', name: 'focus', 'data-focus': '' });
    for (const value of ['off', '1', '2', 'all'] as const)
      depth.append(
        h('option', { value, selected: String(focus ?? 'off') === value }, p.focusDepth[value]),
      );
    return h(
      'div',
      { class: 'tools' },
      h(
        'form',
        {
          class: 'compare',
          'data-compare': '',
          role: 'search',
          'aria-label': p.compareLabel(model.name),
        },
        h('label', { for: 'tree-compare' }, p.compareWith),
        h(
          'div',
          { class: 'row' },
          box,
          h('button', { type: 'submit' }, p.compare),
          comparison ? h('button', { type: 'button', 'data-end-compare': '' }, p.stopCompare) : '',
        ),
      ),
      h('div', { class: 'focus' }, h('label', { for: 'tree-focus' }, p.focus), depth),
    );
  }

  /** The relation spelled out: a sentence and the path, each model a link that selects it. */
  private comparison(model: TreeModel, { other, relation }: Comparison): HTMLElement {
    const { say, models } = this.context;
    const c = say.compare;
    const section = h('section', { class: 'comparison', 'aria-labelledby': 'tree-compare-title' });
    section.append(h('h3', { id: 'tree-compare-title' }, c.heading(model.name, other.name)));
    const text = compareText(model, other, relation, models, say);
    section.append(h('p', { 'data-compare-text': '' }, text.sentence));
    if (text.path.length > 0) {
      const path = h('p', { class: 'path', 'data-compare-path': '' });
      text.path.forEach((line, i) => {
        if (i > 0) path.append(h('br'));
        line.forEach((m, j) => {
          if (j > 0) path.append(c.arrow);
          path.append(h('a', { href: modelQuery(m.slug), 'data-slug': m.slug }, m.name));
        });
      });
      section.append(path);
    }
    return section;
  }

  private async fillClaims(model: TreeModel, target: HTMLElement) {
    const { say, verdict } = this.context;
    try {
      const { claims } = await this.claimsOf(model.slug);
      target.replaceChildren(
        h(
          'ul',
          { class: 'claim-list' },
          ...claims.map((claim) =>
            h(
              'li',
              { lang: claim.untranslated ? 'en' : undefined },
              h('a', { href: claim.url }, claim.text),
              h(
                'span',
                { class: 'claim-meta' },
                `${VERDICT_SYMBOL[claim.verdict]} ${verdict[claim.verdict]} · ${claim.section}`,
              ),
            ),
          ),
        ),
      );
    } catch {
      this.claims.delete(model.slug);
      target.replaceChildren(
        h(
          'p',
          {},
          say.panel.failedBefore,
          h('a', { href: model.url }, say.panel.page(model.name)),
          say.panel.failedAfter,
        ),
      );
    }
  }

  private claimsOf(slug: string): Promise<ModelClaims> {
    let pending = this.claims.get(slug);
    if (!pending) {
      pending = fetch(`${this.context.claimsBase}${encodeURIComponent(slug)}.json`).then(
        (response) => {
          if (!response.ok) throw new Error(`${response.status}`);
          return response.json() as Promise<ModelClaims>;
        },
      );
      this.claims.set(slug, pending);
    }
    return pending;
  }
}

/**
 * A relation in words: a sentence, and the path as lines of models (one line when one model
 * descends from the other, two — from the ancestor to each — when they are cousins).
 */
export function compareText(
  model: TreeModel,
  other: TreeModel,
  relation: Relation | undefined,
  models: ReadonlyMap<string, TreeModel>,
  say: TreeWords,
): { sentence: string; path: TreeModel[][]; plain: string } {
  const c = say.compare;
  const named = (slugs: string[]) => slugs.map((s) => models.get(s)!);
  const plainOf = (lines: TreeModel[][]) =>
    lines.map((line) => line.map((m) => m.name).join(c.arrow)).join('; ');
  if (!relation) {
    const sentence = c.none(model.name, other.name);
    return { sentence, path: [], plain: sentence };
  }
  const ancestor = models.get(relation.ancestor)!;
  const up = named(relation.up);
  const down = named(relation.down);
  let sentence: string;
  let path: TreeModel[][];
  if (relation.ancestor === model.slug) {
    sentence = c.ancestor(model.name, other.name, down.length - 1);
    path = [down];
  } else if (relation.ancestor === other.slug) {
    sentence = c.descendant(model.name, other.name, up.length - 1);
    path = [[...up].reverse()];
  } else {
    sentence = c.cousins(model.name, other.name, ancestor.name);
    path = [[...up].reverse(), down];
  }
  return { sentence, path, plain: `${sentence} ${plainOf(path)}` };
}

/** Links that select a model in the tree (<model-tree> handles their clicks); the href is that view's URL. */
export function modelLinks(models: TreeModel[]): HTMLElement {
  const list = h('ul', { class: 'model-links' });
  for (const model of models)
    list.append(
      h('li', {}, h('a', { href: modelQuery(model.slug), 'data-slug': model.slug }, model.name)),
    );
  return list;
}
