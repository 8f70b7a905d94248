// Work that may finish after the response is sent (anonymous counting).
// Workers end a request's work when the response is out unless it is handed
// to waitUntil; Node has no execution context and lets the promise run on.
import type { Context } from 'hono';

export function afterResponse(c: Context, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // Node: no execution context; the promise runs on by itself.
  }
}
