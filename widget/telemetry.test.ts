// An anonymous count from the widget: one small object, no cookies, no
// Referer, nothing about the visitor; never an error that reaches the page.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { report } from './telemetry.js';

afterEach(() => vi.unstubAllGlobals());

describe('report', () => {
  test('a simple POST with keepalive, without cookies or Referer, carrying only the event', () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    report('https://hulp.example', { type: 'quick_exit', gemeente: 'GM0637' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://hulp.example/api/v1/events');
    expect(init).toMatchObject({
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'content-type': 'text/plain' },
    });
    expect(JSON.parse(init.body as string)).toEqual({ type: 'quick_exit', gemeente: 'GM0637' });
  });

  test('without fetch keepalive: sendBeacon; and no error ever escapes', () => {
    const sendBeacon = vi.fn(() => true);
    vi.stubGlobal('fetch', () => {
      throw new TypeError('keepalive not supported');
    });
    vi.stubGlobal('navigator', { sendBeacon });
    report('https://hulp.example', { type: 'quick_exit' });
    expect(sendBeacon).toHaveBeenCalledWith('https://hulp.example/api/v1/events', expect.any(Blob));
    vi.stubGlobal('navigator', {});
    expect(() => report('https://hulp.example', { type: 'quick_exit' })).not.toThrow();
  });

  test('a failed request is swallowed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(() => report('https://hulp.example', { type: 'quick_exit' })).not.toThrow();
  });
});
