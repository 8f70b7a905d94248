// Response headers, built once. Routes pass these plain objects straight to
// `new Response`: editing headers in a middleware after `next()` on every
// response costs several times the route itself (see BENCHMARKS.md).

export const common = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
} as const;

export interface HeaderConfig {
  /** CSP frame-ancestors for the site's pages, e.g. "'none'" or "'self' https://www.gemeente.nl". */
  frameAncestors: string;
  /**
   * CSP frame-ancestors of the embedded layout only (/ingebed/…, the widget's
   * frame mode): the sites that may show the conversation in a frame. Default
   * "*": the widget may be embedded anywhere, and these pages hold nothing the
   * public site does not.
   */
  embedFrameAncestors?: string;
}

export const defaultHeaderConfig: HeaderConfig = { frameAncestors: "'none'" };

/** The CSP and headers of the embedded layout: the only pages another site may frame. */
export function embeddedPageHeaders(config: HeaderConfig): Record<string, string> {
  return pageHeaders({ frameAncestors: config.embedFrameAncestors ?? '*' });
}

/** JSON from the API: readable from any origin (the widget runs on municipal sites). */
export const apiHeaders = {
  ...common,
  'content-type': 'application/json; charset=utf-8',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
} as const;

/** Cacheable GET responses: browsers and CDNs may keep them; content changes bump the ETag. */
export const cacheControl = 'public, max-age=300, stale-while-revalidate=86400';

/** Never cache (errors, reports). */
export const noStore = 'no-store';

function pageCsp(config: HeaderConfig, nonce?: string): string {
  const script = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${config.frameAncestors}`,
  ].join('; ');
}

/** HTML pages of the site: strict CSP, no inline code. */
export function pageHeaders(config: HeaderConfig, nonce?: string): Record<string, string> {
  return {
    ...common,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': pageCsp(config, nonce),
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/**
 * The editors' studio (/studio): its own stricter CSP. Everything it needs is
 * in the page or its own script and stylesheet, so it may connect nowhere
 * (connect-src 'none'), submit no form and be framed by no one. Downloads are
 * Blob URLs the page makes itself.
 */
export function studioPageHeaders(): Record<string, string> {
  return {
    ...common,
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
      "object-src 'none'",
      "frame-src 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'cache-control': 'no-store',
  };
}

export const staticHeaders = {
  ...common,
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
} as const;
