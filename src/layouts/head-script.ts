/**
 * The one inline script, run in <head> before first paint (allowed by its hash under the CSP):
 * it applies a stored theme choice so the page never flashes the wrong theme, and marks
 * <html class="js"> so widgets that scripts will reveal can reserve their space from the start
 * instead of pushing the page around when they appear.
 */
export const THEME_STORAGE_KEY = 'llm-guide-theme';

export const HEAD_SCRIPT = `document.documentElement.classList.add("js");try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
