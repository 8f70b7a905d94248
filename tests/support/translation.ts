// A made-up complete translation of the real content, for tests: "English"
// that is the Dutch with "EN " before every text, so numbers and links stay
// and each translated text can be told from the Dutch. `edit` changes a
// table or a catalogue group before it is written, to make a fault.
import { compile } from '../../src/compiler/compile.js';
import { parseFlow } from '../../src/compiler/parse-flow.js';
import { readContent } from '../../src/compiler/read-content.js';
import { flowUnits, serviceUnits, sourceHash } from '../../src/compiler/translation-units.js';
import type { CompileInput, SourceFile } from '../../src/compiler/types.js';

export const content = readContent(process.cwd());
const dutch = compile({ flows: content.flows, services: content.services, municipalities: content.municipalities });
export const graph = dutch.graph!;
export const raws = content.flows.map((f) => parseFlow(f.file, f.source).flow);

export const language = (published = true) => ({
  file: 'flows/languages.json',
  source: JSON.stringify({
    languages: [{ id: 'en', name: 'English', htmlLang: 'en', dir: 'ltr', published, reviewedOn: null, unreviewedNote: 'Not checked yet.' }],
  }),
});

type Strings = Record<string, { source: string; text: string }>;
export const mark = (text: string) => `EN ${text}`;

/** Every table of a complete translation: the Dutch with "EN " before each text (numbers and links kept). */
export function tables(edit: (name: string, strings: Strings) => void = () => {}): SourceFile[] {
  const all: Array<[string, Strings]> = [
    [
      'services',
      Object.fromEntries(serviceUnits(graph.services, () => 1).map((u) => [u.key, { source: sourceHash(u.dutch), text: mark(u.dutch) }])),
    ],
    ...raws.map((raw): [string, Strings] => [
      raw.meta.id.value,
      Object.fromEntries(flowUnits(raw).map((u) => [u.key, { source: sourceHash(u.dutch), text: mark(u.dutch) }])),
    ]),
  ];
  return all.map(([name, strings]) => {
    edit(name, strings);
    return { file: `flows/translations/en/${name}.json`, source: JSON.stringify({ lang: 'en', strings }, null, 2) };
  });
}

/** The Dutch catalogue, and an "English" one with the same keys and placeholders. */
export function messages(edit: (group: string, tree: Record<string, unknown>) => void = () => {}): SourceFile[] {
  const nl = (content.messages ?? []).filter((f) => f.file.startsWith('messages/nl/'));
  const copy = (value: unknown): unknown =>
    typeof value === 'string' ? mark(value) : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, copy(v)]));
  return [
    ...nl,
    ...nl.map((f) => {
      const group = f.file.replace(/^.*\/(.*)\.json$/, '$1');
      const tree = copy(JSON.parse(f.source)) as Record<string, unknown>;
      edit(group, tree);
      return { file: f.file.replace('/nl/', '/en/'), source: JSON.stringify(tree, null, 2) };
    }),
  ];
}

export const input = (over: Partial<CompileInput> = {}): CompileInput => ({
  flows: content.flows,
  services: content.services,
  municipalities: content.municipalities,
  languages: language(),
  translations: tables(),
  messages: messages(),
  ...over,
});
