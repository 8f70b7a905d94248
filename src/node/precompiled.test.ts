// The precompiled graph (issue 19, point 9): read in parts, each translation
// on its first use, and equal to the graph the build compiled; the stamp of
// the content files tells any write. Needs `npm run build` first (npm test builds).
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStamp, loadPrecompiled } from './precompiled.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('the precompiled graph', () => {
  it('is the graph the build compiled, each translation read on its first use', () => {
    const loaded = loadPrecompiled(process.cwd(), join(process.cwd(), 'dist', 'server.js'));
    expect(loaded).not.toBeNull();
    const variants = loaded!.graph.variants!;
    expect(Object.keys(variants).length).toBeGreaterThan(1);
    expect(Object.getOwnPropertyDescriptor(variants, 'en')?.get).toBeTypeOf('function');
    expect(variants.en.flows.start).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(variants, 'en')?.get).toBeUndefined();
    expect(loaded!.graph).toEqual(JSON.parse(readFileSync('dist/graph.json', 'utf8')));
  });

  it('reads the municipalities and the words only when first asked for (a conversation without a municipality never does)', () => {
    const { graph } = loadPrecompiled(process.cwd(), join(process.cwd(), 'dist', 'server.js'))!;
    for (const name of ['municipalities', 'words'] as const) {
      expect(Object.getOwnPropertyDescriptor(graph, name)?.get, name).toBeTypeOf('function');
      expect(Object.keys(graph[name] ?? {}).length, name).toBeGreaterThan(1);
      expect(Object.getOwnPropertyDescriptor(graph, name)?.get, name).toBeUndefined();
    }
    expect(graph.municipalities?.GM0637?.name).toBe('Zoetermeer');
  });

  it('is not used for another bundle', () => {
    expect(loadPrecompiled(process.cwd(), join(process.cwd(), 'dist', 'no-such-server.js'))).toBeNull();
  });
});

describe('the stamp of the content files', () => {
  it('changes when a file is written, even to the same size with its modification time set back', () => {
    const root = mkdtempSync(join(tmpdir(), 'wegwijs-stamp-'));
    roots.push(root);
    cpSync(join(process.cwd(), 'flows'), join(root, 'flows'), { recursive: true });
    const file = join(root, 'flows', 'start.md');
    const before = contentStamp(root);
    expect(contentStamp(root)).toBe(before);
    const { atime, mtime } = statSync(file);
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace(/a/, 'b'));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(Buffer.byteLength(source));
    expect(contentStamp(root)).not.toBe(before);
  });
});
