// Pages are rendered once and kept as strings. The few parts that depend on
// the request (the "Vorige stap" link, the step a visitor came from) go into
// slots, filled by plain string joins: no rendering per request.
import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

const MARK = '<!--wegwijs:slot-->';

/** Marks a slot in JSX. */
export const slot = (): HtmlEscapedString => raw(MARK);

export type Template = readonly string[];

/** A whole HTML document from a rendered JSX tree (all components are synchronous). */
export function documentHtml(node: unknown): string {
  const html = (node as { toString(): string | Promise<string> }).toString();
  if (typeof html !== 'string') throw new Error('site pages must render synchronously');
  return '<!DOCTYPE html>' + html;
}

export function toTemplate(html: string): Template {
  return html.split(MARK);
}

/** Joins the template with one value per slot, in order. */
export function fill(template: Template, values: readonly string[]): string {
  let out = template[0];
  for (let i = 1; i < template.length; i++) out += (values[i - 1] ?? '') + template[i];
  return out;
}
