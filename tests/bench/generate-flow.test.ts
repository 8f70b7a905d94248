// The bench's generated conversation must be a valid one, or its compile
// time would measure an early error exit instead of a real compile.
import { describe, expect, it } from 'vitest';
import { defaultChecks } from '../../src/compiler/checks.js';
import { compile } from '../../src/compiler/compile.js';
import { readContent } from '../../src/compiler/load.js';
import { generatedInput, generateFlowSource } from './generate-flow.js';

describe('generated conversation', () => {
  it('compiles without errors, every step reachable, with the requested number of steps', () => {
    const input = generatedInput(500, readContent(process.cwd()).services);
    const result = compile(input, defaultChecks);
    expect(result.diagnostics.filter((d) => d.severity === 'error' || d.code === 'WW002')).toEqual([]);
    expect(Object.keys(result.graph!.steps)).toHaveLength(500);
  });

  it('is deterministic and looks like real content (choices, signposts, endings)', () => {
    const source = generateFlowSource(200);
    expect(generateFlowSource(200)).toBe(source);
    // A tree: every step but the start has at least the one choice that leads to it.
    expect(source.match(/^- \[.+\]\(#stap-\d+\)$/gm)!.length).toBeGreaterThanOrEqual(199);
    expect(source).toMatch(/^Hulp: [a-z0-9-]+$/m);
    expect(source).toMatch(/^Einde$/m);
  });
});
