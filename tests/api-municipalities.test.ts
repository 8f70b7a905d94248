// Local help through the HTTP API, in-process: the municipality list and
// conversations resolved with ?gemeente=.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { ApiError, FlowResponse, MunicipalityListResponse } from '../src/shared/api-types.js';
import { localGraph } from './support/local.js';

const graph = localGraph();
const app = createApp({ graph });
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const flowFor = async (gemeente?: string) => {
  const res = await get(`/api/v1/flows/lokaal${gemeente ? `?gemeente=${gemeente}` : ''}`);
  expect(res.status).toBe(200);
  return (await res.json()) as FlowResponse;
};

describe('GET /api/v1/municipalities', () => {
  it('lists every municipality of the country with code, name, province and Veilig Thuis region', async () => {
    const res = await get('/api/v1/municipalities');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('cache-control')).toContain('max-age');
    const body = (await res.json()) as MunicipalityListResponse;
    expect(body.municipalities).toHaveLength(342);
    expect(body.municipalities).toContainEqual({
      code: 'GM0637',
      name: 'Zoetermeer',
      province: 'Zuid-Holland',
      region: 'Veilig Thuis Haaglanden',
    });
    expect(body.municipalities).toContainEqual(expect.objectContaining({ code: 'GM0479', name: 'Zaanstad', region: null }));
    expect(body.municipalities).toContainEqual(
      expect.objectContaining({ code: 'GM0344', name: 'Utrecht', region: 'Veilig Thuis Utrecht' }),
    );
    expect(body.municipalities).toContainEqual(
      expect.objectContaining({
        code: 'GM0363',
        name: 'Amsterdam',
        province: 'Noord-Holland',
        region: 'Veilig Thuis Amsterdam-Amstelland',
        aliases: ['Weesp'],
      }),
    );
    expect(body.municipalities).toContainEqual(
      expect.objectContaining({ code: 'GM0518', name: 'Den Haag', aliases: expect.arrayContaining(["'s-Gravenhage"]) }),
    );
    expect(body.municipalities).toContainEqual(
      expect.objectContaining({ code: 'GM0439', name: 'Purmerend', aliases: expect.arrayContaining(['Beemster']) }),
    );
    const regions = new Set(body.municipalities.map((m) => m.region));
    expect([...regions].sort()).toEqual([
      'Veilig Thuis Amsterdam-Amstelland',
      'Veilig Thuis Flevoland',
      'Veilig Thuis Groningen',
      'Veilig Thuis Haaglanden',
      'Veilig Thuis Twente',
      'Veilig Thuis Utrecht',
      'Veilig Thuis Zuid-Limburg',
      null,
    ]);
    expect(body.municipalities.filter((m) => m.region).length).toBe(87);
    expect(new Set(body.municipalities.map((m) => m.province)).size).toBe(12);
  });

  it('answers 304 to a matching If-None-Match, and 405 to a POST', async () => {
    const first = await get('/api/v1/municipalities');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await get('/api/v1/municipalities', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const post = await app.request('/api/v1/municipalities', { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('GET /api/v1/flows/:flowId?gemeente=', () => {
  it('Zoetermeer (GM0637): the verified municipal number and zoetermeer.nl for the local team', async () => {
    const body = await flowFor('GM0637');
    expect(body.municipality).toEqual({ code: 'GM0637', name: 'Zoetermeer', region: 'Veilig Thuis Haaglanden', known: true });
    expect(body.services['lokaal-team'].channels).toEqual([
      expect.objectContaining({ kind: 'phone', tel: '14079' }),
      expect.objectContaining({ kind: 'web', url: 'https://www.zoetermeer.nl' }),
    ]);
    expect(body.services['lokaal-team'].notes).toEqual(['Bel je gemeente: 14 079.', 'Kijk op de website van je gemeente: zoetermeer.nl.']);
  });

  it('Zaanstad (GM0479): the generic team name (no dated source for its own) and the Blijf Groep', async () => {
    const body = await flowFor('GM0479');
    expect(body.municipality?.name).toBe('Zaanstad');
    expect(body.services['lokaal-team'].name).toBe('Het wijkteam van je gemeente');
    expect(body.services.opvang.name).toBe('Blijf Groep');
    expect(body.services.opvang.channels[0]).toMatchObject({ kind: 'phone', tel: '0882342450' });
  });

  it('Utrecht (GM0344): the Buurtteam and Moviera, without a number for Moviera', async () => {
    const body = await flowFor('GM0344');
    expect(body.services['lokaal-team'].name).toBe('Buurtteam Utrecht');
    expect(body.services.opvang.name).toBe('Moviera');
    expect(body.services.opvang.channels.some((c) => c.kind === 'phone')).toBe(false);
  });

  it('without a municipality: the generic signposts, no municipality, and the holidays', async () => {
    const body = await flowFor();
    expect(body.municipality).toBeUndefined();
    expect(body.services['lokaal-team']).toEqual(graph.services['lokaal-team']);
    expect(body.holidays).toEqual(graph.holidays);
    expect(body.holidays!.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });

  it('a well-formed code that is no municipality (GM9999, or the old code of Beemster, GM0370): 200, national services, known: false and a note', async () => {
    const old = await flowFor('GM0370');
    expect(old.municipality).toMatchObject({ code: 'GM0370', known: false });
    const body = await flowFor('GM9999');
    expect(body.municipality).toMatchObject({ code: 'GM9999', name: null, region: null, known: false });
    expect(body.municipality!.note).toMatch(/nog niet/);
    expect(body.services['lokaal-team']).toEqual(graph.services['lokaal-team']);
    expect(body.holidays?.length).toBeGreaterThan(0);
  });

  it('a malformed code: 400 that says what a code looks like and where to find it', async () => {
    for (const bad of [
      '0637',
      'GM637',
      'zoetermeer',
      'GM0637x',
      'gm0637',
      'GM 0637',
      '%27s-Gravenhage',
      'GM%000637',
      'Den%20Haag',
      'x'.repeat(300),
    ]) {
      const res = await get(`/api/v1/flows/lokaal?gemeente=${bad}`);
      expect(res.status, bad).toBe(400);
      const body = (await res.json()) as ApiError;
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain('GM0637');
      expect(body.error.message).toContain('/api/v1/municipalities');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('gives each variant its own ETag, and 304 keeps working per variant', async () => {
    const tags = new Set<string>();
    for (const q of ['', '?gemeente=GM0637', '?gemeente=GM0479', '?gemeente=GM0344', '?gemeente=GM9999']) {
      const res = await get(`/api/v1/flows/lokaal${q}`);
      const etag = res.headers.get('etag')!;
      tags.add(etag);
      const again = await get(`/api/v1/flows/lokaal${q}`, { 'if-none-match': etag });
      expect(again.status, q).toBe(304);
    }
    expect(tags.size).toBe(5);
    // Another variant's tag does not match.
    const zoetermeer = (await get('/api/v1/flows/lokaal?gemeente=GM0637')).headers.get('etag')!;
    expect((await get('/api/v1/flows/lokaal?gemeente=GM0479', { 'if-none-match': zoetermeer })).status).toBe(200);
  });
});
