/**
 * <site-search>: the header's search button and its dialog. This is all a reading page loads
 * before search is used — the engine, FlexSearch and the index come by dynamic import on first
 * open (or as soon as the pointer or focus reaches the button). Without JavaScript the button is
 * a plain link to /search/. The dialog is built here rather than sent in every page's HTML.
 */
import { h } from './dom';
import type { SearchDialog } from './search-dialog';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class SiteSearch extends HTMLElement {
  private controller?: Promise<SearchDialog>;
  private opener: HTMLElement | null = null;

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a.search-button');
    if (!link) return;
    const dialog = searchDialog(link.href, link.querySelector('svg')?.cloneNode(true));
    this.append(dialog);
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
      this.controller = import('./search-dialog').then(({ SearchDialog }) => new SearchDialog(this.querySelector('dialog')!, this.dataset.index!, this.querySelector<HTMLAnchorElement>('a.search-button')!.href, artefact));
    }
    return this.controller;
  }
}

/** The dialog's shell: a GET form to the search page (Enter with no option chosen goes there), status, options, help. */
function searchDialog(pageUrl: string, icon: Node | undefined): HTMLDialogElement {
  const kbd = (key: string) => h('kbd', {}, key);
  return h(
    'dialog',
    { class: 'search-dialog', 'aria-label': 'Search the guide' },
    h(
      'form',
      { method: 'get', action: pageUrl, role: 'search', class: 'search-bar' },
      icon,
      h('input', {
        type: 'search',
        name: 'q',
        role: 'combobox',
        'aria-label': 'Search claims, tasks, models and datasets',
        'aria-expanded': 'false',
        'aria-controls': 'site-search-options',
        'aria-autocomplete': 'list',
        'aria-describedby': 'site-search-status',
        autocomplete: 'off',
        spellcheck: 'false',
        enterkeyhint: 'search',
        placeholder: 'ner, gpt-3, task:ner verdict:llm…',
        autofocus: true,
      }),
      h('button', { type: 'button', class: 'close' }, h('span', { 'aria-hidden': 'true' }, 'Esc'), h('span', { class: 'visually-hidden' }, 'Close search')),
    ),
    h('p', { class: 'search-status', id: 'site-search-status', role: 'status' }),
    h('ul', { class: 'search-options', id: 'site-search-options', role: 'listbox', 'aria-label': 'Search results', hidden: true }),
    h(
      'div',
      { class: 'search-help' },
      h('span', { 'aria-hidden': 'true' }, kbd('↑'), ' ', kbd('↓'), ' move · ', kbd('Enter'), ' open · ', kbd('Esc'), ' close'),
      h('a', { class: 'search-page-link', href: pageUrl }, 'Search page with filters'),
    ),
  );
}
