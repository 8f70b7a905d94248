// `npm run bench`: one run on loopback that measures the service against a
// bare Hono baseline, plus sizes, start-up and compile times, and writes the
// tables into BENCHMARKS.md. Quote ratios from one run; absolute numbers
// depend on the machine and on what else it is doing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALTERNATING_WINDOWS, alternatingRows, alternatingRuns, alternatingTargets, POINT_7 } from './alternating.js';
import { compileTimes } from './compile-time.js';
import { firstQuestion, throttlingLine } from './first-question.js';
import { languageBench } from './languages.js';
import { describeMachine, machineLine } from './machine.js';
import { municipalityBench } from './municipalities.js';
import { fmt, replaceSection, type Target, table, targetTable } from './report.js';
import { bundleServers, firstHtmlPage, type KeptResponse, keepResponse, type LoadShape, measureServer, type ServerRun } from './servers.js';
import { widgetSize, workerSize } from './sizes.js';
import { median, startupAgainstBare, startupMs } from './startup.js';
import { workerStartup } from './worker-startup.js';

const root = process.cwd();
// Content (flows/, public/) may come from elsewhere, as for `npm start`.
const contentRoot = process.env.WEGWIJS_ROOT ?? root;
const contentEnv = { WEGWIJS_ROOT: contentRoot };
const shape: LoadShape = { connections: 50, warmupSeconds: 2, seconds: Number(process.env.BENCH_SECONDS ?? 10) };
const log = (text: string) => process.stdout.write(`bench: ${text}\n`);

log('building the widget and the server (npm run build)');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const files = await bundleServers(root);

// The baseline runs before and after the others; ratios use the mean of the
// two, so a drift in the machine's load during the run shows and evens out.
const runs: ServerRun[] = [];
const pathFrom = (value: unknown) => Promise.resolve(typeof value === 'string' ? value : null);
log('(a) baseline');
runs.push(await measureServer('(a) bare Hono, small JSON (first)', files.baseline, (c) => pathFrom(c.hello.paths.baseline), shape));
log('(b) API conversation');
const sameFile = join(root, '.cache', 'bench', 'same-response.json');
const apiSizes: KeptResponse = { plainBytes: 0, gzipBytes: 0 };
runs.push(
  await measureServer(
    '(b) conversation API',
    files.app,
    (c) => keepResponse(c, c.hello.paths.api as string, sameFile, apiSizes),
    shape,
    contentEnv,
  ),
);
log('(c) site step page');
const samePageFile = join(root, '.cache', 'bench', 'same-page.json');
const pageSizes: KeptResponse = { plainBytes: 0, gzipBytes: 0 };
const keepPage = async (c: Parameters<typeof firstHtmlPage>[0]) => {
  const path = await firstHtmlPage(c, (c.hello.paths.pages as string[]) ?? []);
  return path && keepResponse(c, path, samePageFile, pageSizes);
};
runs.push(await measureServer('(c) site step page', files.app, keepPage, shape, contentEnv));
log('(a) baseline again');
runs.push(await measureServer('(a) bare Hono, small JSON (last)', files.baseline, (c) => pathFrom(c.hello.paths.baseline), shape));
log('(d) bare Hono writing the bytes and headers of (b)');
runs.push(
  await measureServer('(d) bare Hono, the same bytes as (b)', files.baseline, (c) => pathFrom(c.hello.paths.same), shape, {
    BENCH_SAME_FILE: sameFile,
  }),
);
log('(e) bare Hono writing the bytes and headers of (c)');
const pageKept = runs[2].path !== null;
runs.push(
  await measureServer(
    '(e) bare Hono, the same bytes as (c)',
    files.baseline,
    (c) => pathFrom(pageKept ? c.hello.paths.same : null),
    shape,
    { BENCH_SAME_FILE: samePageFile },
  ),
);
// Issue 19: the API with a municipality, and a widget file, each against the bare framework writing its bytes.
const pairs: Array<{ app: ServerRun; bare: ServerRun; what: string }> = [];
for (const [key, letter, what] of [
  ['apiGemeente', 'f', 'conversation API with a municipality'],
  ['widget', 'h', 'widget file (/widget.js)'],
] as const) {
  const kept = join(root, '.cache', 'bench', `same-${key}.json`);
  const sizes: KeptResponse = { plainBytes: 0, gzipBytes: 0 };
  log(`(${letter}) ${what}`);
  const appRun = await measureServer(
    `(${letter}) ${what}`,
    files.app,
    (c) => (typeof c.hello.paths[key] === 'string' ? keepResponse(c, c.hello.paths[key] as string, kept, sizes) : Promise.resolve(null)),
    shape,
    contentEnv,
  );
  log(`(${letter}') bare Hono writing the bytes and headers of (${letter})`);
  const bareRun = await measureServer(
    `(${letter}') bare Hono, the same bytes as (${letter})`,
    files.baseline,
    (c) => pathFrom(appRun.path ? c.hello.paths.same : null),
    shape,
    { BENCH_SAME_FILE: kept },
  );
  runs.push(appRun, bareRun);
  pairs.push({ app: appRun, bare: bareRun, what });
}

// Issue 19, point 7, measured the steady way: app and bare side by side, alternating windows.
log('point 7: the app and the bare framework writing the same bytes, alternating windows');
const alternating = await alternatingRuns(files, root, contentEnv, POINT_7);

const baselines = [runs[0], runs[3]].filter((r) => r.result);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const baseRps = mean(baselines.map((r) => r.result!.requestsPerSecond));
const baseCpu = mean(baselines.map((r) => r.cpuUsPerRequest!));
const [, api, page, , same, samePage] = runs;
const against = (app: ServerRun, bare: ServerRun) =>
  `${fmt(bare.result && app.result ? app.result.requestsPerSecond / bare.result.requestsPerSecond : null, 2)} × req/s, ${fmt(bare.cpuUsPerRequest && app.cpuUsPerRequest ? bare.cpuUsPerRequest / app.cpuUsPerRequest : null, 2)} × CPU`;
const ratio = (r: ServerRun) => (r.result ? r.result.requestsPerSecond / baseRps : null);
const cpuRatio = (r: ServerRun) => (r.cpuUsPerRequest ? baseCpu / r.cpuUsPerRequest : null);

log('widget and Worker sizes (wrangler deploy --dry-run, offline)');
const widget = widgetSize(root);
const notes: string[] = [];
const workerGzip = await workerSize(root).catch((error: Error) => {
  notes.push(`Worker bundle: the dry-run build failed, so no size (${error.message.split('\n')[0]}).`);
  return null;
});
log('Worker start-up in workerd (Miniflare), alternating with a bare Hono Worker');
const workerStart =
  workerGzip === null
    ? null
    : await workerStartup(root, join(root, '.cache', 'bench', 'worker')).catch((error: Error) => {
        notes.push(`Worker start-up: not measured (${error.message.split('\n')[0]}).`);
        return null;
      });
log('start-up: node dist/server.js to the first 200 on a conversation, alternating with a bare Hono server');
const startup = await startupMs(join(root, 'dist', 'server.js'), contentRoot);
const startupPair = await startupAgainstBare(join(root, 'dist', 'server.js'), files.baseline, contentRoot);
// The site's pages load after the first answer (src/http/lazy-pages.ts): what a start costs a visitor whose first request is a page.
const startupPage = await startupAgainstBare(join(root, 'dist', 'server.js'), files.baseline, contentRoot, 5, '/');
log('compile times (the 10,000-step conversation takes a while)');
const compiled = compileTimes(contentRoot, [1_000, 10_000]);
const tenThousand = compiled.generated.find((g) => g.steps === 10_000)!.ms;
log('municipalities: compile, answer sizes, CPU per code (issue 14)');
const local = await municipalityBench(contentRoot);
log('languages: answer size per language, compile time with all of them (issue 16)');
const languages = await languageBench(contentRoot, compiled.shippedMs);
const apiGemeente = pairs.find((p) => p.what.includes('municipality'))?.app;
// Issue 13: the widget's first question on a throttled phone against the site's first choices (tests/bench/first-question.ts).
log('first question on an emulated low-end phone: the widget (documented snippet) and the site, alternating');
const first = await firstQuestion(join(root, 'dist', 'server.js'), contentRoot).catch((error: Error) => {
  notes.push(`First question: not measured (${error.message.split('\n')[0]}).`);
  return null;
});

const throughput = table(
  ['Server', 'Path', 'req/s', 'p50 ms', 'p99 ms', 'req/s ratio to (a)', 'CPU µs/req', 'CPU ratio (a)/x', 'errors'],
  runs.map((r) => [
    r.label,
    r.path ? `\`${r.path}\`` : 'n/a (no step page yet)',
    fmt(r.result?.requestsPerSecond ?? null, 0),
    fmt(r.result?.p50Ms ?? null, 1),
    fmt(r.result?.p99Ms ?? null, 1),
    r.label.startsWith('(a)') ? '1 (mean of both)' : fmt(ratio(r), 2),
    fmt(r.cpuUsPerRequest, 0),
    r.label.startsWith('(a)') ? '1' : fmt(cpuRatio(r), 2),
    String(r.failures),
  ]),
);

const kb = (bytes: number) => bytes / 1024;
const targets: Target[] = [
  { name: 'API req/s ratio (b)/(a)', goal: '≥ 0.8', value: ratio(api), unit: '×', meets: (v) => v >= 0.8 },
  { name: 'Page req/s ratio (c)/(a)', goal: '≥ 0.8', value: ratio(page), unit: '×', meets: (v) => v >= 0.8 },
  // The same ratio from CPU time per request: far steadier on a shared machine.
  { name: 'API CPU ratio (a)/(b)', goal: '≥ 0.8', value: cpuRatio(api), unit: '×', meets: (v) => v >= 0.8 },
  { name: 'Page CPU ratio (a)/(c)', goal: '≥ 0.8', value: cpuRatio(page), unit: '×', meets: (v) => v >= 0.8 },
  // Issue 19, point 7: the app against the bare framework writing exactly the same bytes and headers (CPU per request).
  ...alternatingTargets(alternating),
  {
    name: 'Start-up: server / bare Hono (medians, alternating)',
    goal: '≤ 1.5',
    value: startupPair.ratio,
    unit: '×',
    meets: (v) => v <= 1.5,
  },
  { name: 'API p99 (b)', goal: '≤ 10 ms', value: api.result?.p99Ms ?? null, unit: 'ms', meets: (v) => v <= 10 },
  { name: 'Page p99 (c)', goal: '≤ 10 ms', value: page.result?.p99Ms ?? null, unit: 'ms', meets: (v) => v <= 10 },
  { name: `Widget gzip (${widget.files.join(' + ')})`, goal: '≤ 15 KB', value: kb(widget.gzipBytes), unit: 'KB', meets: (v) => v <= 15 },
  { name: 'Worker bundle gzip', goal: '≤ 100 KB', value: workerGzip === null ? null : kb(workerGzip), unit: 'KB', meets: (v) => v <= 100 },
  { name: 'Process start to first 200 (median of 5)', goal: '≤ 500 ms', value: startup.medianMs, unit: 'ms', meets: (v) => v <= 500 },
  { name: 'Compile 10,000 steps', goal: '≤ 2 s', value: tenThousand, unit: 'ms', meets: (v) => v <= 2000 },
  // Issue 14: a municipality's answer against the national one, same run.
  {
    name: 'API req/s ratio (f)/(b): municipality / national',
    goal: '≥ 0.9',
    value: apiGemeente?.result && api.result ? apiGemeente.result.requestsPerSecond / api.result.requestsPerSecond : null,
    unit: '×',
    meets: (v) => v >= 0.9,
  },
  {
    name: 'Worker bundle gzip, all municipalities in (issue 14)',
    goal: '≤ 1 MB',
    value: workerGzip === null ? null : kb(workerGzip),
    unit: 'KB',
    meets: (v) => v <= 1024,
  },
  ...local.targets,
  ...languages.targets,
  {
    name: 'Widget first question / site first choices, throttled phone (medians, alternating)',
    goal: '≤ 1.2',
    value: first?.ratio ?? null,
    unit: '×',
    meets: (v) => v <= 1.2,
  },
];

const other = table(
  ['Measurement', 'Value'],
  [
    ...alternatingRows(alternating),
    ['(b)/(d): the API against the bare framework writing the same bytes and headers (one after the other)', against(api, same)],
    ['(c)/(e): the step page against the bare framework writing the same bytes and headers', against(page, samePage)],
    ...pairs.map((p) => [
      `${p.app.label.slice(0, 3)}/${p.bare.label.slice(0, 4)}: the ${p.what} against the same bytes`,
      against(p.app, p.bare),
    ]),
    [
      'Start-up runs, alternating: server / bare Hono (ms)',
      `${startupPair.serverMs.map((ms) => fmt(ms, 0)).join(', ')} / ${startupPair.bareMs.map((ms) => fmt(ms, 0)).join(', ')}`,
    ],
    [
      "Start-up to the site's start page (its pages load on first use): server / bare Hono, medians of 5 alternating",
      `${fmt(median(startupPage.serverMs), 0)} / ${fmt(median(startupPage.bareMs), 0)} ms = ${fmt(startupPage.ratio, 2)} ×`,
    ],
    ...(workerStart
      ? [
          [
            'Worker start-up in workerd to the first 200 on a conversation, alternating with a bare Hono Worker: ms from `new Miniflare` (includes launching workerd) / CPU ms of the workerd process',
            `${workerStart.workerMs.map((ms) => fmt(ms, 0)).join(', ')} / ${workerStart.workerCpuMs.map((ms) => fmt(ms, 0)).join(', ')}`,
          ],
          [
            '… the bare Hono Worker: ms / CPU ms',
            `${workerStart.bareMs.map((ms) => fmt(ms, 0)).join(', ')} / ${workerStart.bareCpuMs.map((ms) => fmt(ms, 0)).join(', ')}`,
          ],
          [
            'Worker start-up / bare Hono Worker (medians): wall time, workerd CPU',
            `${fmt(workerStart.ratio, 2)} ×, ${fmt(workerStart.cpuRatio, 2)} ×`,
          ],
        ]
      : []),
    ['Size of (c): HTML', `${fmt(kb(pageSizes.plainBytes), 1)} KB`],
    [
      `Size of (b): plain JSON / gzip copy sent to browsers (Node)`,
      `${fmt(kb(apiSizes.plainBytes), 1)} KB / ${apiSizes.gzipBytes ? `${fmt(kb(apiSizes.gzipBytes), 1)} KB` : 'none'}`,
    ],
    ['Start-up runs (ms)', startup.runsMs.map((ms) => fmt(ms, 0)).join(', ')],
    [`Compile shipped flows (${compiled.shippedSteps} steps, median of 20)`, `${fmt(compiled.shippedMs, 1)} ms`],
    ...compiled.generated.map((g) => [
      `Compile generated conversation, ${g.steps.toLocaleString('en-US')} steps (once)`,
      `${fmt(g.ms, 0)} ms`,
    ]),
    ...local.rows,
    ...languages.rows,
    ...(first
      ? [
          [
            `First question, ms from navigation start (${throttlingLine}): widget / site, alternating`,
            `${first.widgetMs.map((ms) => fmt(ms, 0)).join(', ')} / ${first.siteMs.map((ms) => fmt(ms, 0)).join(', ')} (medians ${fmt(first.widgetMedianMs, 0)} / ${fmt(first.siteMedianMs, 0)})`,
          ],
        ]
      : []),
  ],
);

const section = [
  `Measured ${machineLine(describeMachine())}`,
  '',
  `autocannon, ${shape.connections} connections, plain GETs (no Accept-Encoding: autocannon decodes every body as text, which makes compressed answers client-bound here; see below), ${shape.warmupSeconds} s warm-up then ${shape.seconds} s per server, loopback; each server in its own child process (bundled with esbuild like \`dist/server.js\`), the load generator in another. CPU time per request is the server process's user + system time from \`/proc/PID/stat\` over the measured window, divided by the requests completed. The baseline ran first and last; ratios use the mean of the two. Issue 19's verdicts on the cost of the bytes come from alternating windows instead: the app and the bare framework writing the same bytes and headers run side by side, each in its own process, and ${ALTERNATING_WINDOWS} pairs of 1.5 s windows (after one warm-up pair) go to one, then the other; the ratio of the median CPU µs per request.`,
  '',
  throughput,
  '',
  targetTable(targets),
  '',
  other,
  ...(notes.length ? ['', ...notes] : []),
].join('\n');

const file = join(root, 'BENCHMARKS.md');
const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
writeFileSync(file, replaceSection(before, 'bench', section));
process.stdout.write(`\n${section}\n\nbench: written to BENCHMARKS.md\n`);
