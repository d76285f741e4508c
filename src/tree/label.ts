/**
 * A model's label, fitted to its box: the name on the first line, the organisations on the second,
 * each shortened with an ellipsis when it would run past the box. Fitted once, with widths
 * measured from a wide font (DejaVu Sans, the fallback for `system-ui` on Linux, semi-bold), so
 * narrower system fonts fit too, and the build-time drawing and the canvas show the same words.
 */
import { NODE_WIDTH } from './layout';

/** The label's font, in drawing units: the static SVG and the canvas both use it. */
export const LABEL_FONT = {
  size: 12,
  weight: 600,
  family: 'system-ui, sans-serif',
  lineHeight: 1.25,
};
/** Room for text inside a box, leaving a margin clear of its (possibly barrel-shaped) border. */
export const LABEL_WIDTH = NODE_WIDTH - 20;

// Advance widths of ASCII 32–126 in hundredths of an em, measured in Chromium (600 weight).
const ASCII = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85,
  73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72,
  71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
const ELLIPSIS = '…';

/** How wide a text is at the label's size, in drawing units; unknown and CJK characters count a full em. */
export function textWidth(text: string, size = LABEL_FONT.size): number {
  let hundredths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    hundredths += code >= 32 && code < 127 ? ASCII[code - 32]! : 100;
  }
  return (hundredths * size) / 100;
}

/** The text as it fits in `width`: whole, or cut at a character with an ellipsis. */
export function fit(text: string, width = LABEL_WIDTH): string {
  if (textWidth(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('').trimEnd() + ELLIPSIS) > width) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * The lines of a model's label. Several organisations are named while they fit; otherwise the first
 * with "+n" for the others, shortened if even that is too wide.
 */
export function labelLines(
  name: string,
  organisations: readonly string[],
  separator = ', ',
): string[] {
  const lines = [fit(name)];
  if (organisations.length === 0) return lines;
  const all = organisations.join(separator);
  if (textWidth(all) <= LABEL_WIDTH) return [...lines, all];
  const more = organisations.length > 1 ? ` +${organisations.length - 1}` : '';
  return [...lines, fit(organisations[0]!, LABEL_WIDTH - textWidth(more)) + more];
}
