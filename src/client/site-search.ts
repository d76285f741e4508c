/**
 * <site-search>: the header's search button and its dialog. This is all a reading page loads
 * before search is used — the engine, FlexSearch and the index come by dynamic import on first
 * open (or as soon as the pointer or focus reaches the button). Without JavaScript the button is
 * a plain link to /search/.
 */
import type { SearchDialog } from './search-dialog';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class SiteSearch extends HTMLElement {
  private controller?: Promise<SearchDialog>;
  private opener: HTMLElement | null = null;

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a.search-button');
    const dialog = this.querySelector('dialog');
    if (!link || !dialog) return;
    const shortcut = link.querySelector<HTMLElement>('.shortcut');
    if (shortcut) {
      shortcut.textContent = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl K';
      shortcut.hidden = false;
    }
    link.addEventListener('click', (event) => {
      // A new tab or window keeps the link's own behaviour: the search page.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.open();
    });
    for (const intent of ['pointerenter', 'focus'] as const) link.addEventListener(intent, () => void this.load().catch(() => {}), { once: true });
    dialog.addEventListener('close', () => {
      // Focus goes back where it was when search opened.
      const back = this.opener?.isConnected ? this.opener : link;
      this.opener = null;
      back.focus();
    });
    document.addEventListener('keydown', (event) => {
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      this.open();
    });
  }

  open() {
    // The search page has its own box: the shortcuts and the button go there instead.
    const pageBox = document.querySelector<HTMLInputElement>('search-page input[type="search"]');
    if (pageBox) {
      pageBox.focus();
      pageBox.select();
      return;
    }
    const dialog = this.querySelector('dialog')!;
    if (dialog.open) {
      dialog.querySelector('input')?.focus();
      return;
    }
    this.opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
    // The last query stays, selected, so typing replaces it.
    dialog.querySelector('input')?.select();
    this.load().then(
      (controller) => controller.opened(),
      () => {
        const status = dialog.querySelector('[role="status"]');
        if (status) status.textContent = 'Search could not load. Check your connection, then close and open search again.';
        this.controller = undefined;
      },
    );
  }

  private load(): Promise<SearchDialog> {
    if (!this.controller) {
      // The index downloads alongside the engine's code rather than after it.
      const artefact = fetch(this.dataset.index!);
      artefact.catch(() => {});
      this.controller = import('./search-dialog').then(({ SearchDialog }) => new SearchDialog(this.querySelector('dialog')!, this.dataset.index!, this.dataset.page!, artefact));
    }
    return this.controller;
  }
}
