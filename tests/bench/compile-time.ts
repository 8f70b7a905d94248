// Compile time of the content, with the checks the server runs at start-up.
import { defaultChecks } from '../../src/compiler/checks.js';
import { type CompileInput, compile } from '../../src/compiler/compile.js';
import { readContent } from '../../src/compiler/load.js';
import { generatedInput } from './generate-flow.js';
import { median } from './startup.js';

function timeCompile(input: CompileInput): { ms: number; ok: boolean } {
  const started = performance.now();
  const result = compile(input, defaultChecks);
  return { ms: performance.now() - started, ok: result.graph !== null };
}

export interface CompileTimes {
  shippedMs: number;
  shippedSteps: number;
  generated: Array<{ steps: number; ms: number }>;
}

/** Shipped flows: median of `repeat` compiles. Generated conversations: one compile each (the big one is slow by nature). */
export function compileTimes(root: string, sizes: number[], repeat = 20): CompileTimes {
  const shipped = readContent(root);
  const first = compile(shipped, defaultChecks);
  if (!first.graph) throw new Error('The shipped content does not compile; run npm run flows:check.');
  const shippedMs = median(Array.from({ length: repeat }, () => timeCompile(shipped).ms));
  const generated = sizes.map((steps) => {
    const run = timeCompile(generatedInput(steps, shipped.services));
    if (!run.ok) throw new Error(`The generated conversation of ${steps} steps does not compile.`);
    return { steps, ms: run.ms };
  });
  return { shippedMs, shippedSteps: Object.keys(first.graph.steps).length, generated };
}
