/**
 * <table-of-contents>: marks the entry of the section being read (aria-current="true"). An
 * IntersectionObserver watches a thin band just below where anchored headings land (the page's
 * scroll-padding) and every block of the page, so any scroll, however fast, reports something
 * crossing it; the current section is then the last heading above the band's lower edge (or, at
 * the very end of the page, the last one in view). No scroll listener, no layout shift.
 */
import { SiteElement } from './element';

/** How far below the anchor line the band reaches: a little more than a heading's top margin. */
const BAND = 48;

export class TableOfContents extends SiteElement {
  protected override connect() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const entries = links.flatMap((link) => {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      return target ? [{ link, target }] : [];
    });
    if (entries.length === 0) return;
    const root = document.documentElement;
    // Headings and every block around them: something always crosses the band as the page moves.
    const watched = document.querySelectorAll(
      'main [id], main [id] ~ *, main article > *, main .prose > *',
    );
    let current: HTMLAnchorElement | undefined;
    let observer: IntersectionObserver | undefined;

    const mark = () => {
      const line = anchorLine() + BAND;
      const atEnd = scrollY + innerHeight >= root.scrollHeight - 2;
      let found: HTMLAnchorElement | undefined;
      for (const { link, target } of entries) {
        const top = target.getBoundingClientRect().top;
        if (top < line || (atEnd && top < innerHeight)) found = link;
      }
      if (found === current) return;
      current?.removeAttribute('aria-current');
      found?.setAttribute('aria-current', 'true');
      current = found;
    };
    const observe = () => {
      observer?.disconnect();
      const top = anchorLine();
      observer = new IntersectionObserver(mark, {
        rootMargin: `-${top}px 0px ${top + BAND - root.clientHeight}px 0px`,
      });
      watched.forEach((element) => observer!.observe(element));
    };
    observe();
    // The band is measured in pixels: measure again once a resize settles.
    let settle: number | undefined;
    this.on(window, 'resize', () => {
      clearTimeout(settle);
      settle = window.setTimeout(observe, 200);
    });
    this.onDisconnect(() => {
      clearTimeout(settle);
      observer?.disconnect();
      current?.removeAttribute('aria-current');
    });
  }
}

/** Where an anchored heading lands: the page's scroll-padding (room for the header). */
const anchorLine = () =>
  parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
