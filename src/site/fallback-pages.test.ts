import { describe, expect, test } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { sitePageFallbacks } from './fallback-pages.js';

describe('the site 404 and 500 pages', () => {
  const fallbacks = sitePageFallbacks({ graph: shippedGraph() });

  test('404: a page with 112 and the exit, not cached', async () => {
    const res = fallbacks.notFound();
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toContain('href="tel:112"');
  });

  test('500: the Veilig Thuis line from the registry', async () => {
    const res = fallbacks.error();
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('href="tel:08002000"');
  });

  test('rendered once: each answer is a new Response with the same body', async () => {
    const [a, b] = [fallbacks.notFound(), fallbacks.notFound()];
    expect(a).not.toBe(b);
    expect(await a.text()).toBe(await b.text());
  });
});
