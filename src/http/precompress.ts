// Compressed copies of the cached API bodies, made once. A conversation is
// tens of kilobytes of JSON; writing it to every visitor cost more CPU than
// everything else the request does (BENCHMARKS.md). The Node composition
// passes a compressor (AppOptions.compress); on Workers there is none,
// Cloudflare compresses at the edge, and this code stays free of node: imports.

export type Compressor = (text: string) => Uint8Array<ArrayBuffer>;

/** Smaller bodies gain nothing worth a second variant. */
export const MIN_PRECOMPRESS_BYTES = 1024;

/** True when Accept-Encoding allows `coding` ("gzip", "br"): listed, or "*", and not with q=0. */
export function acceptsEncoding(acceptEncoding: string | null, coding: string): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name.trim() !== coding && name.trim() !== '*') return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return q === undefined || Number(q) > 0;
  });
}

/** True when Accept-Encoding allows gzip (a listed "gzip" or "*" without q=0). */
export const acceptsGzip = (acceptEncoding: string | null): boolean => acceptsEncoding(acceptEncoding, 'gzip');
