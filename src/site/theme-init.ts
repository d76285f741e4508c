/**
 * Runs before first paint so a chosen theme never flashes: it copies the stored choice onto
 * <html data-theme>. Inline (by hash, for the CSP) because an external file would block or flash.
 */
export const THEME_STORAGE_KEY = 'llm-guide-theme';

export const themeInitScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
