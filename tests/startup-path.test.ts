// Issue 19, point 9: what `node dist/server.js` loads before it can answer.
// The bundle names each module it holds in a comment ("// src/app.ts"); the
// files a start loads are dist/server.js and the chunks it imports
// statically. Code loaded later (the site's pages, the compiler, SQLite, the
// word index) must stay out of that set, or every start pays for it again.
// The time itself is measured by `npm run bench` (BENCHMARKS.md), not here.
// Needs `npm run build` first (npm test builds).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(process.cwd(), 'dist');

/** Every file a start loads (static imports only) and the modules they hold. */
function startPath(entry: string): { files: string[]; modules: string[]; bytes: number } {
  const files: string[] = [];
  const modules: string[] = [];
  let bytes = 0;
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    for (const [, name] of text.matchAll(/^\/\/ ((?:src|node_modules|messages)\/\S+)$/gm)) modules.push(name);
    for (const [, spec] of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s"(\.[^"]+)";/gms)) visit(join(dirname(file), spec));
  };
  visit(entry);
  return { files, modules, bytes };
}

describe('the start of dist/server.js', () => {
  const start = startPath(join(dist, 'server.js'));

  it('finds the modules it loads (the test reads the bundle right)', () => {
    expect(start.modules).toContain('src/entry-node.ts');
    expect(start.modules).toContain('src/api/flows.ts');
    expect(start.modules.some((m) => m.startsWith('node_modules/hono/'))).toBe(true);
  });

  it('loads no page, no compiler, no full schema library, no SQLite and no word index', () => {
    const later = [
      /^src\/site\/(routes|fallback-pages|step-page|layout)\./,
      /^src\/stats\//,
      /^src\/compiler\/(compile|checks|parse-flow|schema|diagnostics)\./,
      /^node_modules\/zod\/v4\/classic\//,
      /^node_modules\/(marked|date-holidays|moment)/,
      /^src\/counters\/sqlite-store\./,
      /^src\/words\/(index|stem)\./,
    ];
    const loaded = start.modules.filter((m) => later.some((pattern) => pattern.test(m)));
    expect(loaded).toEqual([]);
  });

  it('stays under 300 KB of code before the first answer (it was 560 KB with the pages and zod in it)', () => {
    expect(start.bytes).toBeLessThan(300_000);
  });

  it('has the compiler beside it, bundled apart, for content that differs from the build', () => {
    const compiler = join(dist, 'compiler.js');
    expect(existsSync(compiler)).toBe(true);
    const modules = startPath(compiler).modules;
    expect(modules).toContain('src/compiler/compile.ts');
    expect(modules).toContain('src/node/compile-content.ts');
  });
});
