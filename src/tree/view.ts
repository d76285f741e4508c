/**
 * The drawing's first view, decided at build time so the server-rendered drawing and the canvas
 * that takes over from it open on exactly the same place: at a zoom where labels are at least
 * 11 CSS pixels, the newest year at the top (under the branch headings), centred on the branch
 * busiest in the recent years. The year axis and branch headings stay on screen as the view moves.
 */
import type { Branch, YearBand } from './layout';
import { LABEL_FONT } from './label';

/** Labels are 12 units: at this zoom they are 11.4 CSS pixels. */
export const READABLE_ZOOM = 0.95;
/** The strip of branch headings along the top and the year axis down the left, in CSS pixels. */
export const HEADER_HEIGHT = 30;
export const AXIS_WIDTH = 52;
/** How many of the newest years decide which branch the first view centres on. */
const RECENT_YEARS = 3;

export interface Focus {
  /** The drawing's x that sits at `align` across the view (0 left, 0.5 middle, 1 right), and its y at the top edge (under the headings). */
  x: number;
  align: number;
  top: number;
  zoom: number;
}

export interface View {
  zoom: number;
  pan: { x: number; y: number };
}

interface Placed {
  family: string;
  year: number;
  x: number;
}

export function openingFocus(
  models: readonly Placed[],
  bands: readonly YearBand[],
  branches: readonly Branch[],
): Focus {
  const newest = bands[0]?.year ?? 0;
  const counts = new Map<string, number>();
  for (const m of models)
    if (m.year > newest - RECENT_YEARS) counts.set(m.family, (counts.get(m.family) ?? 0) + 1);
  const busiest =
    [...branches].sort((a, b) => (counts.get(b.family) ?? 0) - (counts.get(a.family) ?? 0))[0] ??
    ({ left: 0, right: 0 } as Branch);
  // The last branch is held against the right edge (nothing lies beyond it); any other is centred.
  const last = busiest === branches.at(-1);
  return {
    x: last ? busiest.right + 24 : (busiest.left + busiest.right) / 2,
    align: last ? 1 : 0.5,
    top: (bands[0]?.top ?? 0) - 8,
    zoom: READABLE_ZOOM,
  };
}

/** The view a container of this width shows for the focus (its height does not matter: the top is fixed). */
export const openingView = (focus: Focus, width: number): View => ({
  zoom: focus.zoom,
  pan: { x: width * focus.align - focus.x * focus.zoom, y: HEADER_HEIGHT - focus.top * focus.zoom },
});

/** The size labels are drawn at, in CSS pixels, at a zoom. */
export const labelPixels = (zoom: number): number => LABEL_FONT.size * zoom;
