// Prints the embed snippet for a municipality, or (--write) rewrites the
// generated blocks in docs/embedding.md and public/demo/index.html from the
// service registry (src/shared/embed-blocks.ts). The /embed page of a running
// service gives the same snippet with the pinned release and its SRI hash.
//   npx tsx src/cli/embed-snippet.ts [--host https://hulp.example.nl] [--gemeente GM0637] [--mode launcher]
//   npx tsx src/cli/embed-snippet.ts --write
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rolesOfRegistry } from '../compiler/roles.js';
import type { Service } from '../shared/api-types.js';
import { embedBlocks, writeBlock } from '../shared/embed-blocks.js';
import { builtInPhones, EMBED_MODES, type EmbedMode, snippetHtml } from '../shared/embed-snippet.js';
import { writeAtomic } from './write-atomic.js';

const { values } = parseArgs({
  options: { write: { type: 'boolean' }, host: { type: 'string' }, gemeente: { type: 'string' }, mode: { type: 'string' } },
});
const registry = JSON.parse(readFileSync('flows/services.json', 'utf8')) as { services: Service[]; roles?: unknown };
const phones = builtInPhones((id) => registry.services.find((s) => s.id === id), rolesOfRegistry(registry));

if (values.write) {
  const files = new Map<string, string>();
  for (const block of embedBlocks(phones)) {
    const text = files.get(block.file) ?? readFileSync(block.file, 'utf8');
    files.set(block.file, writeBlock(text, block.name, block.text));
  }
  for (const [file, text] of files) writeAtomic(file, text);
  console.log(`Rewrote the generated blocks in ${[...files.keys()].join(' and ')}.`);
} else {
  const mode = values.mode as EmbedMode | undefined;
  if (mode && !EMBED_MODES.includes(mode)) throw new Error(`--mode: one of ${EMBED_MODES.join(', ')}`);
  const gemeente = values.gemeente?.toUpperCase();
  if (gemeente && !/^GM\d{4}$/.test(gemeente)) throw new Error('--gemeente: GM and four digits, e.g. GM0637');
  console.log(snippetHtml({ host: (values.host ?? 'https://HOST').replace(/\/+$/, ''), phones, mode, gemeente }));
}
