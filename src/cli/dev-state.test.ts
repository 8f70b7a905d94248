import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../compiler/diagnostics.js';
import type { Graph } from '../graph/graph.js';
import { nextState } from './dev-state.js';

const graph = (version: string) => ({ version }) as Graph;
const error: Diagnostic = { code: 'WW001', severity: 'error', file: 'flows/a.md', line: 3, message: 'm', hint: 'h' };
const warning: Diagnostic = { ...error, code: 'WW002', severity: 'warning' };

describe('nextState', () => {
  it('serves a version without errors, with its warnings', () => {
    const state = nextState(undefined, { graph: graph('a'), diagnostics: [warning] });
    expect(state).toEqual({ good: { graph: graph('a'), diagnostics: [warning], sources: undefined }, errors: [] });
  });

  it('keeps the last good version when the content has errors, and carries the errors only', () => {
    const good = nextState(undefined, { graph: graph('a'), diagnostics: [] });
    const broken = nextState(good, { graph: null, diagnostics: [warning, error] });
    expect(broken.good?.graph.version).toBe('a');
    expect(broken.errors).toEqual([error]);
    const fixed = nextState(broken, { graph: graph('b'), diagnostics: [] });
    expect(fixed).toMatchObject({ good: { graph: { version: 'b' } }, errors: [] });
  });

  it('has nothing to show when nothing ever compiled', () => {
    expect(nextState(undefined, { graph: null, diagnostics: [error] }).good).toBeUndefined();
  });
});
