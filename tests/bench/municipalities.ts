// Issue 14, scale: every municipality in the content must keep compiling
// fast and keep the cost per request constant. In-process measurements (no
// network): compile time with all municipalities, the size of a conversation
// answer with and without ?gemeente= (and with the list cut to the 42 seed
// municipalities: it must not grow with the list), and the CPU time of an
// answer for a municipality with local data, one without, a well-formed code
// that is no municipality, and the national answer.
import { cpuUsage } from 'node:process';
import { createApp } from '../../src/app.js';
import { defaultChecks } from '../../src/compiler/checks.js';
import { compile, type Graph } from '../../src/compiler/compile.js';
import { compileMunicipalities } from '../../src/compiler/compile-local.js';
import { readContent } from '../../src/compiler/load.js';
import { flowViewFor } from '../../src/local/resolve.js';
import { fmt, type Target, table } from './report.js';
import { gzipBytes } from './sizes.js';
import { median } from './startup.js';

const WITH_DATA = 'GM0637'; // Zoetermeer: a region file, a verified number
const WITHOUT_DATA = 'GM0363'; // Amsterdam: national facts only
const NO_MUNICIPALITY = 'GM9999'; // well-formed, no municipality

function timeMs(run: () => void, repeat: number): number {
  return median(
    Array.from({ length: repeat }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );
}

/** CPU µs per request for `path`, after a warm-up (the app caches per code). */
async function cpuPerRequest(app: ReturnType<typeof createApp>, path: string, requests: number): Promise<number> {
  const before = cpuUsage();
  for (let i = 0; i < requests; i++) await (await app.request(path)).arrayBuffer();
  const used = cpuUsage(before);
  return (used.user + used.system) / requests;
}

export interface MunicipalityBench {
  rows: string[][];
  targets: Target[];
}

export async function municipalityBench(root: string, requests = 2000): Promise<MunicipalityBench> {
  const input = readContent(root);
  const result = compile(input, defaultChecks);
  if (!result.graph) throw new Error('The shipped content does not compile; run npm run flows:check.');
  const graph = result.graph;
  const count = Object.keys(graph.municipalities ?? {}).length;
  const compileAll = timeMs(() => compile(input, defaultChecks), 10);
  const compileLocal = timeMs(() => compileMunicipalities(input.municipalities ?? [], graph.services, () => false), 10);

  // The same graph with only the municipalities that have a region file: an answer must not depend on the others.
  const seedOnly: Graph = {
    ...graph,
    municipalities: Object.fromEntries(Object.entries(graph.municipalities ?? {}).filter(([, m]) => m.regionId)),
  };
  const flowId = graph.flows.start ? 'start' : Object.keys(graph.flows)[0];
  const size = (g: Graph, code?: string) => {
    const json = JSON.stringify(flowViewFor(g, flowId, code));
    return { plain: Buffer.byteLength(json), gzip: gzipBytes(json) };
  };
  const national = size(graph);
  const withData = size(graph, WITH_DATA);
  const withDataSeed = size(seedOnly, WITH_DATA);
  const withoutData = size(graph, WITHOUT_DATA);
  const list = JSON.stringify(await (await createApp({ graph }).request('/api/v1/municipalities')).json());

  const app = createApp({ graph });
  const api = (code?: string) => `/api/v1/flows/${flowId}${code ? `?gemeente=${code}` : ''}`;
  // Warm every path up first (JIT, the app's caches), so the order of measuring does not count.
  for (const path of [api(), api(WITH_DATA), api(WITHOUT_DATA), api(NO_MUNICIPALITY)])
    for (let i = 0; i < 500; i++) await (await app.request(path)).arrayBuffer();
  const cpu = {
    national: await cpuPerRequest(app, api(), requests),
    withData: await cpuPerRequest(app, api(WITH_DATA), requests),
    withoutData: await cpuPerRequest(app, api(WITHOUT_DATA), requests),
    noMunicipality: await cpuPerRequest(app, api(NO_MUNICIPALITY), requests),
  };

  const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
  const rows = [
    ['Municipalities in the content', String(count)],
    [`Compile all content with ${count} municipalities (median of 10)`, `${fmt(compileAll, 1)} ms`],
    ['… of which the municipality files (median of 10)', `${fmt(compileLocal, 1)} ms`],
    [`Conversation answer \`${api()}\`: plain / gzip`, `${kb(national.plain)} / ${kb(national.gzip)}`],
    [
      `… with ?gemeente=${WITH_DATA} (local data), all municipalities / seed regions only`,
      `${kb(withData.plain)} / ${kb(withDataSeed.plain)}`,
    ],
    [`… with ?gemeente=${WITHOUT_DATA} (national facts only)`, `${kb(withoutData.plain)} / ${kb(withoutData.gzip)} gzip`],
    ['Municipality list `/api/v1/municipalities`: plain / gzip', `${kb(Buffer.byteLength(list))} / ${kb(gzipBytes(list))}`],
    [
      `CPU µs per answer in-process (${requests} requests): national / ${WITH_DATA} / ${WITHOUT_DATA} / ${NO_MUNICIPALITY}`,
      [cpu.national, cpu.withData, cpu.withoutData, cpu.noMunicipality].map((n) => fmt(n, 0)).join(' / '),
    ],
  ];
  const targets: Target[] = [
    { name: `Compile with all ${count} municipalities`, goal: '≤ 1 s', value: compileAll, unit: 'ms', meets: (v) => v <= 1000 },
    {
      name: 'Answer with ?gemeente= does not grow with the list (all / seed only)',
      goal: '= 1',
      value: withData.plain / withDataSeed.plain,
      unit: '×',
      meets: (v) => v === 1,
    },
    {
      name: `CPU: a code without local data (${WITHOUT_DATA}) against one with (${WITH_DATA})`,
      goal: '≤ 1.5',
      value: cpu.withoutData / cpu.withData,
      unit: '×',
      meets: (v) => v <= 1.5,
    },
    {
      name: 'CPU: national answer / answer for a municipality (in-process)',
      goal: '≥ 0.9',
      value: cpu.national / cpu.withoutData,
      unit: '×',
      meets: (v) => v >= 0.9,
    },
  ];
  return { rows, targets };
}

/** `npx tsx tests/bench/municipalities.ts`: this part alone, printed. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, targets } = await municipalityBench(process.env.WEGWIJS_ROOT ?? process.cwd());
  console.log(table(['Measurement', 'Value'], rows));
  console.log(
    table(
      ['Target', 'Goal', 'Value'],
      targets.map((t) => [t.name, t.goal, t.value === null ? 'n/a' : `${fmt(t.value, 2)} ${t.unit}${t.meets(t.value) ? '' : ' (missed)'}`]),
    ),
  );
}
