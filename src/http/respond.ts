// Small helpers that build complete responses (see headers.ts for why).
import type { ApiError } from '../shared/api-types.js';
import { fnv1a } from '../content/hash.js';
import { apiHeaders, cacheControl, noStore } from './headers.js';

export function jsonError(status: number, code: string, message: string, details?: unknown, extra?: Record<string, string>): Response {
  const body: ApiError = { error: details === undefined ? { code, message } : { code, message, details } };
  return new Response(JSON.stringify(body), { status, headers: { ...apiHeaders, 'cache-control': noStore, ...extra } });
}

export interface CachedBody {
  body: string;
  etag: string;
  headers: Record<string, string>;
}

/** Serialise once; the ETag is a hash of the bytes, so equal content gives equal tags everywhere. */
export function cachedJson(value: unknown): CachedBody {
  const body = JSON.stringify(value);
  const etag = `"${fnv1a(body).toString(36)}-${body.length.toString(36)}"`;
  return { body, etag, headers: { ...apiHeaders, 'cache-control': cacheControl, etag } };
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export function sendCached(request: Request, cached: CachedBody): Response {
  if (matches(request.headers.get('if-none-match'), cached.etag)) {
    return new Response(null, { status: 304, headers: cached.headers });
  }
  return new Response(request.method === 'HEAD' ? null : cached.body, { status: 200, headers: cached.headers });
}

export function methodNotAllowed(allow: string): Response {
  return jsonError(405, 'method_not_allowed', `This address only answers ${allow}.`, undefined, { allow });
}
