// `npm run load`: a burst against the production server (`node
// dist/server.js`, a child process on loopback): 200 connections for 60 s
// after a warm-up. Passes with zero errors and memory growth under 20 %.
// Run by hand (or in CI); it writes its result into BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFromDisk } from '../../src/compiler/load.js';
import { rssBytes, startChild } from '../bench/child.js';
import { drive, failures } from '../bench/drive.js';
import { describeMachine, machineLine } from '../bench/machine.js';
import { fmt, replaceSection, table } from '../bench/report.js';
import { freePort } from '../bench/startup.js';
import { candidates, discoverMix } from './mix.js';

const root = process.cwd();
const contentRoot = process.env.WEGWIJS_ROOT ?? root;
const connections = 200;
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const warmupSeconds = 10;
const maxGrowth = 0.2;
const log = (text: string) => process.stdout.write(`load: ${text}\n`);

log('building (npm run build)');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const graph = compileFromDisk(contentRoot).graph;
const startFlow = graph?.flows.start ?? (graph && Object.values(graph.flows)[0]);
const startKey = (startFlow && graph?.steps[startFlow.start]?.key) || undefined;

const port = await freePort();
// Counting stays on (pages count conversation starts), into a throwaway file.
const countsFile = join(root, '.cache', 'load', 'counts.sqlite');
rmSync(countsFile, { force: true });
const server = await startChild(join(root, 'dist', 'server.js'), {
  PORT: String(port),
  HOST: '127.0.0.1',
  WEGWIJS_ROOT: contentRoot,
  WEGWIJS_DB: countsFile,
});
const url = `http://127.0.0.1:${port}`;
try {
  const mix = await discoverMix(url, candidates(root, startKey));
  log(`${mix.requests.length} kinds of request; warm-up ${warmupSeconds} s`);
  await drive(url, mix.requests, connections, warmupSeconds);
  const rssAfterWarmup = rssBytes(server.pid);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssBytes(server.pid)), 5000);
  log(`${seconds} s at ${connections} connections`);
  const result = await drive(url, mix.requests, connections, seconds);
  clearInterval(sampler);
  const rssAtEnd = rssBytes(server.pid);
  const growth = (rssAtEnd - rssAfterWarmup) / rssAfterWarmup;
  const errors = failures(result);
  const passed = errors === 0 && growth < maxGrowth;
  const mb = (bytes: number) => fmt(bytes / 2 ** 20, 1, ' MB');

  const section = [
    `Measured ${machineLine(describeMachine())}`,
    '',
    `\`npm run load\`: \`node dist/server.js\` in a child process on loopback; autocannon, ${connections} connections, ${warmupSeconds} s warm-up, then ${seconds} s. Requests rotate over: ${mix.requests.map((r) => `\`${r.path}\`${r.headers ? ' (If-None-Match)' : ''}`).join(', ')}.${mix.left_out.length ? ` Left out (not answering on this build): ${mix.left_out.join(', ')}.` : ''}`,
    '',
    table(
      ['Measurement', 'Value', 'Goal', 'Verdict'],
      [
        ['Requests', result.total.toLocaleString('en-US'), '', ''],
        ['req/s (mean)', fmt(result.requestsPerSecond, 0), '', ''],
        ['p50 / p99 latency', `${fmt(result.p50Ms, 1)} / ${fmt(result.p99Ms, 1)} ms`, '', ''],
        [
          'Status codes',
          Object.entries(result.statusCounts)
            .map(([code, n]) => `${code}: ${n.toLocaleString('en-US')}`)
            .join(', '),
          '',
          '',
        ],
        ['Errors (non-2xx/3xx, socket errors, timeouts)', String(errors), '0', errors === 0 ? 'met' : 'missed'],
        ['RSS after warm-up → at end', `${mb(rssAfterWarmup)} → ${mb(rssAtEnd)}`, '', ''],
        ['RSS samples every 5 s', samples.map((s) => fmt(s / 2 ** 20, 0)).join(', ') + ' MB', '', ''],
        ['RSS growth', `${fmt(growth * 100, 1)} %`, `< ${maxGrowth * 100} %`, growth < maxGrowth ? 'met' : 'missed'],
      ],
    ),
  ].join('\n');
  const file = join(root, 'BENCHMARKS.md');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  writeFileSync(file, replaceSection(before, 'load', section));
  process.stdout.write(`\n${section}\n\nload: ${passed ? 'passed' : 'FAILED'}; written to BENCHMARKS.md\n`);
  process.exitCode = passed ? 0 : 1;
} finally {
  await server.stop();
}
