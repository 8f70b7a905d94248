// Work that may finish after the response is sent (anonymous counting).
// Workers end a request's work when the response is out unless it is handed
// to waitUntil; Node has no execution context and lets the promise run on.
import type { Context } from 'hono';

export function afterResponse(c: Context, work: Promise<unknown>): void {
  // @hono/node-server passes { incoming, outgoing } as env: no execution
  // context there, and asking for it throws, which costs more than a page.
  const env = c.env as Record<string, unknown> | undefined;
  if (env && 'incoming' in env && 'outgoing' in env) return;
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // In-process requests without an execution context: the promise runs on.
  }
}
