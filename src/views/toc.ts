/** An entry of a page's table of contents: a heading's level, anchor and text. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
}
