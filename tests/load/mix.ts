// What a burst looks like: the requests a visitor's browser and the widget
// make. One table; candidates that do not answer 2xx/3xx on this build
// (routes still being written) are left out and listed in the report.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DriveRequest } from '../bench/drive.js';

interface Candidate extends DriveRequest {
  /** Ask the server for the ETag first and send it back: a revalidation that answers 304. */
  revalidate?: boolean;
}

export function candidates(root: string, startKey: string | undefined): Candidate[] {
  const manifest = join(root, 'dist', 'widget-manifest.json');
  const hashed = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { file?: string; css?: string }) : {};
  return [
    { path: '/api/v1/flows/start' },
    { path: '/api/v1/flows/start', revalidate: true },
    { path: '/api/v1/flows/start?gemeente=GM0637' },
    { path: '/api/v1/flows' },
    { path: '/api/v1/services', revalidate: true },
    { path: '/api/v1/municipalities' },
    { path: '/health' },
    { path: '/widget.js' },
    ...(hashed.file ? [{ path: `/${hashed.file}` }] : []),
    ...(hashed.css ? [{ path: `/${hashed.css}` }] : []),
    { path: '/' },
    ...(startKey ? [{ path: `/s/${startKey}` }] : []),
    { path: '/over' },
    { path: '/tips' },
  ];
}

export interface Mix {
  requests: DriveRequest[];
  left_out: string[];
}

/** Asks each candidate once; keeps those that answer 2xx or 3xx, with the ETag filled in for revalidations. */
export async function discoverMix(url: string, list: Candidate[]): Promise<Mix> {
  const requests: DriveRequest[] = [];
  const leftOut: string[] = [];
  for (const c of list) {
    const res = await fetch(url + c.path);
    await res.arrayBuffer();
    const etag = res.headers.get('etag');
    if (res.status >= 400 || (c.revalidate && !etag)) {
      leftOut.push(`${c.path} (${res.status}${c.revalidate && !etag ? ', no ETag' : ''})`);
      continue;
    }
    requests.push({ method: 'GET', path: c.path, ...(c.revalidate && etag ? { headers: { 'if-none-match': etag } } : {}) });
  }
  return { requests, left_out: leftOut };
}
