/**
 * The browser's half of the URL-state contract (src/core/url-state.ts), shared by the search
 * page, the tree and the advisor: the address bar is the view. Read it on load and when the back
 * or forward button lands on another view; write it as the view changes, as a new history entry
 * (a new view) or over the current one (a correction, or a search still being typed).
 */
import { toQuery, type Reading, type UrlState } from '../core/url-state';

export type HistoryMode = 'push' | 'replace';

export class Address<S> {
  /** The canonical query of the view shown, to tell a new view from a jump within the page. */
  private shown = '';

  constructor(private readonly contract: UrlState<S>) {}

  read(): Reading<S> {
    const reading = this.contract.read(new URLSearchParams(location.search));
    this.shown = toQuery(this.contract.write(reading.state));
    return reading;
  }

  /** Puts the view in the address bar; nothing changes if it is already there. */
  write(state: S, mode: HistoryMode) {
    const query = toQuery(this.contract.write(state));
    this.shown = query;
    if (query === location.search) return;
    // A replaced entry keeps its #fragment (a deep link's anchor); a new view starts at the top.
    if (mode === 'push') history.pushState(null, '', `${location.pathname}${query}`);
    else history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }

  /** This page's URL for a view, for links to it. */
  href(state: S): string {
    return `${location.pathname}${toQuery(this.contract.write(state))}`;
  }

  /**
   * Calls back when the back or forward button lands on another view. Moves between entries of the
   * same view (a jump to an anchor and back) are not view changes.
   */
  onChange(callback: (reading: Reading<S>) => void, signal: AbortSignal) {
    addEventListener(
      'popstate',
      () => {
        const before = this.shown;
        const reading = this.read();
        if (this.shown !== before) callback(reading);
      },
      { signal },
    );
  }
}

/** Shows what could not be used from the address, as text; the notice is hidden when there is nothing to say. */
export function showProblems(notice: HTMLElement, problems: readonly string[]) {
  notice.textContent = problems.join(' ');
  notice.hidden = problems.length === 0;
}
