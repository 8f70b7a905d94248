// A bad setting stops `node dist/server.js` at once with one clear line per
// variable (src/settings.ts), before any content or counting work; a good
// one is used. Through the real process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, type ServerProcess, startProcess } from './support/process.js';

const running: ServerProcess[] = [];
beforeAll(() => ensureServerBuilt());
afterAll(async () => {
  for (const server of running) await server.stop('SIGKILL');
});

describe('settings at start-up', () => {
  it('a bad FRAME_ANCESTORS and a bad PORT: exit 1, both named, nothing served', async () => {
    const server = await startProcess({ WEGWIJS_COUNTERS: 'off', FRAME_ANCESTORS: "'self'; script-src *", PORT: '99999' });
    running.push(server);
    expect(await server.exited).toBe(1);
    const output = server.output();
    expect(output).toContain('wegwijs: PORT: a port number from 1 to 65535 (or 0: any free port).');
    expect(output).toContain('wegwijs: FRAME_ANCESTORS: a list of sources separated by spaces');
    expect(output).toContain('does not start until this is fixed (docs/settings.md)');
    expect(output).not.toContain('listening');
  }, 60_000);

  it("a good FRAME_ANCESTORS is the pages' frame-ancestors", async () => {
    const server = await startProcess({ WEGWIJS_COUNTERS: 'off', FRAME_ANCESTORS: "'self' https://www.zoetermeer.nl" });
    running.push(server);
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://www.zoetermeer.nl");
  }, 60_000);
});
