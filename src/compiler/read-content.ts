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

/** A content file: its name as shown in diagnostics, and where it is. */
export interface ContentFile {
  file: string;
  path: string;
}

/** The content's files, by part (as CompileInput has them), without reading any. */
export interface ContentFiles {
  flows: ContentFile[];
  services: ContentFile;
  municipalities: ContentFile[];
  languages?: ContentFile;
  translations: ContentFile[];
  messages: ContentFile[];
  words?: ContentFile;
}

/** Every `<lang>/<name>.json` below `folder`, sorted, named `<shownAs>/<lang>/<name>.json`. */
function jsonPerLanguage(folder: string, shownAs: string, keep: (lang: string) => boolean = () => true): ContentFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && keep(entry.name))
    .map((entry) => entry.name)
    .sort()
    .flatMap((lang) =>
      readdirSync(join(folder, lang))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({ file: `${shownAs}/${lang}/${name}`, path: join(folder, lang, name) })),
    );
}

/** Which files the content is made of (names only: the Node entry checks them against the precompiled graph's stamp). */
export function contentFiles(root: string, dir = 'flows'): ContentFiles {
  const folder = join(root, dir);
  if (!existsSync(join(folder, 'services.json'))) {
    throw new Error(
      `No content at ${folder}: it needs services.json and the conversations (*.md). Set WEGWIJS_ROOT to the folder that holds flows/.`,
    );
  }
  const at = (name: string): ContentFile => ({ file: relative(root, join(folder, name)), path: join(folder, name) });
  const optional = (name: string) => (existsSync(join(folder, name)) ? at(name) : undefined);
  const flows = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map(at);
  // Local help per municipality: one JSON file per region (docs/local-help.md).
  const municipalities = existsSync(join(folder, 'gemeenten'))
    ? readdirSync(join(folder, 'gemeenten'))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => at(join('gemeenten', name)))
    : [];
  return {
    flows,
    services: at('services.json'),
    municipalities,
    // Other languages (docs/translations.md): the list, and a folder of string tables per language.
    languages: optional('languages.json'),
    translations: jsonPerLanguage(join(folder, 'translations'), relative(root, join(folder, 'translations'))),
    // The message catalogue per language (messages/<lang>/<group>.json); the diagnostics' own catalogue is not public text.
    messages: jsonPerLanguage(catalogueFolder(root), 'messages', (lang) => lang !== 'diagnostics'),
    // The free-text matcher's danger rules and spellings (docs/words.md).
    words: optional('words.json'),
  };
}

/** Every file of `files`, in order (for a stamp of them all). */
export const allContentFiles = (files: ContentFiles): ContentFile[] =>
  [...files.flows, files.services, ...files.municipalities, files.languages, ...files.translations, ...files.messages, files.words].filter(
    (f): f is ContentFile => f !== undefined,
  );

export function readContent(root: string, dir = 'flows'): CompileInput {
  const files = contentFiles(root, dir);
  const read = ({ file, path }: ContentFile) => ({ file, source: readFileSync(path, 'utf8') });
  return {
    flows: files.flows.map(read),
    services: read(files.services),
    municipalities: files.municipalities.map(read),
    languages: files.languages && read(files.languages),
    translations: files.translations.map(read),
    messages: files.messages.map(read),
    words: files.words && read(files.words),
  };
}
