// A tiny element builder on DOM APIs only. Text always goes in as text nodes:
// nothing here (or anywhere in the widget) parses a string as HTML.

export type Child = Node | string | null | undefined | false;
type Attr = string | number | boolean | null | undefined | ((event: Event) => void);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, Attr> | null,
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value != null) el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child || child === '') parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

let counter = 0;
/** Ids unique within the page (several widgets may share one). */
export function uid(prefix: string): string {
  return `wegwijs-${prefix}-${++counter}`;
}
