/**
 * The facet checkboxes of the search page: one fieldset per facet, each value with the number of
 * results it would give. Values keep a fixed order (by how many documents have them) so nothing
 * jumps while counts change; values that would give nothing stay listed, marked with 0. When
 * nothing matches at all, the panel is one line instead of a column of disabled boxes (what is
 * chosen stays removable above the results).
 */
import type { SearchEngine, SearchResult } from '../search/engine';
import { FACETS, type Facet } from '../search/fields';
import { fold } from '../search/text';
import { h } from './dom';
import { words } from './search-render';

const say = words.facets;

/** Values listed before "Show all"; chosen values are always listed. */
const SHOWN = 8;
/** A longer list gets a box to narrow it by name. */
const NARROWABLE = 20;
/** The order facets are listed in: what kind, which side wins, then what it is about. */
const PANEL_ORDER: Facet[] = ['type', 'verdict', 'task', 'model', 'dataset', 'section', 'paper'];

export type Toggle = (facet: Facet, position: number, chosen: boolean) => void;

interface FacetView {
  items: HTMLLIElement[];
  /** Positions in display order. */
  order: number[];
  expanded: boolean;
  narrow?: HTMLInputElement;
  more?: HTMLButtonElement;
}

export class FacetPanel {
  private readonly views = new Map<Facet, FacetView>();
  private readonly fieldsets: HTMLFieldSetElement[] = [];
  private readonly nothing = h('p', { class: 'no-facets', hidden: true }, say.nothing);
  private last?: SearchResult;

  /** Fills `container` (anew, so a reconnected page builds it once); listeners last as long as `signal`. */
  constructor(
    container: HTMLElement,
    private readonly engine: SearchEngine,
    toggle: Toggle,
    signal: AbortSignal,
  ) {
    const options = { signal };
    const fieldsets = this.fieldsets;
    const totals = engine.search({ query: '', limit: 0 }).counts;
    for (const facet of PANEL_ORDER) {
      const values = engine.data.values[facet];
      const order = values.map((_, i) => i);
      // Types, verdicts and the paper's sections have a meaningful order of their own; long lists go by size.
      if (facet !== 'type' && facet !== 'verdict' && facet !== 'paper')
        order.sort(
          (a, b) =>
            totals[facet][b]! - totals[facet][a]! ||
            values[a]!.label.localeCompare(values[b]!.label),
        );
      const items = order.map((position) => {
        const checkbox = h('input', {
          type: 'checkbox',
          name: facet,
          value: values[position]!.slug,
        });
        checkbox.addEventListener(
          'change',
          () => toggle(facet, position, checkbox.checked),
          options,
        );
        return h(
          'li',
          {},
          h(
            'label',
            {},
            checkbox,
            h('span', { class: 'value' }, values[position]!.label),
            h('span', { class: 'count' }),
          ),
        );
      });
      const view: FacetView = { items, order, expanded: false };
      const legend = h('legend', {}, words.facet[facet].singular);
      const fieldset = h('fieldset', { class: 'facet', 'data-facet': facet }, legend);
      if (values.length > NARROWABLE) {
        view.narrow = h('input', {
          type: 'search',
          class: 'narrow',
          'aria-label': say.find(facet),
          placeholder: say.findHint(facet),
          hidden: true,
        });
        view.narrow.addEventListener('input', () => this.show(facet), options);
        fieldset.append(view.narrow);
      }
      fieldset.append(h('ul', {}, ...items));
      if (values.length > SHOWN) {
        view.more = h('button', { type: 'button', class: 'more', 'aria-expanded': 'false' });
        view.more.addEventListener(
          'click',
          () => {
            view.expanded = !view.expanded;
            this.show(facet);
            if (view.expanded) view.narrow?.focus();
          },
          options,
        );
        fieldset.append(view.more);
      }
      this.views.set(facet, view);
      fieldsets.push(fieldset);
    }
    container.replaceChildren(this.nothing, ...fieldsets);
  }

  update(result: SearchResult) {
    this.last = result;
    this.nothing.hidden = result.total > 0;
    for (const fieldset of this.fieldsets) fieldset.hidden = result.total === 0;
    for (const facet of FACETS) {
      const { items, order } = this.views.get(facet)!;
      order.forEach((position, i) => {
        const item = items[i]!;
        const count = result.counts[facet][position]!;
        const chosen = result.selected[facet].includes(position);
        const checkbox = item.querySelector('input')!;
        checkbox.checked = chosen;
        checkbox.disabled = count === 0 && !chosen;
        item.toggleAttribute('data-zero', count === 0);
        item
          .querySelector('.count')!
          .replaceChildren(
            String(count),
            h('span', { class: 'visually-hidden' }, say.count(count)),
          );
      });
      this.show(facet);
    }
  }

  private show(facet: Facet) {
    const view = this.views.get(facet)!;
    const selected = this.last?.selected[facet] ?? [];
    const narrow = view.expanded && view.narrow?.value ? fold(view.narrow.value.trim()) : '';
    const values = this.engine.data.values[facet];
    view.order.forEach((position, i) => {
      const value = values[position]!;
      const visible = narrow
        ? [value.label, value.slug, ...(value.aliases ?? [])].some((name) =>
            fold(name).includes(narrow),
          )
        : view.expanded || i < SHOWN || selected.includes(position);
      view.items[i]!.hidden = !visible;
    });
    if (view.narrow) view.narrow.hidden = !view.expanded;
    if (view.more) {
      view.more.textContent = view.expanded ? say.fewer : say.all(values.length, facet);
      view.more.setAttribute('aria-expanded', String(view.expanded));
    }
  }
}
