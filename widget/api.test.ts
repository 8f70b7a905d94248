// The widget's only network code, with fetch replaced: what it asks, with
// which options, and what it does with answers that are not a conversation.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadFlow, loadMunicipalities } from './api.js';

const conversation = { flow: { start: 'start/begin' }, steps: { 'start/begin': {} }, services: {} };

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('loadFlow', () => {
  test('one GET without cookies or Referer; two elements asking at once share it', async () => {
    const fetch = vi.fn(async () => answer(200, conversation));
    vi.stubGlobal('fetch', fetch);
    const request = { api: 'https://hulp.example', flow: 'start', gemeente: 'GM0637' };
    const [a, b] = await Promise.all([loadFlow(request), loadFlow(request)]);
    expect(a).toEqual(conversation);
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://hulp.example/api/v1/flows/start?gemeente=GM0637');
    expect(init).toMatchObject({ credentials: 'same-origin', referrerPolicy: 'no-referrer', mode: 'cors' });
  });

  test('a language the conversation does not have: the conversation in its own language', async () => {
    const fetch = vi.fn(async (url: string) => (url.includes('lang=') ? answer(404, { error: 'not_found' }) : answer(200, conversation)));
    vi.stubGlobal('fetch', fetch);
    await expect(loadFlow({ api: 'https://hulp.example', flow: 'start', lang: 'tr' })).resolves.toEqual(conversation);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'https://hulp.example/api/v1/flows/start?lang=tr',
      'https://hulp.example/api/v1/flows/start',
    ]);
  });

  test('anything that is not a conversation, or an error, rejects (the widget then shows its built-in help)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(200, { flow: { start: 'x' }, steps: {} })),
    );
    await expect(loadFlow({ api: 'https://a.example', flow: 'start' })).rejects.toThrow('not a conversation');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(500, {})),
    );
    await expect(loadFlow({ api: 'https://b.example', flow: 'start' })).rejects.toThrow('HTTP 500');
  });
});

describe('loadMunicipalities', () => {
  test('asked once per service while it succeeds; a failure is not remembered', async () => {
    const list = [{ code: 'GM0637', name: 'Zoetermeer', region: '' }];
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(answer(503, {}))
      .mockResolvedValue(answer(200, { municipalities: list }));
    vi.stubGlobal('fetch', fetch);
    await expect(loadMunicipalities('https://c.example')).rejects.toThrow('HTTP 503');
    await expect(loadMunicipalities('https://c.example')).resolves.toEqual(list);
    await expect(loadMunicipalities('https://c.example')).resolves.toEqual(list);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
