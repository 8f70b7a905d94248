// The Worker's start-up in workerd (issue 19, point 9): Miniflare starts
// workerd with the built Worker (`wrangler deploy --dry-run`) and asks for a
// conversation; a bare Hono Worker is started and asked the same way,
// alternately. Measured: ms from `new Miniflare` to the first 200 (wall time,
// which includes launching workerd itself), and the CPU time the workerd
// process used until then (from /proc/PID/stat), whose difference is what
// the Worker's own modules and first answer cost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { cpuMs } from './child.js';
import { median } from './startup.js';

/** CPU ms of the workerd processes started by this process (Linux: children named workerd). */
function workerdCpuMs(): number {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === process.pid && stat.includes('(workerd)')) sum += cpuMs(Number(pid));
    } catch {
      // The process ended meanwhile.
    }
  }
  return sum;
}

async function startOnce(scriptPath: string, path: string): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const mf = new Miniflare({ modules: true, scriptPath, compatibilityDate: '2026-04-01', bindings: { FRAME_ANCESTORS: "'none'" } });
  try {
    const res = await mf.dispatchFetch(`http://localhost${path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${scriptPath} answered ${res.status} on ${path}`);
    return { ms: performance.now() - started, cpuMs: workerdCpuMs() };
  } finally {
    await mf.dispose();
  }
}

export interface WorkerStartup {
  workerMs: number[];
  bareMs: number[];
  workerCpuMs: number[];
  bareCpuMs: number[];
  /** Medians: wall time, and workerd's CPU time, Worker / bare. */
  ratio: number;
  cpuRatio: number;
}

/** `workerDir`: where `wrangler deploy --dry-run --outdir` wrote the Worker (tests/bench/sizes.ts). */
export async function workerStartup(root: string, workerDir: string, runs = 5): Promise<WorkerStartup> {
  const script = readdirSync(workerDir).find((f) => /\.m?js$/.test(f));
  if (!script) throw new Error(`no Worker script in ${workerDir}`);
  const bare = join(root, '.cache', 'bench', 'bare-worker.mjs');
  await build({
    entryPoints: [join(root, 'tests/bench/servers/bare-worker.ts')],
    bundle: true,
    format: 'esm',
    outfile: bare,
    logLevel: 'warning',
  });
  const result: WorkerStartup = { workerMs: [], bareMs: [], workerCpuMs: [], bareCpuMs: [], ratio: 0, cpuRatio: 0 };
  await startOnce(bare, '/'); // warms the disk cache and Miniflare's own modules
  for (let i = 0; i < runs; i++) {
    const b = await startOnce(bare, '/');
    const w = await startOnce(join(workerDir, script), '/api/v1/flows/start');
    result.bareMs.push(b.ms);
    result.bareCpuMs.push(b.cpuMs);
    result.workerMs.push(w.ms);
    result.workerCpuMs.push(w.cpuMs);
  }
  result.ratio = median(result.workerMs) / median(result.bareMs);
  result.cpuRatio = median(result.workerCpuMs) / median(result.bareCpuMs);
  return result;
}
