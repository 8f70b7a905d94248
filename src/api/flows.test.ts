import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../tests/support/fixture.js';
import { input as translatedInput } from '../../tests/support/translation.js';
import { createApp } from '../app.js';
import { compile } from '../compiler/compile.js';
import type { ApiError, FlowListResponse, FlowResponse, ServiceListResponse } from '../shared/api-types.js';

const app = createApp({ graph: fixtureGraph() });

async function error(res: Response): Promise<ApiError['error']> {
  expect(res.headers.get('content-type')).toContain('application/json');
  return ((await res.json()) as ApiError).error;
}

describe('GET /api/v1/flows', () => {
  it('lists the conversations', async () => {
    const res = await app.request('/api/v1/flows');
    expect(res.status).toBe(200);
    const body = (await res.json()) as FlowListResponse;
    expect(body.flows.map((f) => f.id).sort()).toEqual(['omstander', 'start']);
    expect(body.flows.find((f) => f.id === 'omstander')).toMatchObject({
      title: 'Ik maak me zorgen om iemand',
      audience: 'omstanders',
      languages: ['nl'],
    });
  });

  it('rejects a malformed query parameter with a JSON 400', async () => {
    const res = await app.request('/api/v1/flows?lang=Nederlands');
    expect(res.status).toBe(400);
    expect((await error(res)).message).toContain('lang');
  });
});

describe('GET /api/v1/flows/:flowId', () => {
  it('returns the whole conversation, including conversations it links to', async () => {
    const res = await app.request('/api/v1/flows/start');
    expect(res.status).toBe(200);
    const body = (await res.json()) as FlowResponse;
    expect(body.flow.id).toBe('start');
    expect(Object.keys(body.steps).sort()).toEqual(['omstander/begin', 'omstander/gevaar-nu', 'omstander/zorgen', 'start/begin']);
    expect(body.flows.map((f) => f.id).sort()).toEqual(['omstander', 'start']);
    expect(Object.keys(body.services).sort()).toEqual(['112', 'veilig-thuis']);
    expect(body.services['veilig-thuis'].channels[0]).toMatchObject({ kind: 'phone', tel: '08002000' });
    expect(body.steps['omstander/zorgen'].text.blocks[0].t).toBe('p');
    // Structured text only: the HTML stays on the server (it would add a third to the response).
    expect(Object.keys(body.steps['omstander/zorgen'].text)).toEqual(['blocks']);
  });

  it('answers 404 with a JSON message for an unknown conversation', async () => {
    const res = await app.request('/api/v1/flows/nope');
    expect(res.status).toBe(404);
    const e = await error(res);
    expect(e.code).toBe('not_found');
    expect(e.message).not.toContain('nope');
  });

  it.each([
    ['/api/v1/flows/start?gemeente=Zoetermeer', 'gemeente'],
    ['/api/v1/flows/start?gemeente=GM06370', 'gemeente'],
    ['/api/v1/flows/start?lang=x', 'lang'],
    ['/api/v1/flows/start?lang=nl&lang=en', 'more than once'],
    ['/api/v1/flows/Start!', 'conversation id'],
  ])('answers 400 with a JSON message for %s', async (url, word) => {
    const res = await app.request(url);
    expect(res.status).toBe(400);
    expect((await error(res)).message).toContain(word);
  });

  it('answers 404 for a language the conversation does not have', async () => {
    const res = await app.request('/api/v1/flows/start?lang=en');
    expect(res.status).toBe(404);
    expect((await error(res)).code).toBe('language_not_available');
  });
});

describe('caching', () => {
  it('sends ETag and Cache-Control, and 304 on If-None-Match', async () => {
    const first = await app.request('/api/v1/flows/start');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-z-]+"$/);
    expect(first.headers.get('cache-control')).toContain('stale-while-revalidate');
    const again = await app.request('/api/v1/flows/start', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await app.request('/api/v1/flows/omstander', { headers: { 'if-none-match': etag } });
    expect(other.status).toBe(200);
  });

  it('never varies by visitor: the same request gives the same bytes', async () => {
    const a = await (await app.request('/api/v1/flows/start', { headers: { cookie: 'a=1', 'user-agent': 'x' } })).text();
    const b = await (await app.request('/api/v1/flows/start')).text();
    expect(a).toBe(b);
  });

  it('keeps answers by address: repeats answer the same, each address its own, a refused address is refused again', async () => {
    const fresh = createApp({ graph: fixtureGraph() });
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fresh.request(path, { headers });
      return { status: res.status, etag: res.headers.get('etag'), body: await res.text() };
    };
    for (const path of ['/api/v1/flows/start', '/api/v1/flows/omstander', '/api/v1/flows/start?gemeente=GM0637']) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      expect(await get(path), path).toEqual(first);
      expect((await get(path, { 'if-none-match': first.etag! })).status, path).toBe(304);
    }
    expect((await get('/api/v1/flows/start')).body).not.toBe((await get('/api/v1/flows/omstander')).body);
    expect((await get('/api/v1/flows/start')).body).not.toBe((await get('/api/v1/flows/start?gemeente=GM0637')).body);
    for (let i = 0; i < 2; i++) {
      expect((await get('/api/v1/flows/start?gemeente=GM0637&gemeente=GM0637')).status).toBe(400);
      expect((await get('/api/v1/flows/start?gemeente=GM06')).status).toBe(400);
      expect((await get('/api/v1/flows/start?lang=zz')).status).toBe(404);
    }
  });
});

describe('other routes', () => {
  it('GET /api/v1/services lists the registry with sources and check dates', async () => {
    const body = (await (await app.request('/api/v1/services')).json()) as ServiceListResponse;
    const vt = body.services.find((s) => s.id === 'veilig-thuis')!;
    expect(vt.source).toBeTruthy();
    expect(vt.verified).toMatch(/^\d{4}/);
  });

  it('GET /health', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', flows: 2 });
  });

  it('answers 405 with Allow for other methods', async () => {
    const res = await app.request('/api/v1/flows/start', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.request('/api/v1/nothing');
    expect(res.status).toBe(404);
    expect((await error(res)).code).toBe('not_found');
  });

  it('lets any site read the API (CORS) and sends security headers', async () => {
    const res = await app.request('/api/v1/flows');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });
});

describe('?lang= (issue 16)', () => {
  const translated = createApp({ graph: compile(translatedInput()).graph! });

  it('answers a published language with its texts, the Dutch targets, the note and the widget words', async () => {
    const res = await translated.request('/api/v1/flows/start?lang=en&gemeente=GM0637');
    expect(res.status).toBe(200);
    const body = (await res.json()) as FlowResponse;
    expect(body.flow.lang).toBe('en');
    const first = body.steps[body.flow.start];
    expect(first.choices[0].label).toMatch(/^EN /);
    expect(body.language).toMatchObject({ id: 'en', name: 'English', htmlLang: 'en', dir: 'ltr', note: 'Not checked yet.' });
    expect(body.language!.words.quickExit).toBe('EN Snel weg');
    expect(body.languages!.map((l) => l.id)).toEqual(['nl', 'en']);
    const dutch = (await (await translated.request('/api/v1/flows/start?gemeente=GM0637')).json()) as FlowResponse;
    expect(dutch.flow.lang).toBe('nl');
    expect(dutch.language).toBeUndefined();
    expect(dutch.languages!.map((l) => l.name)).toEqual(['Nederlands', 'English']);
    expect(Object.keys(body.steps)).toEqual(Object.keys(dutch.steps));
    expect(first.choices.map((c) => c.target)).toEqual(dutch.steps[dutch.flow.start].choices.map((c) => c.target));
  });

  it('gives each language its own cacheable answer, and the list its titles', async () => {
    const en = await translated.request('/api/v1/flows/start?lang=en');
    const nl = await translated.request('/api/v1/flows/start');
    expect(en.headers.get('etag')).not.toBe(nl.headers.get('etag'));
    const list = (await (await translated.request('/api/v1/flows?lang=en')).json()) as FlowListResponse;
    expect(list.flows.every((f) => f.title.startsWith('EN '))).toBe(true);
  });

  it('answers 404 for a language that is not published, and 400 for one that is no language id', async () => {
    expect((await translated.request('/api/v1/flows/start?lang=tr')).status).toBe(404);
    expect((await translated.request('/api/v1/flows/start?lang=nl-x-Eenvoud')).status).toBe(400);
  });
});
