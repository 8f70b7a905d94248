// The widget's files on Node, served from memory (issue 19, point 7). Every
// municipal page that embeds the widget asks for them; through the static
// middleware each answer cost a stat, an open and a read stream: about 12×
// the CPU of the bare framework writing the same bytes (BENCHMARKS.md).
// They are read once at start-up, with the gzip and Brotli copies that
// `npm run build:widget` writes next to them, and each answer is a prepared
// set of headers plus bytes already in memory. On Workers the static assets
// serve them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { fnv1a } from '../compiler/hash.js';
import { acceptsEncoding } from '../http/precompress.js';

interface Variant {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

export interface MemoryFile {
  etag: string;
  plain: Variant;
  /** Best first: Brotli, then gzip; only copies that decompress to exactly the plain bytes. */
  encoded: Array<Variant & { coding: 'br' | 'gzip' }>;
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The widget's stable names and the content-hashed copies of the current build (older hashed builds stay on disk). */
const WIDGET_FILE = /^widget(-[0-9a-z]+)?\.(js|css)$/;

/** The parts and checks a widget.js loads (widget-words-HASH.js …): current when the current widget.js names them. */
const PART_FILE = /^widget-[a-z]+-[0-9a-z]+\.js$/;

/** Hashed builds and parts never change; the stable names change with any release (as in public/_headers). */
export function widgetCacheControl(name: string): string {
  return /^widget-([a-z]+-)?[0-9a-z]+\.(js|css)$/.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
}

const bytesOf = (buffer: Buffer) =>
  new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)) as Uint8Array<ArrayBuffer>;

function variant(dir: string, name: string, coding: 'br' | 'gzip', plain: Buffer): Buffer | undefined {
  const file = join(dir, `${name}.${coding === 'br' ? 'br' : 'gz'}`);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  try {
    // A copy left from another build must never be sent for this one.
    return (coding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)).equals(plain) ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one file of `dir` and its precompressed copies; `headers` go on every answer. */
export function loadMemoryFile(dir: string, name: string, headers: Record<string, string>): MemoryFile {
  const plain = readFileSync(join(dir, name));
  const etag = `"${fnv1a(plain.toString('latin1')).toString(36)}-${plain.length.toString(36)}"`;
  const base = {
    ...headers,
    'content-type': TYPES[name.split('.').pop()!] ?? 'application/octet-stream',
    'cache-control': widgetCacheControl(name),
    vary: 'accept-encoding',
  };
  const encoded: MemoryFile['encoded'] = [];
  for (const coding of ['br', 'gzip'] as const) {
    const bytes = variant(dir, name, coding, plain);
    if (bytes)
      encoded.push({
        coding,
        body: bytesOf(bytes),
        headers: { ...base, etag: `${etag.slice(0, -1)}-${coding}"`, 'content-encoding': coding },
      });
  }
  return { etag, plain: { body: bytesOf(plain), headers: { ...base, etag } }, encoded };
}

/**
 * The widget files in `publicDir`: widget.js, widget.css, the hashed copies
 * with the same bytes (the current build), and the parts and checks the
 * current widget.js names (sent compressed too: the box for one's own words
 * counts its bytes, issue 17), by request path; `paths` names every widget
 * file there (older builds too, which stay on disk). Each is read (with its
 * compressed copies checked) on its first request, not at start-up: that
 * took a tenth of the server's start (issue 19, point 9).
 */
export function widgetFiles(
  publicDir: string,
  headers: Record<string, string>,
): { paths: string[]; get: (path: string) => MemoryFile | undefined } {
  const names = new Set(existsSync(publicDir) ? readdirSync(publicDir).filter((f) => WIDGET_FILE.test(f) || PART_FILE.test(f)) : []);
  const loaded = new Map<string, MemoryFile | undefined>();
  const isCurrent = (name: string) => {
    if (!name.startsWith('widget-')) return true;
    if (PART_FILE.test(name)) return names.has('widget.js') && readFileSync(join(publicDir, 'widget.js'), 'latin1').includes(name);
    const stable = `widget${name.slice(name.lastIndexOf('.'))}`;
    return names.has(stable) && readFileSync(join(publicDir, name)).equals(readFileSync(join(publicDir, stable)));
  };
  const get = (path: string) => {
    if (loaded.has(path)) return loaded.get(path);
    const name = path.slice(1);
    const file = names.has(name) && isCurrent(name) ? loadMemoryFile(publicDir, name, headers) : undefined;
    loaded.set(path, file);
    return file;
  };
  return { paths: [...names].map((name) => `/${name}`), get };
}

function matches(ifNoneMatch: string, file: MemoryFile): boolean {
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === file.etag || file.encoded.some((v) => v.headers.etag === t);
  });
}

/** What of a request decides the answer for a memory file. */
export interface FileAsk {
  method: string;
  acceptEncoding: string | null;
  ifNoneMatch: string | null;
}

/** The answer for a request of `file`: 304 when the client holds it, else the best encoding it accepts. */
export function sendMemoryFile(ask: FileAsk, file: MemoryFile): Response {
  const accept = ask.acceptEncoding;
  const chosen = (accept && file.encoded.find((v) => acceptsEncoding(accept, v.coding))) || file.plain;
  if (ask.ifNoneMatch && matches(ask.ifNoneMatch, file)) return new Response(null, { status: 304, headers: chosen.headers });
  return new Response(ask.method === 'HEAD' ? null : chosen.body, { status: 200, headers: chosen.headers });
}
