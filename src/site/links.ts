/** Links within the site, always under the configured base path. */
import { withBase } from '../graph/routes';

export const href = (route = '') => withBase(import.meta.env.BASE_URL, route.replace(/^\//, ''));

/** Primary navigation, in the order the header shows it. */
export const NAV = [
  { label: 'Guide', route: 'guide/' },
  { label: 'Evolution tree', route: 'tree/' },
  { label: 'Models', route: 'models/' },
  { label: 'Tasks', route: 'tasks/' },
  { label: 'LLM or fine-tuned?', route: 'decide/' },
  { label: 'API', route: 'api/' },
] as const;
