// The shipped local-help data (flows/services.json, flows/gemeenten/*.json)
// with one small conversation of our own that uses every local signpost, so
// tests of local help do not change when the shipped conversations change.

import { type CompileInput, compile } from '../../src/compiler/compile.js';
import { readContent } from '../../src/compiler/load.js';
import type { Graph } from '../../src/graph/graph.js';

export const LOCAL_FLOW = `---
format: 1
id: lokaal
title: Hulp in de buurt
audience: iedereen
lang: nl
---

# Hulp in de buurt

## begin
Wil je hulp dicht bij huis?

- [Ja, voor mezelf](#team)
- [Ik zorg voor iemand](#mantelzorg)

## team
Het team in je gemeente helpt je verder. Ben je thuis niet veilig? Er is opvang.

Hulp: lokaal-team, opvang, veilig-thuis

## mantelzorg
Zorg je voor iemand? Je hoeft het niet alleen te doen.

Hulp: mantelzorg-steun
`;

/** The shipped registry and municipality files, plus LOCAL_FLOW; `change` edits the input first. */
export function localInput(change: (input: CompileInput) => void = () => {}): CompileInput {
  const input = readContent(process.cwd());
  input.flows = [{ file: 'flows/lokaal.md', source: LOCAL_FLOW }];
  // The shipped translations translate the shipped conversations, not this one.
  input.translations = [];
  input.languages = undefined;
  // The shipped danger rules name shipped steps, which this content does not have.
  input.words = undefined;
  input.today = new Date('2026-11-23T12:00:00Z');
  change(input);
  return input;
}

let cached: Graph | undefined;

export function localGraph(): Graph {
  if (cached) return cached;
  const result = compile(localInput());
  if (!result.graph)
    throw new Error(
      'local content does not compile:\n' + result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join('\n'),
    );
  cached = result.graph;
  return cached;
}
