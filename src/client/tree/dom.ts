/** A tiny element builder: text always goes in as text, so no data can ever become markup. */
type Child = Node | string | false | undefined | null;

export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined && child !== null) element.append(child);
  return element;
}
