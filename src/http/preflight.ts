// CORS preflight for the API. The widget runs on municipal sites, so a
// browser may ask OPTIONS before a cross-origin POST with a JSON body.
// The answer lists the methods the path really has (from the route table).
import type { Hono } from 'hono';
import { notFoundResponse } from './fallback.js';
import { common } from './headers.js';
import { routeMethods } from './route-table.js';

const maxAge = String(24 * 60 * 60);

export function preflightHandler(app: Hono): (path: string) => Response {
  const methodsFor = routeMethods(app);
  // One header object per distinct method list, built once.
  const headersFor = new Map<string, Record<string, string>>();
  return (path) => {
    const methods = methodsFor(path);
    if (!methods.length) return notFoundResponse();
    const allow = [...methods, 'OPTIONS'].join(', ');
    let headers = headersFor.get(allow);
    if (!headers) {
      headers = {
        ...common,
        allow,
        'access-control-allow-origin': '*',
        'access-control-allow-methods': allow,
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': maxAge,
        'cache-control': `public, max-age=${maxAge}`,
      };
      headersFor.set(allow, headers);
    }
    return new Response(null, { status: 204, headers });
  };
}
