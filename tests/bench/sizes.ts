// Transfer sizes: the widget a municipal page loads, and the Worker bundle
// as `wrangler deploy` would upload it (built offline, nothing sent).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip at zlib's default level, as most servers and CDNs send it. */
export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data).length;
}

export interface WidgetSize {
  files: string[];
  gzipBytes: number;
}

/** public/widget.js plus any widget stylesheet next to it (hashed copies are the same bytes). */
export function widgetSize(root: string): WidgetSize {
  const dir = join(root, 'public');
  const files = ['widget.js', ...readdirSync(dir).filter((f) => /^widget(\.[a-z-]+)?\.css$/.test(f))].filter((f) =>
    existsSync(join(dir, f)),
  );
  return { files, gzipBytes: files.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dir, f))), 0) };
}

/** The environment wrangler needs to run offline and keep its files inside the ignored .cache/. */
export function offlineWranglerEnv(root: string): NodeJS.ProcessEnv {
  const config = join(root, '.cache', 'wrangler-config');
  const tmp = join(root, '.cache', 'tmp');
  mkdirSync(config, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  return { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', XDG_CONFIG_HOME: config, TMPDIR: tmp };
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-2000)}`));
    });
  });
}

/** Gzip size of the Worker script from `wrangler deploy --dry-run` (source maps excluded). */
export async function workerSize(root: string): Promise<number> {
  const outdir = join(root, '.cache', 'bench', 'worker');
  rmSync(outdir, { recursive: true, force: true });
  await run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: root,
    env: offlineWranglerEnv(root),
    timeoutMs: 180_000,
  });
  const scripts = readdirSync(outdir).filter((f) => /\.m?js$/.test(f));
  if (!scripts.length) throw new Error(`wrangler wrote no script into ${outdir}`);
  return scripts.reduce((sum, f) => sum + gzipBytes(readFileSync(join(outdir, f))), 0);
}
