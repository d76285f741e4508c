/**
 * The HTML tree kept in step with the drawing: the selected model's link is marked
 * aria-current, filtered-out models are hidden (a hidden model whose descendants are shown keeps
 * its place, greyed, so the nesting still reads), and empty years and branches disappear.
 */
export class TreeListView {
  private readonly links = new Map<string, HTMLAnchorElement>();
  private readonly items: HTMLLIElement[];
  private current?: HTMLAnchorElement;

  constructor(private readonly root: HTMLElement) {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-slug]')) {
      const slug = link.dataset.slug!;
      this.links.set(slug, link);
      // With the script running, a name selects the model here; the href is that view's own URL.
      link.href = `?model=${encodeURIComponent(slug)}`;
    }
    this.items = [...root.querySelectorAll<HTMLLIElement>('li[data-slug]')];
  }

  link(slug: string): HTMLAnchorElement | undefined {
    return this.links.get(slug);
  }

  choose(slug: string | undefined) {
    this.current?.removeAttribute('aria-current');
    this.current = slug ? this.links.get(slug) : undefined;
    this.current?.setAttribute('aria-current', 'true');
  }

  showOnly(visible: ReadonlySet<string>) {
    // Children follow their parent in document order, so walking backwards settles them first.
    const shown = new Set<HTMLLIElement>();
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i]!;
      const own = visible.has(item.dataset.slug!);
      const nested = [...item.querySelectorAll(':scope > ul > li')].some((child) => shown.has(child as HTMLLIElement));
      if (own || nested) shown.add(item);
      item.hidden = !own && !nested;
      item.classList.toggle('filtered-out', !own && nested);
    }
    for (const year of this.root.querySelectorAll<HTMLElement>('.year')) {
      year.hidden = !year.querySelector(':scope > ul > li:not([hidden])');
    }
    for (const branch of this.root.querySelectorAll<HTMLElement>('.branch')) {
      branch.hidden = !branch.querySelector('.year:not([hidden])');
      const count = branch.querySelector<HTMLElement>('.count[data-total]');
      if (!count) continue;
      const total = Number(count.dataset.total);
      const shown = [...branch.querySelectorAll<HTMLElement>('li[data-slug]')].filter((li) => visible.has(li.dataset.slug!)).length;
      count.textContent = shown === total ? `(${total})` : `(${shown} of ${total})`;
    }
  }
}
