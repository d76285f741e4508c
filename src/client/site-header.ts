/**
 * <site-header>: on a small screen the header bar slides away while the reader scrolls down and
 * comes back as soon as they scroll up (or focus moves into it), so search and the menu stay one
 * flick away without taking the screen from the text. Anchors are never covered: the page's
 * scroll-padding keeps room for the bar whether it is shown or not (global.css).
 */
import { SiteElement } from './element';

/** Where the bar hides on scroll: narrow or short screens (the same query as in SiteHeader.astro). */
const COMPACT = '(max-width: 50rem), (max-height: 35rem)';
/** Scrolls smaller than this (a finger resting on the glass) neither hide nor show the bar. */
const JITTER = 6;

export class SiteHeader extends SiteElement {
  protected override connect() {
    const compact = matchMedia(COMPACT);
    let last = scrollY;
    const show = () => this.removeAttribute('data-hidden');
    this.on(
      window,
      'scroll',
      () => {
        const y = scrollY;
        if (Math.abs(y - last) < JITTER) return;
        const down = y > last;
        last = y;
        // An open menu, or a control with keyboard focus, keeps the bar where the reader is working.
        const busy = !!this.querySelector('[data-open], :focus-visible');
        this.toggleAttribute(
          'data-hidden',
          compact.matches && down && y > this.offsetHeight && !busy,
        );
      },
      { passive: true },
    );
    this.on(this, 'focusin', show);
    this.on(compact, 'change', show);
  }
}
