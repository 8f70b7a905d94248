// Start-up from the precompiled graph (issue 19, point 9): `node dist/server.js`
// reads dist/graph.json when it was built from exactly these content files
// for this bundle, and compiles (with every check) when anything differs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, serverFile, startProcess } from './support/process.js';

const roots: string[] = [];
beforeAll(() => ensureServerBuilt());
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function copyOfContent(edit: (root: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'wegwijs-precompiled-'));
  roots.push(root);
  cpSync(join(process.cwd(), 'flows'), join(root, 'flows'), { recursive: true });
  mkdirSync(join(root, 'public'));
  edit(root);
  return root;
}

describe('start-up from the precompiled graph', () => {
  it('uses dist/graph.json for the same content, and serves the same conversation', async () => {
    const server = await startProcess({ WEGWIJS_ROOT: copyOfContent(), WEGWIJS_COUNTERS: 'off' });
    try {
      expect(server.output()).toContain('precompiled graph');
      const res = await fetch(`${server.url}/api/v1/flows/start`);
      expect(res.status).toBe(200);
      const built = JSON.parse(readFileSync('dist/graph.json', 'utf8')) as { version: string };
      expect((await fetch(`${server.url}/health`).then((r) => r.json())) as { version: string }).toMatchObject({ version: built.version });
      // The editors' studio has the sources that graph was built from (dist/studio-sources.json, read on its first request).
      const studio = await fetch(`${server.url}/studio`);
      expect(studio.status).toBe(200);
      const sources = JSON.parse(readFileSync('dist/studio-sources.json', 'utf8')) as Record<string, string>;
      expect(Object.keys(sources)).toContain('flows/services.json');
      expect(await studio.text()).toContain('flows/services.json');
    } finally {
      await server.stop('SIGKILL');
    }
  }, 120_000);

  it('compiles (with every check) when a content file differs', async () => {
    const root = copyOfContent((r) => {
      const file = join(r, 'flows', 'start.md');
      const source = readFileSync(file, 'utf8');
      const choice = /^\s*- \[[^\]]+\]\(([^)]+)\)/m.exec(source)!;
      writeFileSync(file, source.replace(choice[0], choice[0].replace(choice[1], '#bestaat-niet')));
    });
    const server = await startProcess({ WEGWIJS_ROOT: root, WEGWIJS_COUNTERS: 'off' });
    expect(await server.exited).toBe(1);
    expect(server.output()).not.toContain('precompiled graph');
    expect(server.output()).toContain('WW001');
  }, 120_000);

  it('a file edited in place after the build (same size, modification time set back) is still seen: the server compiles', async () => {
    // A root with its own build: the content, the catalogue, the bundle, and build:graph run there.
    const root = copyOfContent();
    cpSync(join(process.cwd(), 'messages'), join(root, 'messages'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    cpSync(serverFile, join(root, 'dist', 'server.js'));
    cpSync(join(process.cwd(), 'dist', 'server-chunks'), join(root, 'dist', 'server-chunks'), { recursive: true });
    cpSync(join(process.cwd(), 'dist', 'compiler.js'), join(root, 'dist', 'compiler.js'));
    execFileSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), [join(process.cwd(), 'src/cli/build-graph.ts')], {
      cwd: root,
      stdio: 'pipe',
    });
    const bundle = join(root, 'dist', 'server.js');
    const first = await startProcess({ WEGWIJS_ROOT: root, WEGWIJS_COUNTERS: 'off' }, 60_000, bundle);
    await first.stop('SIGKILL');
    expect(first.output()).toContain('precompiled graph');

    const file = join(root, 'flows', 'start.md');
    const { atime, mtime, size } = statSync(file);
    const source = readFileSync(file, 'utf8');
    const choice = /^\s*- \[[^\]]+\]\(#([^)]+)\)/m.exec(source)!;
    const broken = 'x'.repeat(choice[1].length);
    writeFileSync(file, source.replace(choice[0], choice[0].replace(`#${choice[1]}`, `#${broken}`)));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(size);
    const second = await startProcess({ WEGWIJS_ROOT: root, WEGWIJS_COUNTERS: 'off' }, 60_000, bundle);
    expect(await second.exited).toBe(1);
    expect(second.output()).not.toContain('precompiled graph');
    expect(second.output()).toContain('WW001');
  }, 120_000);
});
