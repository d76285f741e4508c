/**
 * Moving between the languages.
 *
 * <language-switch> holds a link to the same page in the other language. Without JavaScript it
 * goes to the same path; with it, it also carries what makes the view — the query (search terms
 * and filters, ?model=, ?answers=) and the anchor (#claim-…) — and remembers the reader's choice.
 *
 * <language-offer> is the one line a first-time reader whose browser prefers the other language
 * sees: fixed to the bottom of the window, so it moves nothing on the page. It never redirects
 * (static hosting, shareable URLs); a choice or a dismissal is remembered and it does not return.
 */
import { SiteElement } from './element';

const STORAGE_KEY = 'llm-guide-language';

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(value: string) {
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Storage can be blocked (private modes): the choice then lasts for this visit only.
  }
}

/** The page's own view: its query and anchor, added to the same page in another language. */
const sameView = (href: string) => {
  const url = new URL(href, location.href);
  url.search = location.search;
  url.hash = location.hash;
  return url.href;
};

export class LanguageSwitch extends SiteElement {
  protected override connect() {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
      const base = link.getAttribute('href')!;
      // Kept up to date as the view changes (search, tree, advisor write the address bar).
      const update = () => (link.href = sameView(base));
      update();
      for (const event of ['focusin', 'pointerenter'] as const) this.on(link, event, update);
      this.on(link, 'click', () => {
        update();
        remember(link.hreflang);
      });
    }
  }
}

export class LanguageOffer extends SiteElement {
  protected override connect() {
    const offered = this.dataset.lang!;
    const page = document.documentElement.lang;
    const preferred = navigator.languages.find((l) => /^(en|zh)\b/i.test(l)) ?? '';
    const prefersOffered = preferred.toLowerCase().startsWith(offered.slice(0, 2).toLowerCase());
    if (remembered() || !prefersOffered || page.startsWith(offered.slice(0, 2))) return;
    const link = this.ref('link', HTMLAnchorElement);
    link.href = sameView(link.getAttribute('href')!);
    this.on(link, 'click', () => remember(offered));
    this.on(this.ref('dismiss', HTMLButtonElement), 'click', () => {
      remember('dismissed');
      this.hidden = true;
    });
    this.hidden = false;
  }
}
