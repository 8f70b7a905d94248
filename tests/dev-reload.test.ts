// `npm run dev` (src/cli/dev.ts) reloads the content on save: a real process
// on a copy of the content. A broken link keeps the last good version on the
// site, with the error on top of /preview; fixed, the new text is served.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'wegwijs-dev-'));
let child: ChildProcess;
let url = '';
let log = '';

beforeAll(async () => {
  cpSync('flows', join(root, 'flows'), { recursive: true, filter: (src) => !/translations|languages\.json/.test(src) });
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/dev.ts'], {
    env: { ...process.env, WEGWIJS_ROOT: root, PORT: '0', HOST: '127.0.0.1', WEGWIJS_COUNTERS: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk;
      const found = /listening on (http:\/\/\S+?);/.exec(log);
      if (found) resolve(found[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`dev server exited (${code}):\n${log}`)));
  });
}, 60_000);

afterAll(() => {
  child?.kill();
  rmSync(root, { recursive: true, force: true });
});

const get = async (path: string) => (await fetch(url + path)).text();
const pleger = join(root, 'flows', 'pleger.md');

describe('npm run dev', () => {
  it('serves the content, then keeps the last good version with the errors on top of /preview, then the fixed one', async () => {
    expect(await get('/preview')).not.toContain('De inhoud heeft nu fouten');
    const good = readFileSync(pleger, 'utf8');
    writeFileSync(pleger, good.replace('](#time-out)', '](#time-outx)').replace('Goed dat je hier kijkt.', 'Goed dat je hier leest.'));
    await expect.poll(() => get('/preview'), { timeout: 10_000, interval: 200 }).toContain('De inhoud heeft nu fouten');
    const preview = await get('/preview');
    expect(preview).toMatch(/flows\/pleger\.md, regel \d+: WW001/);
    // The last good version is still the one shown.
    expect(preview).toContain('Goed dat je hier kijkt.');
    expect(preview).not.toContain('Goed dat je hier leest.');
    writeFileSync(pleger, good.replace('Goed dat je hier kijkt.', 'Goed dat je hier leest.'));
    await expect.poll(() => get('/preview'), { timeout: 10_000, interval: 200 }).toContain('Goed dat je hier leest.');
    expect(await get('/preview')).not.toContain('De inhoud heeft nu fouten');
    expect(log).toContain('serving the last version without errors');
  }, 30_000);
});
