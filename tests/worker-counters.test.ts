// Counting on Workers: the built Worker in workerd (Miniflare) with a D1
// database, the schema from migrations/, events in, reports out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsResponse } from '../src/api/stats.js';
import { dutchDay } from '../src/counters/day.js';
import { buildWorker, startWorker } from './support/worker.js';

const origin = 'http://wegwijs.test';
const TOKEN = 'worker-report-token-0123456789abcdef';
const OTHER = 'other-report-token-0123456789xyzuvw';
const tokens = `GM0637:${TOKEN},GM0344:${OTHER}`;
const graph = JSON.parse(readFileSync('dist/graph.json', 'utf8')) as {
  flows: Record<string, { lang: string }>;
  services: Record<string, unknown>;
  municipalities?: Record<string, unknown>;
};
const flow = 'start' in graph.flows ? 'start' : Object.keys(graph.flows)[0];
const service = 'veilig-thuis' in graph.services ? 'veilig-thuis' : Object.keys(graph.services)[0];
const known = Object.keys(graph.municipalities ?? {});
const gemeente = !known.length || known.includes('GM0637') ? 'GM0637' : known[0];

let script: string;
const running: Miniflare[] = [];

async function worker(
  options: { db?: boolean; schema?: boolean; persist?: string; stdout?: (line: string) => void } = {},
): Promise<Miniflare> {
  const mf = startWorker(script, {
    bindings: { FRAME_ANCESTORS: "'none'", WEGWIJS_STATS_TOKENS: tokens.replace('GM0637', gemeente) },
    ...(options.db === false ? {} : { d1Databases: ['DB'] }),
    ...(options.persist ? { d1Persist: options.persist } : {}),
    ...(options.stdout
      ? {
          handleRuntimeStdio: (out: Readable, err: Readable) => {
            for (const s of [out, err]) s.on('data', (d) => options.stdout!(String(d)));
          },
        }
      : {}),
  });
  running.push(mf);
  await mf.ready;
  if (options.db !== false && options.schema !== false) {
    const db = await mf.getD1Database('DB');
    const migration = readFileSync('migrations/0001_counts.sql', 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('--'))
      .join('\n');
    for (const statement of migration
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      await db.prepare(statement).run();
  }
  return mf;
}

const post = (mf: Miniflare, body: object) =>
  mf.dispatchFetch(`${origin}/api/v1/events`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  });

async function stats(mf: Miniflare, token = TOKEN, query = '') {
  return mf.dispatchFetch(`${origin}/api/v1/stats?per=all${query}`, { headers: { authorization: `Bearer ${token}` } });
}

beforeAll(() => {
  script = buildWorker();
}, 300_000);

afterAll(async () => {
  await Promise.all(running.map((mf) => mf.dispose()));
});

describe('counting in workerd with D1', () => {
  it('counts events into D1 and reports them to the right municipality only', async () => {
    const mf = await worker();
    for (let i = 0; i < 12; i++) {
      const res = await post(mf, { type: 'conversation_started', flow, lang: graph.flows[flow].lang, gemeente });
      expect(res.status).toBe(204);
      await res.arrayBuffer();
    }
    for (const body of [
      { type: 'signpost_shown', service, flow, gemeente },
      { type: 'quick_exit', gemeente },
    ]) {
      const res = await post(mf, body);
      expect(res.status).toBe(204);
      await res.arrayBuffer();
    }
    const bad = await post(mf, { type: 'quick_exit', ip: '198.51.100.1' });
    expect(bad.status).toBe(400);
    await bad.arrayBuffer();

    // The writes run after the answers (waitUntil): wait until they are in.
    let body: StatsResponse | undefined;
    for (let tries = 0; tries < 40; tries++) {
      const res = await stats(mf);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      body = (await res.json()) as StatsResponse;
      if (body.rows.some((r) => r.event === 'conversation_started' && r.count === 12)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(body!.gemeente).toBe(gemeente);
    expect(body!.rows).toEqual([
      { period: body!.from, event: 'conversation_started', flow, lang: graph.flows[flow].lang, count: 12 },
      { period: body!.from, event: 'quick_exit', count: '<10' },
      { period: body!.from, event: 'signpost_shown', flow, service, count: '<10' },
    ]);

    const db = await mf.getD1Database('DB');
    const { results } = await db.prepare('SELECT * FROM counts ORDER BY event').all();
    expect(Object.keys(results[0]).sort()).toEqual(['count', 'day', 'event', 'flow', 'gemeente', 'key']);
    expect(results.every((r) => r.day === dutchDay())).toBe(true);
  });

  it("counts the site's own pages into D1 as well", async () => {
    const mf = await worker();
    for (let i = 0; i < 10; i++) {
      const page = await mf.dispatchFetch(`${origin}/?gemeente=${gemeente}`);
      expect(page.status).toBe(200);
      await page.text();
    }
    let started: StatsResponse['rows'][number] | undefined;
    for (let tries = 0; tries < 40 && !started; tries++) {
      const body = (await (await stats(mf)).json()) as StatsResponse;
      started = body.rows.find((r) => r.event === 'conversation_started' && r.count === 10);
      if (!started) await new Promise((r) => setTimeout(r, 50));
    }
    expect(started).toMatchObject({ event: 'conversation_started', flow: 'start', count: 10 });
  });

  it('checks tokens: missing, wrong, and another municipality', async () => {
    const mf = await worker();
    const missing = await mf.dispatchFetch(`${origin}/api/v1/stats`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await missing.arrayBuffer();
    const wrong = await stats(mf, 'not-a-valid-token-at-all-000000');
    expect(wrong.status).toBe(401);
    await wrong.arrayBuffer();
    const other = await stats(mf, OTHER, `&gemeente=${gemeente}`);
    expect(other.status).toBe(403);
    await other.arrayBuffer();
  });

  it('renders the dashboard for a token posted in a form', async () => {
    const mf = await worker();
    const res = await mf.dispatchFetch(`${origin}/stats`, {
      method: 'POST',
      body: `token=${TOKEN}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).toContain(gemeente);
  });

  it('with no table in D1: conversations and events still work, the log and the report say plainly what to run (never a silent drop)', async () => {
    let log = '';
    const mf = await worker({ schema: false, stdout: (line) => (log += line) });
    const flowRes = await mf.dispatchFetch(`${origin}/api/v1/flows/${flow}`);
    expect(flowRes.status).toBe(200);
    await flowRes.arrayBuffer();
    const event = await post(mf, { type: 'quick_exit' });
    expect(event.status).toBe(204);
    await event.arrayBuffer();
    const res = await stats(mf);
    expect(res.status).toBe(503);
    const error = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('counts_table_missing');
    expect(error.message).toContain('wrangler d1 migrations apply wegwijs-counts --local');
    for (let i = 0; i < 50 && !log.includes('does not exist'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(log).toContain('the table "counts" does not exist in the D1 database');
  });

  it('npm run dev:worker applies the migrations itself, and the local database then counts', async () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['dev:worker']).toMatch(/^npm run dev:worker:db && wrangler dev/);
    expect(scripts['dev:worker:db']).toBe('wrangler d1 migrations apply wegwijs-counts --local');
    const persist = mkdtempSync(join(process.cwd(), '.cache', 'd1-local-'));
    try {
      const run = spawnSync('npm', ['run', 'dev:worker:db', '--', '--persist-to', persist], {
        encoding: 'utf8',
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', XDG_CONFIG_HOME: join(process.cwd(), '.cache', 'xdg'), CI: '1' },
      });
      expect(run.status, run.stderr).toBe(0);
      // wrangler dev's local D1 keys the database by its binding.
      const mf = await worker({ schema: false, persist: join(persist, 'v3', 'd1') });
      const event = await post(mf, { type: 'quick_exit', gemeente });
      expect(event.status).toBe(204);
      await event.arrayBuffer();
      const res = await stats(mf);
      expect(res.status).toBe(200);
      expect(((await res.json()) as StatsResponse).rows).toEqual([expect.objectContaining({ event: 'quick_exit', count: '<10' })]);
    } finally {
      rmSync(persist, { recursive: true, force: true });
    }
  }, 120_000);

  it('.dev.vars, where wrangler dev reads local secrets, is ignored by git', () => {
    const run = spawnSync('git', ['check-ignore', '.dev.vars'], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('.dev.vars');
  });

  it('runs with counting off when there is no DB binding', async () => {
    const mf = await worker({ db: false });
    const event = await post(mf, { type: 'quick_exit' });
    expect(event.status).toBe(204);
    await event.arrayBuffer();
    const res = await stats(mf);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('counting_off');
  });
});
