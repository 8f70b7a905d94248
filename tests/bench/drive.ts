// Drives load at a server with autocannon's programmatic API, bounded in
// time and by a watchdog, and reads the parts of the result we report.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// autocannon ships no types; this is the part of its API we use.
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: RawResult) => void) => { stop(): void };
const autocannon = require('autocannon') as Autocannon;

interface RawResult {
  errors: number;
  timeouts: number;
  resets?: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; average: number; totalCount: number };
  requests: { average: number; total: number };
  duration: number;
}

export interface Drive {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  /** Socket errors and timeouts. */
  socketErrors: number;
  statusCounts: Record<string, number>;
}

export interface DriveRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** `requests` rotate per connection; only loopback targets are allowed. */
export function drive(url: string, requests: DriveRequest[], connections: number, seconds: number): Promise<Drive> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`Refusing to load anything but 127.0.0.1: ${url}`);
  return new Promise((resolve, reject) => {
    let settled = false;
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10, requests }, (error, raw) => {
      settled = true;
      clearTimeout(watchdog);
      if (error) return reject(error);
      const statusCounts = Object.fromEntries(Object.entries(raw.statusCodeStats).map(([code, s]) => [code, s.count]));
      resolve({
        requestsPerSecond: raw.requests.average,
        p50Ms: raw.latency.p50,
        p99Ms: raw.latency.p99,
        total: raw.requests.total,
        socketErrors: raw.errors + raw.timeouts,
        statusCounts,
      });
    });
    // Should autocannon hang, stop it a while after the planned end.
    const watchdog = setTimeout(() => settled || instance.stop(), (seconds + 30) * 1000);
  });
}

/** Requests that did not get a 2xx or 3xx answer, plus socket errors. */
export function failures(result: Drive): number {
  const bad = Object.entries(result.statusCounts).filter(([code]) => !/^[23]\d\d$/.test(code));
  return result.socketErrors + bad.reduce((sum, [, n]) => sum + n, 0);
}
