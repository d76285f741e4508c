/**
 * <site-menu>: the header's menu on narrow screens — a disclosure button that shows the main
 * navigation and the theme choice below the bar. Esc closes it and puts focus back on the button;
 * a click outside it, focus moving out of it or the screen growing wide enough for the inline
 * navigation close it too. On wide screens, and without JavaScript, CSS shows the panel in the
 * bar and hides the button (SiteHeader.astro), so this element only ever opens and closes.
 */
import { SiteElement } from './element';

export class SiteMenu extends SiteElement {
  protected override connect() {
    const toggle = this.ref('toggle', HTMLButtonElement);
    const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
    const set = (open: boolean) => {
      toggle.setAttribute('aria-expanded', String(open));
      this.toggleAttribute('data-open', open);
    };
    set(false);
    this.on(toggle, 'click', () => set(!isOpen()));
    this.on(this, 'keydown', (event) => {
      if (event.key !== 'Escape' || !isOpen()) return;
      event.preventDefault();
      set(false);
      toggle.focus();
    });
    this.on(document, 'pointerdown', (event) => {
      if (isOpen() && !this.contains(event.target as Node)) set(false);
    });
    this.on(this, 'focusout', (event) => {
      const to = event.relatedTarget;
      if (isOpen() && to instanceof Node && !this.contains(to)) set(false);
    });
    // The button shows exactly while the panel is a drop-down: once the bar has room, close it.
    this.on(window, 'resize', () => {
      if (isOpen() && toggle.offsetWidth === 0) set(false);
    });
  }
}
