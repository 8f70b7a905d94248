// Start-up from the precompiled graph (issue 19, point 9). `npm run build`
// compiles flows/ into dist/graph.json (the Worker's build step) and writes
// dist/graph-key.json: a hash of the content it compiled, a stamp of the
// content's files, a hash of the server bundle it goes with, and the year
// (the graph holds this year's and next year's holidays). When they still
// match, `node dist/server.js` reads that graph instead of compiling: no
// Markdown parser, no holiday tables, no author-only checks at start-up
// (flows:check and the build run them). Any difference, and the server
// compiles as before; under `tsx` (npm run dev) it always compiles. The
// graph is read in parts: the translations on their first use (see below).
//
// The stamp is what makes this cheap: each file's size, inode, modification
// and change time, from one stat each, no file read. Any write to a file
// sets its change time (ctime), which no tool can set back, so an equal stamp
// means the very files the build read. When the stamp differs (a fresh
// checkout or copy of the same content, or an edit) the content is read and
// hashed, as before, and only the same content uses the precompiled graph.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CompileInput } from '../compiler/compile.js';
import type { Diagnostic } from '../compiler/diagnostics.js';
import { currentEditorLanguage, type EditorLanguage } from '../compiler/editor-languages.js';
import { allContentFiles, contentFiles, readContent } from '../compiler/read-content.js';
import type { Graph } from '../graph/graph.js';

export interface GraphKey {
  content: string;
  /** The content files as they were on disk when the build read them (see above). */
  stamp: string;
  bundle: string;
  year: number;
  /** The language of the stored findings: a server set to another one compiles afresh. */
  language: EditorLanguage;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** One stat per content file, no read: name, size, inode, modification and change time. */
export function contentStamp(root: string): string {
  const lines = allContentFiles(contentFiles(root)).map(({ file, path }) => {
    const s = statSync(path);
    return `${file}:${s.size}:${s.ino}:${s.mtimeMs}:${s.ctimeMs}`;
  });
  return sha256(lines.join('\n'));
}

const contentHash = (input: CompileInput) => sha256(JSON.stringify(input));
const bundleHash = (bundleFile: string) => (existsSync(bundleFile) ? sha256(readFileSync(bundleFile)) : '');

/** The key of a build: `stamp` taken before `input` was read, so a file changed meanwhile shows as a different stamp. */
export function graphKey(input: CompileInput, stamp: string, bundleFile: string, now = new Date()): GraphKey {
  return {
    content: contentHash(input),
    stamp,
    bundle: bundleHash(bundleFile),
    year: now.getUTCFullYear(),
    language: currentEditorLanguage(),
  };
}

export const keyFileIn = (distDir: string) => join(distDir, 'graph-key.json');

/**
 * The graph for Node in parts (dist/graph-parts/): the graph without its
 * translations, one file per translated language, and one each for the
 * municipalities' local help and the free-text matcher's words, each parsed
 * on its first use. Two thirds of the graph are translations (seven
 * languages), and most processes answer only a few of them; the
 * municipalities are half of the rest, and a conversation without a
 * municipality never reads them. dist/graph.json stays whole for the
 * Worker's bundle.
 */
const partsIn = (distDir: string) => join(distDir, 'graph-parts');

/** Members of the graph kept in a part of their own. */
const LAZY_MEMBERS = ['municipalities', 'words'] as const;
type LazyMember = (typeof LAZY_MEMBERS)[number];

export function writeGraphParts(distDir: string, graph: Graph, write: (file: string, text: string) => void): void {
  mkdirSync(partsIn(distDir), { recursive: true });
  const { variants = {}, ...rest } = graph;
  for (const [id, variant] of Object.entries(variants)) write(join(partsIn(distDir), `variant-${id}.json`), JSON.stringify(variant));
  const lazyMembers = LAZY_MEMBERS.filter((name) => rest[name] !== undefined);
  for (const name of lazyMembers) {
    write(join(partsIn(distDir), `member-${name}.json`), JSON.stringify(rest[name]));
    delete rest[name];
  }
  write(join(partsIn(distDir), 'graph.json'), JSON.stringify({ ...rest, variantIds: Object.keys(variants), lazyMembers }));
}

/** `target[key]` reads and parses `file` when first asked for, then holds the value. */
function parseOnFirstUse(target: object, key: string, file: string): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = JSON.parse(readFileSync(file, 'utf8'));
      Object.defineProperty(target, key, { value, enumerable: true, writable: true });
      return value;
    },
  });
}

function readGraphParts(distDir: string): Graph {
  const { variantIds, lazyMembers, ...rest } = JSON.parse(readFileSync(join(partsIn(distDir), 'graph.json'), 'utf8')) as Graph & {
    variantIds: string[];
    lazyMembers: LazyMember[];
  };
  const graph: Graph = rest;
  for (const name of lazyMembers) parseOnFirstUse(graph, name, join(partsIn(distDir), `member-${name}.json`));
  if (!variantIds.length) return graph;
  const variants: NonNullable<Graph['variants']> = {};
  for (const id of variantIds) parseOnFirstUse(variants, id, join(partsIn(distDir), `variant-${id}.json`));
  graph.variants = variants;
  return graph;
}

/** The graph and findings from dist/ when they were built from exactly the content under `root` for exactly this bundle this year; else null. */
export function loadPrecompiled(root: string, bundleFile: string): { graph: Graph; diagnostics: Diagnostic[] } | null {
  const dist = dirname(bundleFile);
  try {
    const stored = JSON.parse(readFileSync(keyFileIn(dist), 'utf8')) as GraphKey;
    if (
      !stored.bundle ||
      stored.bundle !== bundleHash(bundleFile) ||
      stored.year !== new Date().getUTCFullYear() ||
      stored.language !== currentEditorLanguage()
    )
      return null;
    // The same files as at the build, or else the same content.
    if (stored.stamp !== contentStamp(root) && stored.content !== contentHash(readContent(root))) return null;
    const graph = readGraphParts(dist);
    const diagnostics = JSON.parse(readFileSync(join(dist, 'diagnostics.json'), 'utf8')) as Diagnostic[];
    return { graph, diagnostics };
  } catch {
    return null;
  }
}
