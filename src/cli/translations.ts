// `npm run -s translations -- scaffold <lang>`: lays out the string tables of
// a language (flows/translations/<lang>/*.json) for a translator. Every Dutch
// string gets an entry with its hash ("source") and, to read beside the
// translation, the current Dutch ("nl"); translations already made are kept as
// they are (also their "source", so a changed Dutch text stays flagged, WW081),
// and entries for strings that no longer exist are dropped.
// `npm run -s translations -- status`: per language, how many strings are
// translated, missing or out of date. Changes only files under translations/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from '../compiler/compile.js';
import { parseFlow, type RawFlow } from '../compiler/parse-flow.js';
import { readContent } from '../compiler/read-content.js';
import { flowUnits, serviceUnits, sourceHash, type TranslationUnit } from '../compiler/translation-units.js';
import { SERVICES_TABLE, TRANSLATIONS_DIR } from '../compiler/translations.js';
import { LANGUAGE_ID } from '../graph/language-id.js';
import { writeAtomic } from './write-atomic.js';

type Entry = { source: string; nl?: string; text: string };
type Table = { lang: string; strings: Record<string, Entry> };

const root = process.cwd();
const content = readContent(root);
const [command, lang] = process.argv.slice(2);

/** Every table of the content: its name and its units, from the Dutch alone. */
function tables(): Array<{ name: string; units: TranslationUnit[] }> {
  const dutch = compile({ flows: content.flows, services: content.services, municipalities: content.municipalities });
  if (!dutch.graph) {
    console.error('The Dutch content has errors: run npm run flows:check first.');
    process.exit(1);
  }
  const graph = dutch.graph;
  const raws: RawFlow[] = content.flows.map((f) => parseFlow(f.file, f.source).flow);
  return [
    { name: SERVICES_TABLE, units: serviceUnits(graph.services, (id) => graph.serviceSources[id]?.line ?? 1) },
    ...raws.map((raw) => ({ name: raw.meta.id?.value ?? '', units: flowUnits(raw) })).filter((t) => t.name),
  ];
}

const folder = (language: string) => join(root, 'flows', TRANSLATIONS_DIR, language);

function read(file: string): Table | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Table) : null;
}

function scaffold(language: string): void {
  if (!LANGUAGE_ID.test(language)) {
    console.error(`"${language}" is no language id (for example en, ar or nl-x-eenvoud).`);
    process.exit(2);
  }
  mkdirSync(folder(language), { recursive: true });
  for (const { name, units } of tables()) {
    const file = join(folder(language), `${name}.json`);
    const old = read(file)?.strings ?? {};
    const strings: Record<string, Entry> = {};
    for (const unit of units) {
      const before = old[unit.key];
      strings[unit.key] = before?.text
        ? { source: before.source, nl: unit.dutch, text: before.text }
        : { source: sourceHash(unit.dutch), nl: unit.dutch, text: '' };
    }
    writeAtomic(file, `${JSON.stringify({ lang: language, strings } satisfies Table, null, 2)}\n`);
    console.log(relative(root, file));
  }
}

function status(): void {
  const languages = content.languages ? (JSON.parse(content.languages.source).languages as Array<{ id: string }>) : [];
  const all = tables();
  for (const { id } of languages) {
    let done = 0;
    let missing = 0;
    let stale = 0;
    for (const { name, units } of all) {
      const strings = read(join(folder(id), `${name}.json`))?.strings ?? {};
      for (const unit of units) {
        const entry = strings[unit.key];
        if (!entry?.text.trim()) missing++;
        else if (entry.source !== sourceHash(unit.dutch)) stale++;
        else done++;
      }
    }
    console.log(`${id}: ${done} translated, ${stale} out of date, ${missing} missing`);
  }
}

if (command === 'scaffold' && lang) scaffold(lang);
else if (command === 'status') status();
else {
  console.error('Usage: npm run -s translations -- scaffold <lang> | status');
  process.exit(2);
}
