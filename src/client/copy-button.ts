/**
 * <copy-button>: copies an element's text (data-target) or the page's address to the clipboard,
 * and says so. Where the clipboard is blocked it selects the text so the reader can copy it.
 */
import { pageWords } from '../i18n/client';
import { copyWords } from '../i18n/client/copy';
import { SiteElement } from './element';

export class CopyButton extends SiteElement {
  private timer: number | undefined;

  protected override connect() {
    this.on(this.ref('button', HTMLButtonElement), 'click', () => void this.copy());
    this.onDisconnect(() => window.clearTimeout(this.timer));
    this.hidden = false;
  }

  private async copy() {
    const target = this.dataset.target ? document.getElementById(this.dataset.target) : null;
    const text = target ? (target.textContent ?? '') : window.location.href;
    const words = pageWords(copyWords);
    try {
      await navigator.clipboard.writeText(text);
      this.say(target ? words.copied : words.linkCopied);
    } catch {
      if (target) window.getSelection()?.selectAllChildren(target);
      this.say(target ? words.selected : words.copyLink(text));
    }
  }

  private say(message: string) {
    const status = this.ref('status');
    status.textContent = message;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (status.textContent = ''), 6000);
  }
}
