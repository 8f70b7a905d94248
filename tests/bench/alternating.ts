// Issue 19, point 7, measured so that the machine's drift cancels: the real
// server and the bare framework writing exactly the same bytes and headers
// run side by side (each its own process), and short windows of load go to
// one, then the other, several times. Each window's CPU time of the process
// under load (from /proc), per request; the ratio of the medians. A run of
// ten seconds per server, one after the other, moved by ± 0.2 here; this by
// a few hundredths.
import { join } from 'node:path';
import { type Child, cpuMs, startChild } from './child.js';
import { drive, failures } from './drive.js';
import { fmt, type Target } from './report.js';
import { firstHtmlPage, type KeptResponse, keepResponse } from './servers.js';

export interface AlternatingRun {
  what: string;
  path: string;
  /** CPU µs per request in each window, app and bare. */
  appUs: number[];
  bareUs: number[];
  /** Median of bare / median of app: ≥ 1 means the app costs no more than the bytes. */
  ratio: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function window(child: Child, path: string, seconds: number): Promise<number> {
  const before = cpuMs(child.pid);
  const result = await drive(child.hello.url, [{ method: 'GET', path }], 50, seconds);
  if (failures(result) || !result.total) throw new Error(`${path}: ${failures(result)} failed requests of ${result.total}`);
  return ((cpuMs(child.pid) - before) * 1000) / result.total;
}

/** Pairs of windows per kind of answer: eleven, as seven left the medians moving by ± 0.05 on this machine. */
export const ALTERNATING_WINDOWS = 11;

/** Each kind of answer (`paths` keys of the app's hello line, or `page`), `windows` pairs of `seconds` each after one warm-up pair. */
export async function alternatingRuns(
  files: { app: string; baseline: string },
  root: string,
  env: Record<string, string>,
  kinds: Array<{ key: string; what: string }>,
  windows = ALTERNATING_WINDOWS,
  seconds = 1.5,
): Promise<AlternatingRun[]> {
  const app = await startChild(files.app, env);
  const runs: AlternatingRun[] = [];
  try {
    for (const { key, what } of kinds) {
      const path =
        key === 'page'
          ? await firstHtmlPage(app, (app.hello.paths.pages as string[]) ?? [])
          : typeof app.hello.paths[key] === 'string'
            ? (app.hello.paths[key] as string)
            : null;
      if (!path) continue;
      const kept = join(root, '.cache', 'bench', `alternating-${key}.json`);
      const sizes: KeptResponse = { plainBytes: 0, gzipBytes: 0 };
      await keepResponse(app, path, kept, sizes);
      const bare = await startChild(files.baseline, { BENCH_SAME_FILE: kept });
      try {
        await window(app, path, seconds);
        await window(bare, '/same', seconds);
        const appUs: number[] = [];
        const bareUs: number[] = [];
        for (let i = 0; i < windows; i++) {
          appUs.push(await window(app, path, seconds));
          bareUs.push(await window(bare, '/same', seconds));
        }
        runs.push({ what, path, appUs, bareUs, ratio: median(bareUs) / median(appUs) });
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await app.stop();
  }
  return runs;
}

/** The kinds of answer point 7 names, with their goals. */
export const POINT_7: Array<{ key: string; what: string; goal: number }> = [
  { key: 'api', what: 'conversation API', goal: 0.9 },
  { key: 'apiGemeente', what: 'conversation API with a municipality', goal: 0.9 },
  { key: 'page', what: 'site step page', goal: 0.85 },
  { key: 'widget', what: 'widget file (/widget.js)', goal: 0.9 },
];

export function alternatingTargets(runs: AlternatingRun[]): Target[] {
  return POINT_7.map(({ what, goal }) => ({
    name: `${what}: CPU against the bare framework writing the same bytes (alternating windows, ratio of medians)`,
    goal: `≥ ${goal}`,
    value: runs.find((r) => r.what === what)?.ratio ?? null,
    unit: '×',
    meets: (v: number) => v >= goal,
  }));
}

export function alternatingRows(runs: AlternatingRun[]): string[][] {
  return runs.map((r) => [
    `${r.what} (\`${r.path}\`), alternating windows: CPU µs per request, app / bare`,
    `${r.appUs.map((us) => fmt(us, 0)).join(', ')} / ${r.bareUs.map((us) => fmt(us, 0)).join(', ')}`,
  ]);
}
