// Node-only: reads the content folder (flows/, services.json, gemeenten/)
// as text, without compiling it. Light on purpose: the Node entry hashes it
// to see whether the precompiled graph still fits (src/node/precompiled.ts)
// before it loads the compiler at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CompileInput } from './types.js';

export function readContent(root: string, dir = 'flows'): CompileInput {
  const folder = join(root, dir);
  if (!existsSync(join(folder, 'services.json'))) {
    throw new Error(
      `No content at ${folder}: it needs services.json and the conversations (*.md). Set WEGWIJS_ROOT to the folder that holds flows/.`,
    );
  }
  const read = (name: string) => ({ file: relative(root, join(folder, name)), source: readFileSync(join(folder, name), 'utf8') });
  const flows = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map(read);
  // Local help per municipality: one JSON file per region (docs/local-help.md).
  const gemeenten = existsSync(join(folder, 'gemeenten'))
    ? readdirSync(join(folder, 'gemeenten'))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => read(join('gemeenten', name)))
    : [];
  return { flows, services: read('services.json'), municipalities: gemeenten };
}
