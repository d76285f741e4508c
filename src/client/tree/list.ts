/**
 * The HTML tree kept in step with the drawing: the selected model's link is marked
 * aria-current, hidden models are hidden (a hidden model whose descendants are shown keeps
 * its place, greyed, so the nesting still reads), empty years and branches disappear, the year
 * time travel shows marks its new models, and the keyboard's place in the drawing is marked.
 */
import type { TreeWords } from '../../i18n/client/tree';
import { modelQuery } from '../../tree/state';
import { h } from '../dom';

export class TreeListView {
  private readonly links = new Map<string, HTMLAnchorElement>();
  private readonly items: HTMLLIElement[];
  private current?: HTMLAnchorElement;
  private cursor?: HTMLElement;
  private fresh: HTMLElement[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly say: TreeWords,
  ) {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-slug]')) {
      const slug = link.dataset.slug!;
      this.links.set(slug, link);
      // With the script running, a name selects the model here; the href is that view's own URL.
      link.href = modelQuery(slug);
    }
    this.items = [...root.querySelectorAll<HTMLLIElement>('li[data-slug]')];
    for (const item of this.items)
      item
        .querySelector(':scope > .entry > .meta')
        ?.append(h('span', { class: 'note', hidden: true }, say.tree.filteredOut));
  }

  link(slug: string): HTMLAnchorElement | undefined {
    return this.links.get(slug);
  }

  choose(slug: string | undefined) {
    this.current?.removeAttribute('aria-current');
    this.current = slug ? this.links.get(slug) : undefined;
    this.current?.setAttribute('aria-current', 'true');
  }

  /** Marks the model the arrow keys are on in the drawing, and keeps it in sight if the list is. */
  follow(slug: string | undefined) {
    this.cursor?.classList.remove('cursor');
    this.cursor = slug ? (this.links.get(slug)?.closest('li') ?? undefined) : undefined;
    this.cursor?.classList.add('cursor');
  }

  /** The new models of the year shown, marked "new in <year>". */
  markFresh(slugs: ReadonlySet<string>, year: number | undefined) {
    for (const note of this.fresh) note.remove();
    this.fresh = [];
    if (year === undefined) return;
    for (const slug of slugs) {
      const meta = this.links.get(slug)?.parentElement?.querySelector(':scope > .meta');
      if (!meta) continue;
      const note = h('strong', { class: 'fresh' }, this.say.tree.newIn(year));
      meta.append(note);
      this.fresh.push(note);
    }
  }

  showOnly(visible: ReadonlySet<string>) {
    // Children follow their parent in document order, so walking backwards settles them first.
    const shown = new Set<HTMLLIElement>();
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i]!;
      const own = visible.has(item.dataset.slug!);
      const nested = [...item.querySelectorAll(':scope > ul > li')].some((child) =>
        shown.has(child as HTMLLIElement),
      );
      if (own || nested) shown.add(item);
      item.hidden = !own && !nested;
      item.classList.toggle('filtered-out', !own && nested);
      const note = item.querySelector<HTMLElement>(':scope > .entry > .meta > .note');
      if (note) note.hidden = own || !nested;
    }
    for (const year of this.root.querySelectorAll<HTMLElement>('.year')) {
      year.hidden = !year.querySelector(':scope > ul > li:not([hidden])');
    }
    for (const branch of this.root.querySelectorAll<HTMLElement>('.branch')) {
      branch.hidden = !branch.querySelector('.year:not([hidden])');
      const count = branch.querySelector<HTMLElement>('.count[data-total]');
      if (!count) continue;
      const total = Number(count.dataset.total);
      const shown = [...branch.querySelectorAll<HTMLElement>('li[data-slug]')].filter((li) =>
        visible.has(li.dataset.slug!),
      ).length;
      count.textContent = this.say.tree.countOf(shown, total);
    }
  }
}
