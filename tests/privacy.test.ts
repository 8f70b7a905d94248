// Privacy proof (issue 7). The real Node server (the same bundle as
// `npm run build:server`, in a process of its own) gets scripted
// conversations with canary values in every header, in query strings and in
// bodies. Afterwards the database file and everything the server wrote to
// stdout/stderr are searched: no canary may appear, and the database may hold
// nothing but the counts table with its six columns and allowed values.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import sqlite from 'node-sqlite3-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDay } from '../src/counters/day.js';
import { COUNT_COLUMNS } from '../src/counters/sql.js';
import { EVENT_TYPES } from '../src/counters/types.js';

const CANARY = 'CANARY7e3f';
const IP = '198.51.100.173';
const IPV6 = '2001:db8::c0:ffee';
const TOKEN = 'privacy-report-token-0123456789abcd';

/** Every header a browser, proxy or CDN could add that says something about a person. */
const canaryHeaders: Record<string, string> = {
  'x-forwarded-for': `${IP}, ${IPV6}`,
  'x-real-ip': IP,
  forwarded: `for=${IP};proto=https;by=${CANARY}-proxy`,
  'cf-connecting-ip': IP,
  'true-client-ip': IP,
  'x-client-ip': IP,
  'user-agent': `Mozilla/5.0 (${CANARY}-ua) Chrome/131`,
  cookie: `session=${CANARY}-cookie; _ga=${CANARY}-ga`,
  referer: `https://www.gemeente.example/${CANARY}-referer?naam=Jan`,
  origin: `https://${CANARY.toLowerCase()}-origin.example`,
  'accept-language': `nl-NL,${CANARY}-lang;q=0.5`,
  'x-request-id': `${CANARY}-request-id`,
  'x-session-id': `${CANARY}-session`,
  'sec-ch-ua': `"${CANARY}-brand";v="131"`,
  'sec-ch-ua-platform': `"${CANARY}-platform"`,
  via: `1.1 ${CANARY}-via`,
  dnt: '1',
};

const root = process.cwd();
let work: string;
let server: ChildProcess;
let base: string;
let output = '';
const responses: Array<{ path: string; status: number; setCookie: string | null }> = [];

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(base + path, { ...init, headers: { ...canaryHeaders, ...(init.headers as Record<string, string>) } });
  responses.push({ path, status: res.status, setCookie: res.headers.get('set-cookie') });
  return res;
}

async function text(path: string, init?: RequestInit): Promise<string> {
  return (await call(path, init)).text();
}

const postEvent = (body: unknown, query = '') =>
  call(`/api/v1/events${query}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  });

beforeAll(async () => {
  // Inside the project (an ignored folder), so the bundle finds node_modules.
  mkdirSync(resolve(root, '.cache'), { recursive: true });
  work = mkdtempSync(resolve(root, '.cache', 'privacy-'));
  const script = join(work, 'server.js');
  // The same options as `npm run build:server`, into a folder of our own: the server and, beside it, its compiler.
  const bundleTo = (entry: string, outfile: string) =>
    build({
      entryPoints: [resolve(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
  await bundleTo('src/entry-node.ts', script);
  await bundleTo('src/node/compile-content.ts', join(work, 'compiler.js'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    HOST: '127.0.0.1',
    WEGWIJS_ROOT: root,
    WEGWIJS_DB: join(work, 'data', 'counts.sqlite'),
    WEGWIJS_STATS_TOKENS: `GM0637:${TOKEN}`,
  };
  server = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  base = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 20_000);
    server.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) clearTimeout(timer), ok(match[1].replace('localhost', '127.0.0.1'));
    });
    server.on('exit', () => fail(new Error(`server exited:\n${output}`)));
  });
}, 60_000);

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

interface FlowView {
  flow: { id: string; lang: string; start: string };
  steps: Record<string, { choices: Array<{ target: string }>; services: string[] }>;
}

describe('privacy: nothing about a visitor is stored or logged', () => {
  it('runs scripted conversations with canaries everywhere, then finds none in the database or the logs', async () => {
    const flows = ((await (await call(`/api/v1/flows?utm_source=${CANARY}-utm`)).json()) as { flows: Array<{ id: string }> }).flows;
    const municipalities = await call(`/api/v1/municipalities?q=${CANARY}`);
    const list = municipalities.ok ? ((await municipalities.json()) as { municipalities: Array<{ code: string }> }).municipalities : [];
    const gemeente = list.find((m) => m.code === 'GM0637')?.code ?? list[0]?.code ?? 'GM0637';

    // The widget's way: fetch a conversation, walk it, report what a widget reports.
    let reported = 0;
    for (const { id } of flows) {
      const view = (await (await call(`/api/v1/flows/${id}?gemeente=${gemeente}&ref=${CANARY}-ref`)).json()) as FlowView;
      expect(
        (await postEvent({ type: 'conversation_started', flow: id, lang: view.flow.lang, gemeente }, `?session=${CANARY}-q`)).status,
      ).toBe(204);
      const seen = new Set<string>();
      const queue = [view.flow.start];
      while (queue.length && seen.size < 12) {
        const ref = queue.shift()!;
        if (seen.has(ref) || !view.steps[ref]) continue;
        seen.add(ref);
        for (const service of view.steps[ref].services) {
          expect((await postEvent({ type: 'signpost_shown', service, flow: id, gemeente })).status).toBe(204);
          reported += 1;
        }
        queue.push(...view.steps[ref].choices.map((c) => c.target));
      }
    }
    expect((await postEvent({ type: 'quick_exit', gemeente })).status).toBe(204);
    expect((await postEvent({ type: 'fallback_shown' })).status).toBe(204);

    // Canaries in bodies: as extra fields, as values, as the whole body. All refused.
    const refused = [
      { type: 'quick_exit', gemeente, text: `${CANARY}-typed Ik word geslagen` },
      { type: 'quick_exit', ip: IP },
      { type: 'conversation_started', flow: `${CANARY}-flow`, lang: 'nl' },
      { type: 'signpost_shown', service: `${CANARY}-service`, flow: flows[0].id },
      { type: 'quick_exit', gemeente: `${CANARY}` },
      { type: 'conversation_started', flow: flows[0].id, lang: `${CANARY}` },
      { type: `${CANARY}-type` },
      `${CANARY} not json`,
    ];
    for (const body of refused) expect((await postEvent(body)).status).toBe(400);

    // The server-rendered site: follow links from the start page, as someone without JavaScript would.
    const pages = ['/?gemeente=' + gemeente + `&zoek=${CANARY}-search`];
    const visited = new Set<string>();
    while (pages.length && visited.size < 10) {
      const path = pages.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      const html = await text(path);
      for (const m of html.matchAll(/href="(\/s\/[^"#]+)"/g)) pages.push(m[1].replace(/&amp;/g, '&'));
    }
    await text(`/over?gemeente=${gemeente}&${CANARY}=1`);
    await text(`/${CANARY}-unknown-path`);

    // Reports and the dashboard, with canary tokens and fields.
    await text('/api/v1/stats', { headers: { authorization: `Bearer ${CANARY}-wrong-token-xxxxxxxx` } });
    await text(`/api/v1/stats?gemeente=GM0637&${CANARY}=1`, { headers: { authorization: `Bearer ${TOKEN}` } });
    await text('/stats', {
      method: 'POST',
      body: `token=${CANARY}-token&from=${CANARY}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect((await call('/api/v1/stats?gemeente=GM0637', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);

    // Stop the server the way a service manager does; it writes the waiting counts first.
    const exited = new Promise((ok) => server.on('exit', ok));
    server.kill('SIGTERM');
    await exited;

    // 1. The logs.
    const needles = [CANARY, CANARY.toLowerCase(), IP, IPV6, 'Ik word geslagen', 'Mozilla', 'Jan'];
    for (const needle of needles) expect(output, `log contains ${needle}`).not.toContain(needle);

    // 2. Every file the store wrote, byte by byte (free pages and journals included).
    const dataDir = join(work, 'data');
    const files = readdirSync(dataDir);
    for (const file of files) {
      const bytes = readFileSync(join(dataDir, file)).toString('latin1');
      for (const needle of needles) expect(bytes, `${file} contains ${needle}`).not.toContain(needle);
    }

    // 3. The database's structure and content.
    const db = new sqlite.Database(join(dataDir, 'counts.sqlite'), { readOnly: true });
    const objects = db.all("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger')");
    const columns = db.all('PRAGMA table_info(counts)').map((c) => c.name);
    const rows = db.all('SELECT * FROM counts ORDER BY event, flow, key') as Array<{
      day: string;
      gemeente: string;
      flow: string;
      event: string;
      key: string;
      count: number;
    }>;
    db.close();
    expect(objects).toEqual([{ type: 'table', name: 'counts' }]);
    expect(columns).toEqual([...COUNT_COLUMNS]);
    const flowIds = new Set(['', ...flows.map((f) => f.id)]);
    const services = new Set(((await fetchServices()) ?? []).map((s) => s.id));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...COUNT_COLUMNS]);
      expect(row.day).toBe(dutchDay());
      expect(['', gemeente]).toContain(row.gemeente);
      expect(EVENT_TYPES).toContain(row.event);
      expect(flowIds.has(row.flow)).toBe(true);
      expect(row.key === '' || row.key === 'nl' || services.has(row.key), row.key).toBe(true);
      expect(Number.isInteger(row.count) && row.count > 0).toBe(true);
    }
    const total = (event: string) => rows.filter((r) => r.event === event).reduce((s, r) => s + r.count, 0);
    expect(total('conversation_started')).toBeGreaterThanOrEqual(flows.length);
    expect(total('signpost_shown')).toBeGreaterThanOrEqual(reported);
    expect(responses.every((r) => r.setCookie === null)).toBe(true);

    const summary = [
      'Privacy proof (tests/privacy.test.ts)',
      `  requests sent: ${responses.length}, each with ${Object.keys(canaryHeaders).length} canary headers (X-Forwarded-For, Forwarded, CF-Connecting-IP, User-Agent, Cookie, Referer, Origin, Accept-Language, ...), canaries in query strings and bodies`,
      `  conversations: ${flows.length} via the API + widget events, ${visited.size} server-rendered pages; ${refused.length} events with canaries refused (400)`,
      `  server log: ${output.trim().split('\n').length} lines, ${needles.length} canaries searched: none found`,
      `  database files: ${files.join(', ')}; searched byte by byte: no canary`,
      `  database: ${objects.map((o) => o.name).join(', ')}(${columns.join(', ')}); ${rows.length} rows, all day=${dutchDay()}, only known ids`,
      `  counted: conversation_started ${total('conversation_started')}, signpost_shown ${total('signpost_shown')}, quick_exit ${total('quick_exit')}, fallback_shown ${total('fallback_shown')}`,
      '  Set-Cookie in responses: none',
    ].join('\n');
    console.log(summary);
  }, 60_000);
});

let servicesCache: Array<{ id: string }> | undefined;
async function fetchServices(): Promise<Array<{ id: string }> | undefined> {
  if (servicesCache) return servicesCache;
  const path = resolve(root, 'flows/services.json');
  servicesCache = (JSON.parse(readFileSync(path, 'utf8')) as { services: Array<{ id: string }> }).services;
  return servicesCache;
}
