/**
 * The year axis down the left and the branch headings along the top of the drawing: part of the
 * page's first frame (src/tree/svg.ts, which writes each label's place in the drawing as data
 * attributes), kept in place over the canvas as the view moves, so the reader always knows which
 * year and branch they are looking at. SVG attributes only (the CSP allows no inline styles).
 */
import type { View } from '../../tree/view';

export class Axes {
  private readonly years: SVGGElement;
  private readonly yearLabels: [SVGTextElement, number][];
  private readonly headLabels: [SVGTextElement, number, number][];

  constructor(private readonly frame: SVGSVGElement) {
    this.years = frame.querySelector('[data-ref="years"]')!;
    this.yearLabels = [...this.years.querySelectorAll<SVGTextElement>('text[data-middle]')].map(
      (text) => [text, Number(text.dataset.middle)],
    );
    const heads = frame.querySelector('[data-ref="heads"]')!;
    this.headLabels = [...heads.querySelectorAll<SVGTextElement>('text[data-left]')].map((text) => [
      text,
      Number(text.dataset.left),
      Number(text.dataset.right),
    ]);
    // From now on positions are in the frame's own pixels, not the first frame's offset ones.
    frame.querySelector('[data-ref="heads-frame"]')?.setAttribute('x', '0');
    heads.setAttribute('transform', '');
  }

  follow({ zoom, pan }: View) {
    this.years.setAttribute('transform', `translate(0 ${pan.y.toFixed(1)})`);
    for (const [text, middle] of this.yearLabels)
      text.setAttribute('y', (middle * zoom).toFixed(1));
    const width = this.frame.getBoundingClientRect().width;
    for (const [text, left, right] of this.headLabels) {
      // Centred on the part of the branch in view, so a heading stays on screen while any of its branch is.
      const [a, b] = [
        Math.max(pan.x + left * zoom, 60),
        Math.min(pan.x + right * zoom, width - 10),
      ];
      text.setAttribute('visibility', b - a > 40 ? 'visible' : 'hidden');
      text.setAttribute('x', ((a + b) / 2).toFixed(1));
    }
  }
}
