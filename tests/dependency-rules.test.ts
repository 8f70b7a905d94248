// The import rules of .dependency-cruiser.cjs (run by `npm run deps`, the first
// step of `npm test`, which checks the real tree) catch what they are for: a
// small project in a temporary folder breaks each rule once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const bin = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.cjs');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-deps-'));
  dirs.push(dir);
  const all = { 'tsconfig.json': '{"compilerOptions":{"module":"NodeNext","moduleResolution":"NodeNext","allowJs":true}}', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function cruise(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(bin, ['src', 'widget', '--config', config], { cwd, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('import rules', () => {
  it('each rule catches the import it forbids', () => {
    const dir = project({
      'src/compiler/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
      'src/compiler/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'src/compiler/uses-http.ts': "import { respond } from '../http/respond.js';\nexport const c = respond;\n",
      'src/http/respond.ts': 'export const respond = 1;\n',
      'src/graph/graph.ts': "import type { T } from '../shared/types.js';\nexport type G = T;\n",
      'src/shared/types.ts': 'export type T = number;\n',
      'src/shared/reads-disk.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'widget/index.ts': "import { respond } from '../src/http/respond.js';\nexport const w = respond;\n",
      'src/words/match.ts': "import { readFileSync } from 'node:fs';\nexport const m = readFileSync;\n",
      'src/studio/main.ts': "import { readContent } from '../compiler/read-content.js';\nexport const s = readContent;\n",
      'src/compiler/read-content.ts': 'export const readContent = 1;\n',
    });
    const { status, output } = cruise(dir);
    expect(status).not.toBe(0);
    for (const rule of [
      'no-cycles',
      'compiler-is-pure',
      'graph-imports-nothing',
      'shared-is-browser-safe',
      'widget-is-browser-safe',
      'words-is-browser-safe',
      'studio-is-browser-safe',
    ])
      expect(output).toContain(`error ${rule}`);
  });

  it('an import that keeps to the rules passes', () => {
    const dir = project({
      'src/graph/graph.ts': 'export type G = number;\n',
      'src/compiler/compile.ts': "import type { G } from '../graph/graph.js';\nexport const c = (g: G) => g;\n",
      'widget/index.ts': "import type { G } from '../src/graph/graph.js';\nexport const w = (g: G) => g;\n",
    });
    expect(cruise(dir)).toMatchObject({ status: 0 });
  });
});
