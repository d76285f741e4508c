/**
 * <copy-button>: copies an element's text (data-target) or the page's address to the clipboard,
 * and says so. Where the clipboard is blocked it selects the text so the reader can copy it.
 */
export class CopyButton extends HTMLElement {
  private timer: number | undefined;

  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => void this.copy());
    this.hidden = false;
  }

  private async copy() {
    const target = this.dataset.target ? document.getElementById(this.dataset.target) : null;
    const text = target ? (target.textContent ?? '') : window.location.href;
    try {
      await navigator.clipboard.writeText(text);
      this.say(target ? 'Copied to the clipboard.' : 'Link copied to the clipboard.');
    } catch {
      if (target) window.getSelection()?.selectAllChildren(target);
      this.say(target ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy.' : `Copy this link: ${text}`);
    }
  }

  private say(message: string) {
    const status = this.querySelector('[role="status"]');
    if (!status) return;
    status.textContent = message;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (status.textContent = ''), 6000);
  }
}
