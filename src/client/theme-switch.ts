/** <theme-switch>: stores the reader's choice and applies it to <html data-theme> at once. */
import { SiteElement } from './element';

type Theme = 'auto' | 'light' | 'dark';

const isTheme = (value: unknown): value is Theme =>
  value === 'auto' || value === 'light' || value === 'dark';

export class ThemeSwitch extends SiteElement {
  protected override connect() {
    const key = this.dataset.storageKey ?? 'theme';
    const select = this.ref('select', HTMLSelectElement);
    select.value = readTheme(key);
    this.on(select, 'change', () => {
      const theme = isTheme(select.value) ? select.value : 'auto';
      applyTheme(theme);
      try {
        if (theme === 'auto') localStorage.removeItem(key);
        else localStorage.setItem(key, theme);
      } catch {
        // Storage can be blocked (private modes); the choice then lasts for this page only.
      }
    });
    this.hidden = false;
  }
}

function readTheme(key: string): Theme {
  try {
    const stored = localStorage.getItem(key);
    return isTheme(stored) ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

function applyTheme(theme: Theme) {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
