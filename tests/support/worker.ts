// Builds the Worker exactly as `wrangler deploy` would (offline, dry run) and
// runs it in workerd through Miniflare. Run `npm run build:edge` first
// (npm test does); wrangler's own [build] step runs it again, cheaply.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Miniflare, type MiniflareOptions } from 'miniflare';

const root = process.cwd();

export function buildWorker(): string {
  const cache = resolve(root, '.cache');
  mkdirSync(join(cache, 'tmp'), { recursive: true });
  const outdir = mkdtempSync(join(cache, 'worker-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: root,
    stdio: 'pipe',
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      XDG_CONFIG_HOME: join(cache, 'xdg'),
      TMPDIR: join(cache, 'tmp'),
    },
  });
  const script = readdirSync(outdir).find((f) => f.endsWith('.js'));
  if (!script) throw new Error(`wrangler wrote no script into ${outdir}`);
  return join(outdir, script);
}

/** A Miniflare instance running the built Worker; extra options (bindings, D1) merge in. */
export function startWorker(scriptPath: string, extra: Partial<MiniflareOptions> = {}): Miniflare {
  return new Miniflare({
    modules: true,
    scriptPath,
    compatibilityDate: '2026-04-01',
    bindings: { FRAME_ANCESTORS: "'none'" },
    ...extra,
  } as MiniflareOptions);
}
