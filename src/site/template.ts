// Pages are rendered once and kept as strings: nothing on a page depends on
// the request beyond the page itself and the municipality (both part of the
// cache key), so no rendering happens per request.

/** A whole HTML document from a rendered JSX tree (all components are synchronous). */
export function documentHtml(node: unknown): string {
  const html = (node as { toString(): string | Promise<string> }).toString();
  if (typeof html !== 'string') throw new Error('site pages must render synchronously');
  return '<!DOCTYPE html>' + html;
}
