/** Building DOM without HTML strings: attributes are set as attributes, text as text nodes. */
type Child = Node | string | null | undefined | false;

/** A new element with attributes (`true` sets an empty attribute; `false`/`undefined` skip it) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
  return element;
}
