/**
 * <site-search>: the header's search button and its dialog. This is all a reading page loads
 * before search is used — the engine, FlexSearch and the index come by dynamic import on first
 * open (or as soon as the pointer or focus reaches the button). Without JavaScript the button is
 * a plain link to /search/. The dialog is built here rather than sent in every page's HTML.
 */
import { pageWords } from '../i18n/client';
import { searchShellWords } from '../i18n/client/search-shell';
import { h } from './dom';
import { ref, SiteElement } from './element';
import type { SearchDialog } from './search-dialog';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class SiteSearch extends SiteElement {
  private controller?: Promise<SearchDialog>;
  private opener: HTMLElement | null = null;
  private dialog?: HTMLDialogElement;

  protected override connect() {
    const link = this.ref('link', HTMLAnchorElement);
    // Built once: a reconnected element keeps its dialog (and the query typed in it).
    this.dialog ??= this.appendChild(
      searchDialog(link.href, link.querySelector('svg')?.cloneNode(true)),
    );
    // The dialog's behaviour was bound to the last connection: the next open loads it anew.
    this.controller = undefined;
    const shortcut = this.ref('shortcut');
    shortcut.textContent = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl K';
    shortcut.hidden = false;
    this.on(link, 'click', (event) => {
      // A new tab or window keeps the link's own behaviour: the search page.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      this.open();
    });
    for (const intent of ['pointerenter', 'focus'] as const)
      this.on(link, intent, () => void this.load().catch(() => {}), { once: true });
    this.on(this.dialog, 'close', () => {
      // Focus goes back where it was when search opened.
      const back = this.opener?.isConnected ? this.opener : link;
      this.opener = null;
      back.focus();
    });
    this.on(document, 'keydown', (event) => {
      const commandK =
        (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isEditable(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      this.open();
    });
  }

  open() {
    // The search page has its own box: the shortcuts and the button go there instead.
    const pageBox = document.querySelector<HTMLInputElement>('search-page [data-ref="query"]');
    if (pageBox) {
      pageBox.focus();
      pageBox.select();
      return;
    }
    const dialog = this.dialog!;
    const input = ref(dialog, 'query', HTMLInputElement);
    if (dialog.open) {
      input.focus();
      return;
    }
    this.opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    dialog.showModal();
    // The last query stays, selected, so typing replaces it.
    input.select();
    this.load().then(
      (controller) => controller.opened(),
      () => {
        ref(dialog, 'status').textContent = pageWords(searchShellWords).failed;
        this.controller = undefined;
      },
    );
  }

  private load(): Promise<SearchDialog> {
    if (!this.controller) {
      // The index downloads alongside the engine's code rather than after it.
      const artefact = fetch(this.dataset.index!);
      artefact.catch(() => {});
      const signal = this.signal;
      this.controller = import('./search-dialog').then(
        ({ SearchDialog }) =>
          new SearchDialog(
            this.dialog!,
            this.dataset.index!,
            this.ref('link', HTMLAnchorElement).href,
            signal,
            artefact,
          ),
      );
    }
    return this.controller;
  }
}

/** The dialog's shell: a GET form to the search page (Enter with no option chosen goes there), status, options, help. */
function searchDialog(pageUrl: string, icon: Node | undefined): HTMLDialogElement {
  const kbd = (key: string) => h('kbd', {}, key);
  const words = pageWords(searchShellWords);
  return h(
    'dialog',
    { class: 'search-dialog', 'aria-label': words.label },
    h(
      'form',
      { method: 'get', action: pageUrl, role: 'search', class: 'search-bar' },
      icon,
      h('input', {
        'data-ref': 'query',
        type: 'search',
        name: 'q',
        role: 'combobox',
        'aria-label': words.input,
        'aria-expanded': 'false',
        'aria-controls': 'site-search-options',
        'aria-autocomplete': 'list',
        'aria-describedby': 'site-search-status',
        autocomplete: 'off',
        spellcheck: 'false',
        enterkeyhint: 'search',
        placeholder: words.placeholder,
        autofocus: true,
      }),
      h(
        'button',
        { type: 'button', class: 'close', 'data-ref': 'close' },
        h('span', { 'aria-hidden': 'true' }, 'Esc'),
        h('span', { class: 'visually-hidden' }, words.close),
      ),
    ),
    h('p', {
      class: 'search-status',
      id: 'site-search-status',
      role: 'status',
      'data-ref': 'status',
    }),
    h('ul', {
      'data-ref': 'options',
      class: 'search-options',
      id: 'site-search-options',
      role: 'listbox',
      'aria-label': words.options,
      hidden: true,
    }),
    h(
      'div',
      { class: 'search-help' },
      h(
        'span',
        { 'aria-hidden': 'true' },
        kbd('↑'),
        ' ',
        kbd('↓'),
        ` ${words.keys.move} · `,
        kbd('Enter'),
        ` ${words.keys.open} · `,
        kbd('Esc'),
        ` ${words.keys.close}`,
      ),
      h('a', { class: 'search-page-link', href: pageUrl, 'data-ref': 'more' }, words.page),
    ),
  );
}
