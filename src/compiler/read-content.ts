// Node-only: reads the content folder (flows/, services.json, gemeenten/,
// languages.json, translations/)
// as text, without compiling it. Light on purpose: the Node entry hashes it
// to see whether the precompiled graph still fits (src/node/precompiled.ts)
// before it loads the compiler at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompileInput } from './types.js';

/**
 * The message catalogue goes with the code, not the content: the content
 * root's own messages/ when it has one (a checkout), else the one installed
 * with the app, found upwards from this module (src/compiler/ or dist/).
 */
function catalogueFolder(root: string): string {
  const own = join(root, 'messages');
  if (existsSync(join(own, 'nl'))) return own;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) if (existsSync(join(dir, 'messages', 'nl'))) return join(dir, 'messages');
  return own;
}

/** Every `<lang>/<name>.json` below `folder`, sorted, named `<shownAs>/<lang>/<name>.json`. */
function jsonPerLanguage(folder: string, shownAs: string, keep: (lang: string) => boolean = () => true): CompileInput['flows'] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && keep(entry.name))
    .map((entry) => entry.name)
    .sort()
    .flatMap((lang) =>
      readdirSync(join(folder, lang))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({ file: `${shownAs}/${lang}/${name}`, source: readFileSync(join(folder, lang, name), 'utf8') })),
    );
}

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
  // Other languages (docs/translations.md): the list, and a folder of string tables per language.
  const languages = existsSync(join(folder, 'languages.json')) ? read('languages.json') : undefined;
  const translations = jsonPerLanguage(join(folder, 'translations'), relative(root, join(folder, 'translations')));
  // The message catalogue per language (messages/<lang>/<group>.json); the diagnostics' own catalogue is not public text.
  const messages = jsonPerLanguage(catalogueFolder(root), 'messages', (lang) => lang !== 'diagnostics');
  // The free-text matcher's danger rules and spellings (docs/words.md).
  const words = existsSync(join(folder, 'words.json')) ? read('words.json') : undefined;
  return { flows, services: read('services.json'), municipalities: gemeenten, languages, translations, messages, words };
}
