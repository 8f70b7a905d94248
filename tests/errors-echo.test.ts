// Errors never echo input (issue 19, point 6; SECURITY.md): a marker sent in
// the path, a query key or value, a header or a body never comes back in an
// answer, on the app as the Worker runs it and on the Node composition.
import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { memoryStore } from '../src/counters/memory-store.js';
import { parseTokens, tokenCheck } from '../src/counters/tokens.js';
import { createNodeApp } from '../src/node/server.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
// Lower-case letters only: it passes every id and language pattern, so it reaches the handlers.
const MARK = 'zqx';
const MARK_ID = `${MARK}echoprobe`;

function options() {
  const store = memoryStore();
  return {
    graph,
    counter: store,
    counting: { reader: store, tokens: tokenCheck(parseTokens('GM0637:a-report-token-of-enough-length-1234').entries) },
  };
}
const apps: Record<string, Hono> = {
  'the app (as on Workers)': createApp(options()),
  'the Node composition': createNodeApp(process.cwd(), options()),
};

const flow = Object.keys(graph.flows)[0];
const requests: Array<[string, RequestInit?]> = [
  [`/api/v1/${MARK_ID}`],
  [`/api/${MARK_ID}/x?${MARK_ID}=1`],
  [`/api/v1/flows/${MARK_ID}`],
  [`/api/v1/flows/${MARK_ID}?lang=${MARK}`],
  [`/api/v1/flows/${flow}?lang=${MARK}`],
  [`/api/v1/flows/${flow}?gemeente=${MARK_ID}`],
  [`/api/v1/flows?${MARK_ID}=1&${MARK_ID}=2`],
  [`/api/v1/flows/${flow}?lang=nl&lang=${MARK}`],
  [`/api/v1/stats?${MARK_ID}=1`, { headers: { authorization: 'Bearer a-report-token-of-enough-length-1234' } }],
  [`/api/v1/stats?per=${MARK_ID}`, { headers: { authorization: 'Bearer a-report-token-of-enough-length-1234' } }],
  [`/api/v1/stats?from=${MARK_ID}`, { headers: { authorization: 'Bearer a-report-token-of-enough-length-1234' } }],
  [`/api/v1/stats`, { headers: { authorization: `Bearer ${MARK_ID}` } }],
  [
    `/api/v1/events`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'quick_exit', [MARK_ID]: 1 }) },
  ],
  [`/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: MARK_ID }) }],
  [
    `/api/v1/events`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'signpost_shown', service: MARK_ID, flow: MARK_ID }),
    },
  ],
  [`/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"${MARK_ID}` }],
  [`/api/v1/events`, { method: 'POST', headers: { 'content-type': `text/${MARK_ID}` }, body: '{}' }],
  [`/api/v1/${MARK_ID}`, { method: 'OPTIONS', headers: { origin: `https://${MARK_ID}.example`, 'access-control-request-method': 'GET' } }],
  [`/api/v1/flows`, { method: 'DELETE', headers: { 'x-anything': MARK_ID } }],
  [`/${MARK_ID}`],
  [`/s/${MARK_ID}`],
  [`/s/${flow}.${MARK_ID}?gemeente=${MARK_ID}`],
  [`/stats?token=${MARK_ID}`],
];

describe('errors never echo input', () => {
  for (const [name, app] of Object.entries(apps)) {
    it(`${name}: no answer repeats what was sent`, async () => {
      let errors = 0;
      for (const [path, init] of requests) {
        const res = await app.request(`http://localhost${path}`, init);
        if (res.status >= 400) errors++;
        expect(res.status, path).toBeLessThan(500);
        const text = await res.text();
        const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
        expect(text.toLowerCase(), `${init?.method ?? 'GET'} ${path}`).not.toContain(MARK);
        expect(headers.toLowerCase(), `${init?.method ?? 'GET'} ${path}`).not.toContain(MARK);
      }
      // The probes do reach error paths (so the check can fail).
      expect(errors).toBeGreaterThan(requests.length - 4);
    });
  }
});
