// The production bundle (`node dist/server.js`) as a real process on a free
// loopback port, for fault tests: start it with an environment, wait until
// it answers (or exits), read what it logged, stop it (SIGTERM or SIGKILL).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../bench/startup.js';

export const serverFile = join(process.cwd(), 'dist', 'server.js');

/** npm test builds the bundle; a lone run of one test file builds it here. */
export function ensureServerBuilt(): void {
  if (!existsSync(serverFile)) execFileSync('npm', ['run', 'build:server', '--silent'], { stdio: 'inherit' });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** The exit code once it has exited (null after a signal). */
  exited: Promise<number | null>;
  /** Stops it with this signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the bundle (`file`, dist/server.js by default) with `env`; resolves once /health answers 200, or once the process has exited (then `url` does not answer). */
export async function startProcess(env: Record<string, string>, timeoutMs = 60_000, file = serverFile): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WEGWIJS_ROOT: process.cwd(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const handle: ServerProcess = {
    url,
    child,
    output: () => text,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      const res = await fetch(`${url}/health`);
      await res.arrayBuffer();
      if (res.status === 200) return handle;
    } catch {
      // Not listening yet.
    }
    await sleep(20);
  }
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    throw new Error(`the server did not answer within ${timeoutMs} ms:\n${text}`);
  }
  await exited;
  return handle;
}
