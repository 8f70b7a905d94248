// Small helpers that build complete responses (see headers.ts for why).
import { fnv1a } from '../compiler/hash.js';
import type { ApiError } from '../shared/api-types.js';
import { apiHeaders, cacheControl, noStore } from './headers.js';
import { acceptsGzip, type Compressor, MIN_PRECOMPRESS_BYTES } from './precompress.js';

export function jsonError(status: number, code: string, message: string, details?: unknown, extra?: Record<string, string>): Response {
  const body: ApiError = { error: details === undefined ? { code, message } : { code, message, details } };
  return new Response(JSON.stringify(body), { status, headers: { ...apiHeaders, 'cache-control': noStore, ...extra } });
}

export interface CachedBody {
  body: string;
  /** The body as UTF-8 bytes, encoded once: writing a string re-encodes it on every request. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  headers: Record<string, string>;
  /** A gzip copy, made once when a compressor is given (Node; see precompress.ts). */
  gzip?: { body: Uint8Array<ArrayBuffer>; etag: string; headers: Record<string, string> };
}

const encoder = new TextEncoder();

/** Serialise once; the ETag is a hash of the bytes, so equal content gives equal tags everywhere. */
export function cachedJson(value: unknown, compress?: Compressor): CachedBody {
  const body = JSON.stringify(value);
  const etag = `"${fnv1a(body).toString(36)}-${body.length.toString(36)}"`;
  const bytes = encoder.encode(body);
  if (!compress || body.length < MIN_PRECOMPRESS_BYTES)
    return { body, bytes, etag, headers: { ...apiHeaders, 'cache-control': cacheControl, etag } };
  // Two representations: caches must key on Accept-Encoding, and each has its own tag.
  const headers = { ...apiHeaders, 'cache-control': cacheControl, vary: 'accept-encoding', etag };
  const gzipEtag = `${etag.slice(0, -1)}-gz"`;
  return {
    body,
    bytes,
    etag,
    headers,
    gzip: { body: compress(body), etag: gzipEtag, headers: { ...headers, etag: gzipEtag, 'content-encoding': 'gzip' } },
  };
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export function sendCached(request: Request, cached: CachedBody): Response {
  const zipped = cached.gzip && acceptsGzip(request.headers.get('accept-encoding')) ? cached.gzip : undefined;
  const headers = zipped ? zipped.headers : cached.headers;
  const ifNoneMatch = request.headers.get('if-none-match');
  // Either tag means the client holds the current content.
  if (matches(ifNoneMatch, cached.etag) || (cached.gzip && matches(ifNoneMatch, cached.gzip.etag))) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : zipped ? zipped.body : cached.bytes, { status: 200, headers });
}

export function methodNotAllowed(allow: string): Response {
  return jsonError(405, 'method_not_allowed', `This address only answers ${allow}.`, undefined, { allow });
}
