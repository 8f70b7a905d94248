// A tiny element builder for the site's scripts: attributes and text, never
// HTML. (The widget has its own, widget/dom.ts, with event handlers.)
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name of Object.keys(attrs)) node.setAttribute(name, attrs[name]);
  if (text) node.appendChild(document.createTextNode(text));
  return node;
}
