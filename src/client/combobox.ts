/**
 * The keyboard and pointer behaviour of a search box that controls a listbox (the ARIA combobox
 * pattern): focus stays in the box while ↑/↓ move the active option (aria-activedescendant),
 * Enter chooses it, and the pointer can hover and click options. Its listeners last as long as
 * `signal` (the host element's connection).
 */
export type Choose = (option: HTMLElement, inNewTab: boolean) => void;

export class Combobox {
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLElement,
    private readonly choose: Choose,
    signal: AbortSignal,
  ) {
    const options = { signal };
    const optionAt = (event: Event) =>
      (event.target as Element).closest<HTMLElement>('[role="option"]');
    input.addEventListener('keydown', (event) => this.onKey(event), options);
    // Keep focus in the box when an option is pressed.
    listbox.addEventListener('mousedown', (event) => event.preventDefault(), options);
    listbox.addEventListener(
      'click',
      (event) => {
        const option = optionAt(event);
        if (option) this.choose(option, event.ctrlKey || event.metaKey || event.shiftKey);
      },
      options,
    );
    listbox.addEventListener(
      'auxclick',
      (event) => {
        const option = optionAt(event);
        if (option && event.button === 1) this.choose(option, true);
      },
      options,
    );
    listbox.addEventListener(
      'pointermove',
      (event) => {
        const option = optionAt(event);
        if (option) this.setActive(this.options().indexOf(option), false);
      },
      options,
    );
  }

  options(): HTMLElement[] {
    return [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  /** Shows these options (or hides the list when there are none), with one of them active. */
  show(options: HTMLElement[], active = 0) {
    options.forEach((option, i) => {
      option.id = `${this.listbox.id}-${i}`;
      option.setAttribute('aria-selected', 'false');
    });
    this.listbox.replaceChildren(...options);
    this.listbox.hidden = options.length === 0;
    this.input.setAttribute('aria-expanded', String(options.length > 0));
    this.active = -1;
    this.setActive(options.length > 0 ? active : -1, false);
  }

  activeOption(): HTMLElement | undefined {
    return this.options()[this.active];
  }

  private setActive(index: number, scroll = true) {
    const options = this.options();
    options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      if (scroll) option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent) {
    const count = this.options().length;
    if (event.isComposing || count === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive(
        this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count,
      );
    } else if (event.key === 'Enter') {
      const option = this.activeOption();
      if (!option) return;
      event.preventDefault();
      this.choose(option, event.ctrlKey || event.metaKey || event.shiftKey);
    }
  }
}
