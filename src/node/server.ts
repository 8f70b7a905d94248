// The Node composition: public/ as static files in front of the app, and gzip
// copies of cached API bodies. Used by the Node entry and by tests that need
// a real HTTP server (browser, load).

import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { type ServerType, serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { type AppOptions, composeApp } from '../app.js';
import { installFallbacks, notFoundResponse } from '../http/fallback.js';
import { defaultHeaderConfig, pageHeaders, staticHeaders } from '../http/headers.js';
import { mayBeStaticFile } from '../http/static-paths.js';
import { type FileAsk, sendMemoryFile, widgetCacheControl, widgetFiles } from './memory-files.js';

/** Cached API bodies get a gzip copy, made once (src/http/precompress.ts). */
const gzip = (text: string) => new Uint8Array(gzipSync(text, { level: 9 }));

/** The built widget release (dist/widget-manifest.json, written by `npm run build:widget`), if there is one. */
function widgetRelease(root: string): AppOptions['widget'] {
  const path = `${root}/dist/widget-manifest.json`;
  if (!existsSync(path)) return undefined;
  const { file, integrity } = JSON.parse(readFileSync(path, 'utf8')) as { file: string; integrity: string };
  return { file, integrity };
}

/**
 * The request's method and the two headers a widget file's answer depends on,
 * read from Node's own parsed headers (@hono/node-server passes the
 * IncomingMessage as `c.env.incoming`): asking the Request for them builds a
 * Headers object first, a tenth of what such an answer costs (issue 19, point 7).
 */
function askOf(c: Context): FileAsk {
  const headers = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.headers;
  const one = (name: string) => {
    const value = headers ? headers[name] : c.req.header(name);
    return (Array.isArray(value) ? value.join(', ') : value) ?? null;
  };
  return { method: c.req.method, acceptEncoding: one('accept-encoding'), ifNoneMatch: one('if-none-match') };
}

/** The Node composition, and a way to load the site's pages before anyone asks for one. */
export type NodeApp = Hono & { loadPages(): Promise<void> };

export function createNodeApp(root: string, options: AppOptions): NodeApp {
  const server = new Hono();
  const statics = serveStatic({
    root: `${root}/public`,
    onFound: (path, c) => {
      for (const [k, v] of Object.entries(staticHeaders)) c.header(k, v);
      // Static HTML (the demo page) gets the site's page headers: the strict CSP as well.
      if (path.endsWith('.html')) for (const [k, v] of Object.entries(pageHeaders(options.headers ?? defaultHeaderConfig))) c.header(k, v);
      // Content-hashed widget builds never change: cache them for a year.
      c.header('cache-control', widgetCacheControl(path.slice(path.lastIndexOf('/') + 1)));
    },
  });
  // The current widget files from memory (src/node/memory-files.ts), each read once, on its first request;
  // each widget file has its own route (exact paths keep the framework on its fastest router).
  const widget = widgetFiles(`${root}/public`, staticHeaders);
  const { app, fallbacks, loadPages } = composeApp({ compress: gzip, widget: widgetRelease(root), ...options });
  // Other files when no route answered; only paths that can name a file go to the disk (src/http/static-paths.ts).
  const files = async (c: Context): Promise<Response | undefined> => {
    if (!mayBeStaticFile(c.req.path) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return undefined;
    return (await statics(c, async () => {})) ?? undefined;
  };
  const notFoundPage = () => fallbacks.pages?.notFound() ?? notFoundResponse();
  for (const path of widget.paths)
    server.get(path, (c): Response | Promise<Response> => {
      const file = widget.get(path);
      // A Response, not a promise of one: a promise sends the framework down its slower, asynchronous path.
      return file ? sendMemoryFile(askOf(c), file) : files(c).then((found) => found ?? notFoundPage());
    });
  server.route('/', app);
  return Object.assign(installFallbacks(server, { ...fallbacks, files }), { loadPages });
}

export interface RunningServer {
  url: string;
  /** Resolves once the first answer has been written (what may wait until then, such as counting, waits for it). */
  firstAnswer: Promise<void>;
  close(): Promise<void>;
}

/**
 * How long a client may take to send a request. Node's defaults (60 s for the
 * headers, 300 s for the whole request, checked every 30 s) let a few hundred
 * slow connections hold the server; every real request here is a few hundred
 * bytes, sent at once even from an old phone.
 */
export const requestTimeouts = {
  /** All headers of a request, from the moment the connection opens. */
  headersMs: 5_000,
  /** The whole request, headers and body. */
  requestMs: 8_000,
  /** An idle keep-alive connection. */
  keepAliveMs: 5_000,
  /** How often Node looks for connections over these times. */
  checkEveryMs: 1_000,
} as const;

/** Listens on 127.0.0.1 (port 0: any free port) and resolves once it answers; rejects when it cannot (a port in use). */
export function listen(app: Hono, port = 0, hostname = '127.0.0.1'): Promise<RunningServer> {
  const t = requestTimeouts;
  const serverOptions = {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    connectionsCheckingInterval: t.checkEveryMs,
  };
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port, hostname, serverOptions }, (info: AddressInfo) => {
      server.off('error', reject);
      const firstAnswer = new Promise<void>((answered) => {
        server.once('request', (_request, response) => response.once('close', () => answered()));
      });
      resolve({
        url: `http://${hostname}:${info.port}`,
        firstAnswer,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
